#pragma once

#include "ArticleBitset.h"
#include "FacetTable.h"
#include "NewestFirstIndex.h"
#include "domain/ArticleFilter.h"
#include "domain/Facet.h"
#include "domain/FacetKind.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace Clearance {

// The open library's articles and tags in memory, for filtering, counting and paging without SQL.
// SQLite stays the source of truth: the owner loads the index from it (addArticle/addFacet/addTag in
// any order, then finish()) and replays each later write on both. The articles' flags are bitsets and
// their dates one array; the facets and their articles are a FacetTable, the newest-first order a
// NewestFirstIndex.
// Const members do not modify anything, so concurrent reads are safe while nobody writes.
class FacetIndex final
{
public:
    // How finish() stores each facet; Automatic except in tests and benchmarks.
    using Layout = FacetTable::Layout;

    FacetIndex();
    ~FacetIndex();
    FacetIndex(FacetIndex &&) noexcept;
    FacetIndex &operator=(FacetIndex &&) noexcept;
    FacetIndex(const FacetIndex &) = delete;
    FacetIndex &operator=(const FacetIndex &) = delete;

    // Build. Before finish() tags are only appended (duplicates and tags of unknown articles are
    // dropped by finish()); afterwards every call keeps the index valid at once.
    void clear();
    void setLayout(Layout layout); // takes effect at the next finish()
    // Adds an article, or updates the date and flags of one already there.
    void addArticle(quint32 id, qint64 publishedSecs, bool read, bool starred);
    // Removes the article and its tags. Before finish() this scans every tag: load, then remove.
    void removeArticle(quint32 id);
    // Defines or redefines a facet; facet ids are small positive integers (SQLite rowids).
    void addFacet(qint64 facetId, FacetKind kind, const QString &key, const QString &label);
    // Idempotent. After finish(), a tag of an article not in the index is ignored.
    void addTag(quint32 articleId, qint64 facetId);
    void removeTag(quint32 articleId, qint64 facetId);
    void setRead(quint32 id, bool read);
    void setStarred(quint32 id, bool starred);
    // Sorts, drops duplicates, chooses each facet's representation and builds the date order.
    void finish();

    // Lookups.
    std::optional<qint64> facetId(FacetKind kind, const QString &key) const;
    qint64 articleCount() const { return m_articleCount; }
    bool contains(quint32 articleId) const { return m_alive.test(articleId); }
    // Changes with every article added, updated or removed (not with read, starred or tags): an order
    // built from the articles' titles or dates holds while it stays the same.
    quint64 articlesGeneration() const { return m_articlesGeneration; }
    // The article's date, for a keyset cursor built from page() ids.
    std::optional<qint64> published(quint32 articleId) const;
    bool hasTag(quint32 articleId, qint64 facetId) const;
    // Articles carrying the facet (0 for an unknown id).
    qint64 facetArticleCount(qint64 facetId) const;
    bool isDense(qint64 facetId) const;
    // Every article in the index, and those read.
    const ArticleBitset &articles() const { return m_alive; }
    const ArticleBitset &readArticles() const { return m_read; }
    // Bytes held by the index's containers (strings and hash nodes estimated).
    qint64 memoryUsage() const;

    // Queries. Values of one kind combine with OR, kinds with AND; an unknown key matches nothing.
    // The search text is not interpreted here: searchHits is the set of ids matching it, nullptr
    // when there is no search. `ignoring` leaves one kind's values out.
    ArticleBitset matching(const ArticleFilter &filter, const ArticleBitset *searchHits,
                           std::optional<FacetKind> ignoring = std::nullopt) const;
    qint64 count(const ArticleFilter &filter, const ArticleBitset *searchHits) const;
    // Up to `limit` (0: all) ids of `matching` in the list's order: published descending, then id
    // ascending; starting after the keyset cursor (published, id) when given.
    QList<quint32> page(const ArticleBitset &matching, int limit,
                        std::optional<std::pair<qint64, quint32>> after = std::nullopt) const;
    // Every facet with articles under the filter, each kind counted with filter.without(kind), plus
    // the selected values without any (count 0, so the reader can untick them; an unknown key is its
    // own label). Sorted by kind, then count descending, then label (locale-aware), then key.
    QList<Facet> facetCounts(const ArticleFilter &filter, const ArticleBitset *searchHits) const;

private:
    // Filtering.
    ArticleBitset base(const ArticleFilter &filter, const ArticleBitset *searchHits) const;

    bool m_finished = false;

    // Articles, indexed by id.
    ArticleBitset m_alive;
    ArticleBitset m_read;
    ArticleBitset m_starred;
    std::vector<qint64> m_published;
    qint64 m_articleCount = 0;
    quint64 m_articlesGeneration = 0;

    FacetTable m_facets;
    NewestFirstIndex m_newestFirst; // the default list order
};

} // namespace Clearance
