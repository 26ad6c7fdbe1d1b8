#include "FacetIndex.h"

#include <algorithm>

// The queries of FacetIndex: filtering, counting and paging over what FacetIndex.cpp builds.

namespace Clearance {

// --- Filtering and counting ---------------------------------------------------------------------

ArticleBitset FacetIndex::base(const ArticleFilter &filter, const ArticleBitset *searchHits) const
{
    ArticleBitset set = m_alive;
    if (searchHits)
        set &= *searchHits;
    if (filter.unreadOnly)
        set.andNot(m_read);
    if (filter.starredOnly)
        set &= m_starred;
    return set;
}

std::vector<const FacetIndex::FacetData *> FacetIndex::resolve(FacetKind kind, const QStringList &keys) const
{
    std::vector<const FacetData *> facets;
    for (const QString &key : keys) {
        const FacetData *facet = lookup(kind, key);
        if (facet && std::find(facets.cbegin(), facets.cend(), facet) == facets.cend())
            facets.push_back(facet);
    }
    return facets;
}

ArticleBitset FacetIndex::unionOf(FacetKind kind, const QStringList &keys) const
{
    ArticleBitset set(m_alive.size());
    for (const FacetData *facet : resolve(kind, keys)) {
        if (facet->dense) {
            set |= facet->bits;
        } else {
            for (const quint32 id : facet->ids)
                set.set(id);
        }
    }
    return set;
}

ArticleBitset FacetIndex::matching(const ArticleFilter &filter, const ArticleBitset *searchHits,
                                   std::optional<FacetKind> ignoring) const
{
    ArticleBitset set = base(filter, searchHits);
    for (FacetKind kind : allFacetKinds) {
        if (kind == ignoring || filter.values(kind).isEmpty())
            continue;
        const std::vector<const FacetData *> facets = resolve(kind, filter.values(kind));
        if (facets.empty())
            return ArticleBitset(m_alive.size());
        if (facets.size() > 1) {
            set &= unionOf(kind, filter.values(kind));
        } else if (facets.front()->dense) {
            set &= facets.front()->bits;
        } else {
            ArticleBitset kept(m_alive.size());
            for (const quint32 id : facets.front()->ids) {
                if (set.test(id))
                    kept.set(id);
            }
            set = std::move(kept);
        }
    }
    return set;
}

qint64 FacetIndex::count(const ArticleFilter &filter, const ArticleBitset *searchHits) const
{
    if (!searchHits && !filter.unreadOnly && !filter.starredOnly) {
        int kinds = 0;
        FacetKind only = FacetKind::Region;
        for (FacetKind kind : allFacetKinds) {
            if (!filter.values(kind).isEmpty()) {
                ++kinds;
                only = kind;
            }
        }
        if (kinds == 0)
            return m_articleCount;
        if (kinds == 1 && filter.values(only).size() == 1) {
            const FacetData *facet = lookup(only, filter.values(only).front());
            return facet ? facet->size() : 0;
        }
    }
    return matching(filter, searchHits).count();
}

qint64 FacetIndex::countIn(const FacetData &facet, const ArticleBitset &within) const
{
    if (facet.dense)
        return facet.bits.countAnd(within);
    if (facet.ids.empty())
        return 0;
    const std::vector<quint64> &words = within.words();
    if ((facet.ids.back() >> 6) >= words.size()) {
        return std::count_if(facet.ids.cbegin(), facet.ids.cend(),
                             [&](quint32 id) { return within.test(id); });
    }
    // Ids are sorted, so the reads walk the words forward; no branch in the loop.
    const quint64 *w = words.data();
    qint64 total = 0;
    for (const quint32 id : facet.ids)
        total += qint64((w[id >> 6] >> (id & 63)) & 1u);
    return total;
}

QList<Facet> FacetIndex::facetCounts(const ArticleFilter &filter, const ArticleBitset *searchHits) const
{
    const bool restricted = searchHits || filter.unreadOnly || filter.starredOnly;
    std::array<std::optional<ArticleBitset>, 4> unions;
    int active = 0;
    for (FacetKind kind : allFacetKinds) {
        if (!filter.values(kind).isEmpty()) {
            unions[kindIndex(kind)] = unionOf(kind, filter.values(kind));
            ++active;
        }
    }
    ArticleBitset all; // under every kind: what the kinds without values are counted in
    if (restricted || active > 0) {
        all = base(filter, searchHits);
        for (const auto &u : unions) {
            if (u)
                all &= *u;
        }
    }

    QList<Facet> result;
    for (FacetKind kind : allFacetKinds) {
        const size_t k = kindIndex(kind);
        const bool othersActive = active - (unions[k] ? 1 : 0) > 0;
        ArticleBitset own;
        const ArticleBitset *within = nullptr; // nullptr: every article
        if (restricted || othersActive) {
            if (unions[k]) {
                own = base(filter, searchHits);
                for (size_t j = 0; j < unions.size(); ++j) {
                    if (j != k && unions[j])
                        own &= *unions[j];
                }
                within = &own;
            } else {
                within = &all;
            }
        }

        std::vector<std::pair<qint64, quint32>> counted; // (count, slot)
        if (!within || within->any()) {
            for (const quint32 slot : m_slotsByKind[k]) {
                const FacetData &facet = m_facets[slot];
                const qint64 n = within ? countIn(facet, *within) : facet.size();
                if (n > 0)
                    counted.emplace_back(n, slot);
            }
        }
        std::sort(counted.begin(), counted.end(), [this](const auto &a, const auto &b) {
            if (a.first != b.first)
                return a.first > b.first;
            return m_facets[a.second].labelRank < m_facets[b.second].labelRank;
        });
        for (const auto &[n, slot] : counted)
            result.append(Facet{kind, m_facets[slot].key, m_facets[slot].label, n});

        // A selected value stays visible with 0 so the reader can still untick it.
        QList<Facet> zero;
        for (const QString &key : filter.values(kind)) {
            const FacetData *facet = lookup(kind, key);
            const bool listed = facet && std::any_of(counted.cbegin(), counted.cend(), [&](const auto &c) {
                                    return &m_facets[c.second] == facet;
                                });
            const bool seen =
                std::any_of(zero.cbegin(), zero.cend(), [&](const Facet &f) { return f.key == key; });
            if (!listed && !seen)
                zero.append(Facet{kind, key, facet ? facet->label : key, 0});
        }
        std::sort(zero.begin(), zero.end(), [](const Facet &a, const Facet &b) {
            const int c = a.label.localeAwareCompare(b.label);
            return c != 0 ? c < 0 : a.key < b.key;
        });
        result += zero;
    }
    return result;
}

QList<quint32> FacetIndex::page(const ArticleBitset &matching, int limit,
                                std::optional<std::pair<qint64, quint32>> after) const
{
    return m_newestFirst.page(matching, m_alive, m_published, limit, after);
}

} // namespace Clearance
