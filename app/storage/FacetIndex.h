#pragma once

#include "ArticleBitset.h"
#include "NewestFirstIndex.h"
#include "domain/ArticleFilter.h"
#include "domain/Facet.h"
#include "domain/FacetKind.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace Clearance {

// The open library's articles and tags in memory, for filtering, counting and paging without SQL.
// SQLite stays the source of truth: the owner loads the index from it (addArticle/addFacet/addTag in
// any order, then finish()) and replays each later write on both. Each facet holds its articles as a
// sorted id array when sparse and as a bitset when dense; the date order is one id array.
// Const members do not modify anything, so concurrent reads are safe while nobody writes.
class FacetIndex final
{
public:
    // How finish() stores each facet; Automatic except in tests and benchmarks.
    enum class Layout
    {
        Automatic, // a bitset when more than 1/32 of the id range carries the facet, else an id array
        AllSparse,
        AllDense
    };

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
    // Every article in the index.
    const ArticleBitset &articles() const { return m_alive; }
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
    struct FacetData
    {
        FacetKind kind = FacetKind::Region;
        QString key;
        QString label;
        qint64 id = 0;
        bool defined = false; // addFacet was called (tags may come first)
        bool dense = false;
        std::vector<quint32> ids; // sparse: sorted and unique once finished
        ArticleBitset bits;       // dense
        qint64 denseCount = 0;
        int labelRank = 0; // position in m_labelOrder

        qint64 size() const { return dense ? denseCount : qint64(ids.size()); }
    };

    static size_t kindIndex(FacetKind kind) { return static_cast<size_t>(kind); }
    FacetData *slotFor(qint64 facetId);
    const FacetData *slotFor(qint64 facetId) const;
    FacetData &createSlot(qint64 facetId);
    const FacetData *lookup(FacetKind kind, const QString &key) const;
    void undefine(FacetData &facet);
    void insertLabelOrder(quint32 slot);
    void makeDense(FacetData &facet);
    void makeSparse(FacetData &facet);
    bool removeId(FacetData &facet, quint32 articleId);

    // Filtering.
    ArticleBitset base(const ArticleFilter &filter, const ArticleBitset *searchHits) const;
    // The known facets among the keys, without duplicates.
    std::vector<const FacetData *> resolve(FacetKind kind, const QStringList &keys) const;
    // The articles carrying any of the values.
    ArticleBitset unionOf(FacetKind kind, const QStringList &keys) const;
    qint64 countIn(const FacetData &facet, const ArticleBitset &within) const;

    Layout m_layout = Layout::Automatic;
    bool m_finished = false;

    // Articles, indexed by id.
    ArticleBitset m_alive;
    ArticleBitset m_read;
    ArticleBitset m_starred;
    std::vector<qint64> m_published;
    qint64 m_articleCount = 0;
    quint64 m_articlesGeneration = 0;

    // Facets: slots in m_facets, found by id through m_slotById (facet ids are small).
    std::vector<FacetData> m_facets;
    std::vector<qint32> m_slotById; // -1: none
    QHash<qint64, quint32> m_slotByLargeId;
    std::array<std::vector<quint32>, 4> m_slotsByKind;
    std::array<QHash<QString, quint32>, 4> m_slotByKey;
    std::vector<quint32> m_labelOrder; // defined slots sorted by label, then key

    NewestFirstIndex m_newestFirst; // the default list order
};

} // namespace Clearance
