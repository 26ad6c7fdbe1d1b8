#pragma once

#include "domain/Article.h"
#include "domain/RefusedItem.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Clearance {

class ArticleStore;
class Tagger;

struct ImportReport
{
    QString file;
    QString format;    // what the file was read as: "RSS 2.0", "Atom 1.0", "JSON Feed 1.1", "text"...
    QString title;     // the feed's own title, when it gives one
    int added = 0;     // new articles
    int updated = 0;   // already in the library with another title or text: replaced
    int unchanged = 0; // already in the library as they are
    int skipped = 0;   // items with neither a title nor any text
    // Items the library refused (a constraint of its schema): left out, the rest stored.
    QList<RefusedItem> refused;
};

// A document fetched from a source (a feed, or a page source's article page), to import from memory.
struct FetchedDocument
{
    QByteArray body;
    QString url;          // where it came from: named in errors, and the articles' link when they give none
    QString sourceName;   // the articles' source when they name none: the source's title
    qint64 sourceId = 0;  // recorded with every article (SourceStore); 0 for none
    bool feedOnly = true; // a feed's address must give a feed; an article page is read as a page
};

// Reads a file of articles in any of the formats ArticleReaderFactory knows, tags each one and stores them in
// one transaction: a file is imported whole or not at all, and importing it again adds nothing.
// Articles stream from the file to the library a chunk at a time, so memory does not grow with the
// file's size.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    // Asked between chunks and before the file commits: true stops the import and rolls the file back.
    using CancelCheck = std::function<bool()>;

    Importer(ArticleStore &store, std::shared_ptr<const Tagger> tagger);
    Q_DISABLE_COPY_MOVE(Importer)

    Result<ImportReport> importFile(const QString &path, const CancelCheck &cancelled = {});
    // The quick checks before a file is opened for import: it exists, is a file, can be read, starts
    // like something Clearance reads and gives a first article. A file that passes may still be
    // refused while it is read.
    static Status checkFile(const QString &path);
    // The articles of a file, read and checked but not stored: what importFile() would add.
    static Result<QList<Article>> readFile(const QString &path);
    Result<ImportReport> importArticles(QList<Article> articles, const QString &name);
    // As importFile, from a download: one transaction, and an unreadable document writes nothing. A
    // document that is no feed (or no page) is refused with the reason, the library untouched.
    Result<ImportReport> importFetched(const FetchedDocument &document, const CancelCheck &cancelled = {});

    // The identity of an article that has no guid of its own: a hash of its title and text.
    static QString contentGuid(const Article &article);
    // The message of a cancelled import, for callers that tell cancels from failures.
    static QString cancelledMessage(const QString &path);

private:
    // The import of an open device: `name` in messages, `fallbackSource` and `fallbackUrl` for the
    // articles that give none.
    Result<ImportReport> importDevice(QIODevice &device, const QString &name, const QString &fallbackSource,
                                      const QString &fallbackUrl, qint64 sourceId, bool feedOnly,
                                      const CancelCheck &cancelled);

    ArticleStore &m_store;
    std::shared_ptr<const Tagger> m_tagger;
};

} // namespace Clearance
