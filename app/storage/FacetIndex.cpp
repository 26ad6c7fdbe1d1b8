#include "FacetIndex.h"

#include <algorithm>

namespace Clearance {

FacetIndex::FacetIndex() = default;
FacetIndex::~FacetIndex() = default;
FacetIndex::FacetIndex(FacetIndex &&) noexcept = default;
FacetIndex &FacetIndex::operator=(FacetIndex &&) noexcept = default;

void FacetIndex::clear()
{
    const Layout layout = m_facets.layout();
    const quint64 generation = m_articlesGeneration + 1;
    *this = FacetIndex();
    m_facets.setLayout(layout);
    m_articlesGeneration = generation;
}

void FacetIndex::setLayout(Layout layout)
{
    m_facets.setLayout(layout);
}

// --- Facets and tags -----------------------------------------------------------------------------

void FacetIndex::addFacet(qint64 facetId, FacetKind kind, const QString &key, const QString &label)
{
    m_facets.define(facetId, kind, key, label, m_alive);
}

void FacetIndex::addTag(quint32 articleId, qint64 facetId)
{
    m_facets.addTag(articleId, facetId, m_alive);
}

void FacetIndex::removeTag(quint32 articleId, qint64 facetId)
{
    m_facets.removeTag(articleId, facetId);
}

bool FacetIndex::hasTag(quint32 articleId, qint64 facetId) const
{
    return m_alive.test(articleId) && m_facets.hasTag(articleId, facetId);
}

qint64 FacetIndex::facetArticleCount(qint64 facetId) const
{
    const FacetTable::Facet *facet = m_facets.find(facetId);
    return facet ? facet->size() : 0;
}

bool FacetIndex::isDense(qint64 facetId) const
{
    const FacetTable::Facet *facet = m_facets.find(facetId);
    return facet && facet->dense;
}

std::optional<qint64> FacetIndex::facetId(FacetKind kind, const QString &key) const
{
    const FacetTable::Facet *facet = m_facets.find(kind, key);
    return facet ? std::optional<qint64>(facet->id) : std::nullopt;
}

// --- Articles ------------------------------------------------------------------------------------

void FacetIndex::addArticle(quint32 id, qint64 publishedSecs, bool read, bool starred)
{
    ++m_articlesGeneration;
    if (id >= m_published.size())
        m_published.resize(size_t(id) + 1, 0);
    const bool wasAlive = m_alive.test(id);
    if (m_finished && !(wasAlive && m_published[id] == publishedSecs)) {
        if (m_newestFirst.contains(id)) {
            m_newestFirst.erase(id, m_published); // under its old date
            if (!wasAlive)
                m_newestFirst.revive();
        }
        m_published[id] = publishedSecs;
        m_newestFirst.insert(id, m_published);
    }
    m_published[id] = publishedSecs;
    m_alive.set(id);
    read ? m_read.set(id) : m_read.reset(id);
    starred ? m_starred.set(id) : m_starred.reset(id);
    if (!wasAlive)
        ++m_articleCount;
}

std::optional<qint64> FacetIndex::published(quint32 articleId) const
{
    return m_alive.test(articleId) ? std::optional<qint64>(m_published[articleId]) : std::nullopt;
}

void FacetIndex::removeArticle(quint32 id)
{
    if (!m_alive.test(id))
        return;
    ++m_articlesGeneration;
    m_alive.reset(id);
    m_read.reset(id);
    m_starred.reset(id);
    --m_articleCount;
    m_facets.removeArticle(id);
    if (!m_finished)
        return;
    m_newestFirst.remove(id, m_alive, m_published);
}

void FacetIndex::setRead(quint32 id, bool read)
{
    if (m_alive.test(id))
        read ? m_read.set(id) : m_read.reset(id);
}

void FacetIndex::setStarred(quint32 id, bool starred)
{
    if (m_alive.test(id))
        starred ? m_starred.set(id) : m_starred.reset(id);
}

void FacetIndex::finish()
{
    m_facets.finish(m_alive);
    m_finished = true;
    m_newestFirst.build(m_alive, m_published);
}

qint64 FacetIndex::memoryUsage() const
{
    qint64 total = sizeof(FacetIndex);
    total +=
        m_alive.memoryUsage() + m_read.memoryUsage() + m_starred.memoryUsage() + m_newestFirst.memoryUsage();
    total += qint64(m_published.capacity() * sizeof(qint64));
    return total + m_facets.memoryUsage();
}

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

ArticleBitset FacetIndex::matching(const ArticleFilter &filter, const ArticleBitset *searchHits,
                                   std::optional<FacetKind> ignoring) const
{
    ArticleBitset set = base(filter, searchHits);
    for (FacetKind kind : allFacetKinds) {
        if (kind == ignoring || filter.values(kind).isEmpty())
            continue;
        const std::vector<const FacetTable::Facet *> facets = m_facets.resolve(kind, filter.values(kind));
        if (facets.empty())
            return ArticleBitset(m_alive.size());
        if (facets.size() > 1) {
            set &= m_facets.unionOf(kind, filter.values(kind), m_alive.size());
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
            const FacetTable::Facet *facet = m_facets.find(only, filter.values(only).front());
            return facet ? facet->size() : 0;
        }
    }
    return matching(filter, searchHits).count();
}

QList<Facet> FacetIndex::facetCounts(const ArticleFilter &filter, const ArticleBitset *searchHits) const
{
    const bool restricted = searchHits || filter.unreadOnly || filter.starredOnly;
    std::array<std::optional<ArticleBitset>, 4> unions;
    int active = 0;
    for (FacetKind kind : allFacetKinds) {
        if (!filter.values(kind).isEmpty()) {
            unions[size_t(kind)] = m_facets.unionOf(kind, filter.values(kind), m_alive.size());
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
        const auto k = size_t(kind);
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
            for (const quint32 slot : m_facets.slotsOf(kind)) {
                const FacetTable::Facet &facet = m_facets.at(slot);
                const qint64 n = within ? FacetTable::countIn(facet, *within) : facet.size();
                if (n > 0)
                    counted.emplace_back(n, slot);
            }
        }
        std::sort(counted.begin(), counted.end(), [this](const auto &a, const auto &b) {
            if (a.first != b.first)
                return a.first > b.first;
            return m_facets.at(a.second).labelRank < m_facets.at(b.second).labelRank;
        });
        for (const auto &[n, slot] : counted)
            result.append(Facet{kind, m_facets.at(slot).key, m_facets.at(slot).label, n});

        // A selected value stays visible with 0 so the reader can still untick it.
        QList<Facet> zero;
        for (const QString &key : filter.values(kind)) {
            const FacetTable::Facet *facet = m_facets.find(kind, key);
            const bool listed = facet && std::any_of(counted.cbegin(), counted.cend(), [&](const auto &c) {
                                    return &m_facets.at(c.second) == facet;
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
