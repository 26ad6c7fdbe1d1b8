#pragma once

#include "Result.h"
#include "domain/Article.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Clearance {

class ArticleStore;
class Tagger;

struct ImportReport
{
    QString file;
    int added = 0;
    int duplicates = 0;
};

// Reads a file of articles, tags each one and stores them in one transaction: a file is imported
// whole or not at all, and importing it again adds nothing.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    Importer(ArticleStore &store, std::shared_ptr<const Tagger> tagger);
    Q_DISABLE_COPY_MOVE(Importer)

    Result<ImportReport> importFile(const QString &path);
    // The articles of a file, read and checked but not stored: what importFile() would add.
    static Result<QList<Article>> readFile(const QString &path);
    Result<ImportReport> importArticles(QList<Article> articles, const QString &name);

    // The identity of an article that has no guid of its own: a hash of its title and text.
    static QString contentGuid(const Article &article);

private:
    ArticleStore &m_store;
    std::shared_ptr<const Tagger> m_tagger;
};

} // namespace Clearance
