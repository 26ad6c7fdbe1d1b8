#pragma once

#include "ArticleStore.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

struct sqlite3;

namespace Clearance {

class FacetIndex;
struct ArticleUpdate;

// The writing of one import inside its transaction (ArticleStore::addArticles holds the transaction):
// each new article with its automatic tags and its rows in the search index, or the update of one
// already in the library (ArticleUpdater). Remembers what an in-memory index needs to follow, to be
// applied once the transaction has committed.
class ArticleImportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleImportWriter)

public:
    // The id of the facet a tag names, stored now if the library has none.
    using FacetIds = std::function<Result<qint64>(FacetKind kind, const QString &key)>;

    // `forIndex`: keep the new articles' tags and the updates for applyTo().
    ArticleImportWriter(sqlite3 *db, QString libraryPath, FacetIds facetIds, bool forIndex);
    ~ArticleImportWriter();
    Q_DISABLE_COPY_MOVE(ArticleImportWriter)

    // Records every article written or found (added, updated or unchanged) as coming from this source
    // (SourceStore), in the same transaction; 0, the default: from no source (a file).
    void linkToSource(qint64 sourceId) { m_sourceId = sourceId; }
    // Every chunk of `source`, in the caller's transaction; a failure is to be rolled back.
    Status write(const ArticleSource &source);
    const AddReport &report() const { return m_report; }
    // After the commit: what the import changed, into an index loaded before it.
    void applyTo(FacetIndex &index) const;

private:
    // An article this import added, for the in-memory index.
    struct NewArticle
    {
        qint64 id;
        qint64 published;
        std::vector<qint64> facets;
    };

    // Why the import of a file stopped at `article`, naming it as the reader finds it in the file.
    static QString itemFailure(const Article &article, const QString &reason);

    sqlite3 *m_db;
    QString m_path;
    FacetIds m_facetIds;
    bool m_forIndex;
    qint64 m_sourceId = 0;
    AddReport m_report;
    std::vector<NewArticle> m_added;
    std::vector<ArticleUpdate> m_updates;
};

} // namespace Clearance
