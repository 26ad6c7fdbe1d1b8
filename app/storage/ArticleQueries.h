#pragma once

#include "ArticleBitset.h"
#include "ArticleStore.h"
#include "SortedIdCache.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

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
    // Each source's articles and unread articles, by source id (sources without articles left out).
    Result<QHash<qint64, std::pair<qint64, qint64>>> sourceCounts();

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
    // The articles fetched from any of the sources (article_sources).
    Result<const ArticleBitset *> sourceHits(const QList<qint64> &sources);
    // Reads article_sources into m_links unless it holds them as they are.
    Status ensureLinks();
    // What the facet index restricts the filter's facets to: the search hits, the sources' articles,
    // both, or nullptr for every article.
    Result<const ArticleBitset *> restriction(const ArticleFilter &filter);
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
    // Every source's articles, ascending, as article_sources held them when m_linksStamp was taken
    // (Database::linksGeneration, PRAGMA data_version): links come from this process or another one.
    std::unordered_map<qint64, std::vector<quint32>> m_links;
    std::optional<std::pair<quint64, qint64>> m_linksStamp;
    // The sources m_sourceBits answers, built from m_links as it was at m_sourceBitsStamp.
    QList<qint64> m_sourceIds;
    std::pair<quint64, qint64> m_sourceBitsStamp{0, -1};
    std::optional<ArticleBitset> m_sourceBits;
    ArticleBitset m_bothBits; // the search hits AND the sources' articles, built per query
    // Orders other than newest first, each built on first use, all valid for one articles generation.
    std::vector<SortedIdCache> m_sorted;
    quint64 m_sortedGeneration = 0;
};

} // namespace Clearance
