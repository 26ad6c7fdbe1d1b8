#include "FacetIndex.h"

#include <algorithm>
#include <cmath>

namespace Clearance {

namespace {

// Facet ids below this are found through a vector; larger ones (never seen in practice) by hash.
constexpr qint64 kDirectSlots = qint64(1) << 22;

} // namespace

FacetIndex::FacetIndex() = default;
FacetIndex::~FacetIndex() = default;
FacetIndex::FacetIndex(FacetIndex &&) noexcept = default;
FacetIndex &FacetIndex::operator=(FacetIndex &&) noexcept = default;

void FacetIndex::clear()
{
    const Layout layout = m_layout;
    const quint64 generation = m_articlesGeneration + 1;
    *this = FacetIndex();
    m_layout = layout;
    m_articlesGeneration = generation;
}

void FacetIndex::setLayout(Layout layout)
{
    m_layout = layout;
}

// --- Facets --------------------------------------------------------------------------------------

FacetIndex::FacetData *FacetIndex::slotFor(qint64 facetId)
{
    return const_cast<FacetData *>(std::as_const(*this).slotFor(facetId));
}

const FacetIndex::FacetData *FacetIndex::slotFor(qint64 facetId) const
{
    if (facetId >= 0 && facetId < kDirectSlots) {
        if (facetId >= qint64(m_slotById.size()) || m_slotById[size_t(facetId)] < 0)
            return nullptr;
        return &m_facets[size_t(m_slotById[size_t(facetId)])];
    }
    const auto it = m_slotByLargeId.constFind(facetId);
    return it == m_slotByLargeId.cend() ? nullptr : &m_facets[*it];
}

FacetIndex::FacetData &FacetIndex::createSlot(qint64 facetId)
{
    const auto slot = static_cast<quint32>(m_facets.size());
    if (facetId >= 0 && facetId < kDirectSlots) {
        if (facetId >= qint64(m_slotById.size()))
            m_slotById.resize(size_t(facetId) + 1, -1);
        m_slotById[size_t(facetId)] = static_cast<qint32>(slot);
    } else {
        m_slotByLargeId.insert(facetId, slot);
    }
    FacetData &facet = m_facets.emplace_back();
    facet.id = facetId;
    if (m_finished && m_layout == Layout::AllDense)
        makeDense(facet);
    return facet;
}

const FacetIndex::FacetData *FacetIndex::lookup(FacetKind kind, const QString &key) const
{
    const QHash<QString, quint32> &byKey = m_slotByKey[kindIndex(kind)];
    const auto it = byKey.constFind(key);
    return it == byKey.cend() ? nullptr : &m_facets[*it];
}

void FacetIndex::addFacet(qint64 facetId, FacetKind kind, const QString &key, const QString &label)
{
    FacetData *facet = slotFor(facetId);
    if (!facet)
        facet = &createSlot(facetId);
    if (facet->defined) {
        if (facet->kind == kind && facet->key == key && facet->label == label)
            return;
        undefine(*facet);
    }
    const auto slot = static_cast<quint32>(facet - m_facets.data());
    facet->kind = kind;
    facet->key = key;
    facet->label = label;
    facet->defined = true;
    m_slotsByKind[kindIndex(kind)].push_back(slot);
    m_slotByKey[kindIndex(kind)].insert(key, slot);
    if (m_finished)
        insertLabelOrder(slot);
}

void FacetIndex::undefine(FacetData &facet)
{
    const auto slot = static_cast<quint32>(&facet - m_facets.data());
    std::erase(m_slotsByKind[kindIndex(facet.kind)], slot);
    QHash<QString, quint32> &byKey = m_slotByKey[kindIndex(facet.kind)];
    if (const auto it = byKey.find(facet.key); it != byKey.end() && *it == slot)
        byKey.erase(it);
    if (m_finished) {
        std::erase(m_labelOrder, slot);
        for (size_t i = 0; i < m_labelOrder.size(); ++i)
            m_facets[m_labelOrder[i]].labelRank = static_cast<int>(i);
    }
    facet.defined = false;
}

void FacetIndex::insertLabelOrder(quint32 slot)
{
    const auto less = [this](quint32 a, quint32 b) {
        const FacetData &fa = m_facets[a];
        const FacetData &fb = m_facets[b];
        const int c = fa.label.localeAwareCompare(fb.label);
        return c != 0 ? c < 0 : fa.key < fb.key;
    };
    const auto at = std::upper_bound(m_labelOrder.begin(), m_labelOrder.end(), slot, less);
    const auto from = static_cast<size_t>(m_labelOrder.insert(at, slot) - m_labelOrder.begin());
    for (size_t i = from; i < m_labelOrder.size(); ++i)
        m_facets[m_labelOrder[i]].labelRank = static_cast<int>(i);
}

void FacetIndex::makeDense(FacetData &facet)
{
    facet.bits = ArticleBitset(m_alive.size());
    for (const quint32 id : facet.ids)
        facet.bits.set(id);
    facet.denseCount = facet.bits.count();
    std::vector<quint32>().swap(facet.ids);
    facet.dense = true;
}

void FacetIndex::makeSparse(FacetData &facet)
{
    facet.ids.clear();
    facet.ids.reserve(size_t(facet.denseCount));
    facet.bits.forEach([&](quint32 id) { facet.ids.push_back(id); });
    facet.bits = ArticleBitset();
    facet.denseCount = 0;
    facet.dense = false;
}

// --- Tags ----------------------------------------------------------------------------------------

void FacetIndex::addTag(quint32 articleId, qint64 facetId)
{
    FacetData *facet = slotFor(facetId);
    if (!facet)
        facet = &createSlot(facetId);
    if (!m_finished) {
        facet->ids.push_back(articleId); // sorted and deduplicated by finish()
        return;
    }
    if (!m_alive.test(articleId))
        return;
    if (facet->dense) {
        if (!facet->bits.test(articleId)) {
            facet->bits.set(articleId);
            ++facet->denseCount;
        }
        return;
    }
    std::vector<quint32> &ids = facet->ids;
    if (ids.empty() || ids.back() < articleId) {
        ids.push_back(articleId);
    } else {
        const auto at = std::lower_bound(ids.begin(), ids.end(), articleId);
        if (*at == articleId)
            return;
        ids.insert(at, articleId);
    }
    // A facet that became common is worth a bitset (hysteresis: finish() converts at 1/32).
    if (m_layout == Layout::Automatic && qint64(ids.size()) * 16 > m_alive.size())
        makeDense(*facet);
}

bool FacetIndex::removeId(FacetData &facet, quint32 articleId)
{
    if (facet.dense) {
        if (!facet.bits.test(articleId))
            return false;
        facet.bits.reset(articleId);
        --facet.denseCount;
        return true;
    }
    if (!m_finished)
        return std::erase(facet.ids, articleId) > 0;
    const auto at = std::lower_bound(facet.ids.begin(), facet.ids.end(), articleId);
    if (at == facet.ids.end() || *at != articleId)
        return false;
    facet.ids.erase(at);
    return true;
}

void FacetIndex::removeTag(quint32 articleId, qint64 facetId)
{
    if (FacetData *facet = slotFor(facetId))
        removeId(*facet, articleId);
}

bool FacetIndex::hasTag(quint32 articleId, qint64 facetId) const
{
    const FacetData *facet = slotFor(facetId);
    if (!facet || !m_alive.test(articleId))
        return false;
    if (facet->dense)
        return facet->bits.test(articleId);
    if (!m_finished)
        return std::find(facet->ids.cbegin(), facet->ids.cend(), articleId) != facet->ids.cend();
    return std::binary_search(facet->ids.cbegin(), facet->ids.cend(), articleId);
}

qint64 FacetIndex::facetArticleCount(qint64 facetId) const
{
    const FacetData *facet = slotFor(facetId);
    return facet ? facet->size() : 0;
}

bool FacetIndex::isDense(qint64 facetId) const
{
    const FacetData *facet = slotFor(facetId);
    return facet && facet->dense;
}

std::optional<qint64> FacetIndex::facetId(FacetKind kind, const QString &key) const
{
    const FacetData *facet = lookup(kind, key);
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
    for (FacetData &facet : m_facets)
        removeId(facet, id);
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
    const qint64 capacity = m_alive.size();
    for (FacetData &facet : m_facets) {
        if (facet.dense) {
            facet.bits &= m_alive;
            facet.denseCount = facet.bits.count();
        } else {
            std::vector<quint32> &ids = facet.ids;
            if (!std::is_sorted(ids.begin(), ids.end()))
                std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            std::erase_if(ids, [this](quint32 id) { return !m_alive.test(id); });
            ids.shrink_to_fit();
        }
        const bool dense =
            m_layout == Layout::AllDense || (m_layout == Layout::Automatic && facet.size() * 32 > capacity);
        if (dense && !facet.dense)
            makeDense(facet);
        else if (!dense && facet.dense)
            makeSparse(facet);
    }

    m_finished = true;
    m_labelOrder.clear();
    for (size_t slot = 0; slot < m_facets.size(); ++slot) {
        if (m_facets[slot].defined)
            m_labelOrder.push_back(static_cast<quint32>(slot));
    }
    std::sort(m_labelOrder.begin(), m_labelOrder.end(), [this](quint32 a, quint32 b) {
        const int c = m_facets[a].label.localeAwareCompare(m_facets[b].label);
        return c != 0 ? c < 0 : m_facets[a].key < m_facets[b].key;
    });
    for (size_t i = 0; i < m_labelOrder.size(); ++i)
        m_facets[m_labelOrder[i]].labelRank = static_cast<int>(i);

    m_newestFirst.build(m_alive, m_published);
}

qint64 FacetIndex::memoryUsage() const
{
    const auto stringBytes = [](const QString &s) { return qint64(s.capacity()) * 2 + 32; };
    qint64 total = sizeof(FacetIndex);
    total +=
        m_alive.memoryUsage() + m_read.memoryUsage() + m_starred.memoryUsage() + m_newestFirst.memoryUsage();
    total += qint64(m_published.capacity() * sizeof(qint64));
    total += qint64(m_labelOrder.capacity() * sizeof(quint32));
    total += qint64(m_facets.capacity() * sizeof(FacetData) + m_slotById.capacity() * sizeof(qint32));
    for (const FacetData &facet : m_facets) {
        total += qint64(facet.ids.capacity() * sizeof(quint32)) + facet.bits.memoryUsage();
        total += stringBytes(facet.key) + stringBytes(facet.label);
    }
    for (size_t k = 0; k < m_slotsByKind.size(); ++k)
        total += qint64(m_slotsByKind[k].capacity() * sizeof(quint32)) + m_slotByKey[k].size() * 48;
    return total;
}

} // namespace Clearance
