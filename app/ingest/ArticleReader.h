#pragma once

#include "domain/Article.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Clearance {

// The articles of one file, handed out a chunk at a time so that a file of any size is never held
// whole: the importer stores each chunk before asking for the next.
class ArticleReader
{
public:
    ArticleReader() = default;
    virtual ~ArticleReader() = default;
    Q_DISABLE_COPY_MOVE(ArticleReader)

    // Appends up to `max` articles to `chunk`. False once the file is done (error() empty) or found
    // broken (error() says why and where); a false return may still have appended articles.
    virtual bool read(QList<Article> &chunk, qsizetype max) = 0;

    // The same in two steps, for an importer that reads on one thread and tags on several: the call
    // parses up to `max` items (one caller at a time) and sets `complete` to the rest of the work,
    // which appends their articles to a chunk; it may run on any thread, several at once, while the
    // reader parses on. The default does it all in the call, as read() does; a reader whose items cost
    // much to finish (sanitizing HTML) overrides it. False as read() returns it.
    using Completion = std::function<void(QList<Article> &chunk)>;
    virtual bool readDeferred(Completion &complete, qsizetype max);
    // The format, for reports: "RSS 2.0", "Atom 1.0", "JSON Feed 1.1"...
    virtual QString formatName() const = 0;
    // The feed's own title as read so far (a channel's, a JSON Feed's); empty for files that have none.
    virtual QString title() const { return {}; }

    const QString &error() const { return m_error; }
    // Items left out because they had neither a title nor any text.
    int skipped() const { return m_skipped.load(); }

    // For the readers and the parts they read with (XmlFeedItem):
    // "en-US", "EN", "en_gb" -> "en"; anything that is not an ISO 639-1 code gives an empty string.
    static QString languageCode(const QString &tag);
    // The identity of an item from its feed's id for it. One that is a URL, URN or tag URI is unique
    // by itself; a bare number or word is unique only within its feed, so it is qualified by `feed`.
    static QString qualifiedId(const QString &id, const QString &feed);

protected:
    // Adds `article` to `chunk` unless it has neither a title nor any text (counted as skipped). An
    // article without a title takes the start of its text, one without text is kept empty, each with
    // its note (ArticleNote). Safe to call from several completions at once.
    void deliver(Article &&article, QList<Article> &chunk);

    QString m_error;
    std::atomic<int> m_skipped = 0;
};

} // namespace Clearance
