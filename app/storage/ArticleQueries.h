#pragma once

#include "ArticleBitset.h"
#include "ArticleStore.h"
#include "SortedIdCache.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace Clearance {

class FacetIndex;

// The reads behind the list and the facet panel: count, list a page, count every facet value under a
// filter. SQLite holds the truth; a FacetIndex in memory answers the filters (a million articles in
// milliseconds, where SQL takes seconds), loaded on first use and again whenever another connection
// has committed (PRAGMA data_version). The store applies its own writes to the index directly.
class ArticleQueries final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleQueries)

public:
    explicit ArticleQueries(const Database &database);
    ~ArticleQueries();
    Q_DISABLE_COPY_MOVE(ArticleQueries)

    Result<qint64> count(const ArticleFilter &filter);
    Result<QList<ArticleSummary>> list(const ArticleFilter &filter, const ListPage &page);
    // Every article matching the filter, in the order of the sort.
    Result<QList<qint64>> ids(const ArticleFilter &filter, const ArticleSort &sort = {});
    Result<QList<Facet>> facetCounts(const ArticleFilter &filter);

    // The index when loaded, for the store to apply a write it has just committed; nullptr when
    // nothing is loaded (the next query loads it fresh).
    FacetIndex *loadedIndex();
    // Forgets the index: the next query reloads it (after a write too large to apply piecemeal).
    void invalidate();

private:
    Status ensureIndex();
    Status loadIndex();
    qint64 dataVersion() const;
    // The articles matching the search text; nullptr when the text searches nothing.
    Result<const ArticleBitset *> searchHits(const QString &text);
    Result<QList<ArticleSummary>> summaries(const QList<quint32> &ids) const;
    // Up to `limit` (0: all) ids matching the filter in the sort's order, after the keyset cursor
    // (published, id) when given.
    Result<QList<quint32>> orderedIds(const ArticleFilter &filter, const ArticleSort &sort, int limit,
                                      std::optional<std::pair<qint64, quint32>> after);
    // The ids in the sort's order, sorted now unless the articles are the same as when they last were.
    Result<const SortedIdCache *> sortedIds(const ArticleSort &sort);

    const Database &m_database;
    std::unique_ptr<FacetIndex> m_index;
    qint64 m_dataVersion = -1;
    QString m_searchQuery; // the FTS query m_searchBits answers
    std::optional<ArticleBitset> m_searchBits;
    // Orders other than newest first, each built on first use, all valid for one articles generation.
    std::vector<SortedIdCache> m_sorted;
    quint64 m_sortedGeneration = 0;
};

} // namespace Clearance
