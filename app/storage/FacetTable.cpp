#include "FacetTable.h"

#include <algorithm>

namespace Clearance {

namespace {

// Facet ids below this are found through a vector; larger ones (never seen in practice) by hash.
constexpr qint64 kDirectSlots = qint64(1) << 22;

} // namespace

// --- Facets --------------------------------------------------------------------------------------

FacetTable::Facet *FacetTable::slotFor(qint64 facetId)
{
    return const_cast<Facet *>(std::as_const(*this).slotFor(facetId));
}

const FacetTable::Facet *FacetTable::slotFor(qint64 facetId) const
{
    if (facetId >= 0 && facetId < kDirectSlots) {
        if (facetId >= qint64(m_slotById.size()) || m_slotById[size_t(facetId)] < 0)
            return nullptr;
        return &m_facets[size_t(m_slotById[size_t(facetId)])];
    }
    const auto it = m_slotByLargeId.constFind(facetId);
    return it == m_slotByLargeId.cend() ? nullptr : &m_facets[*it];
}

FacetTable::Facet &FacetTable::createSlot(qint64 facetId, const ArticleBitset &alive)
{
    const auto slot = static_cast<quint32>(m_facets.size());
    if (facetId >= 0 && facetId < kDirectSlots) {
        if (facetId >= qint64(m_slotById.size()))
            m_slotById.resize(size_t(facetId) + 1, -1);
        m_slotById[size_t(facetId)] = static_cast<qint32>(slot);
    } else {
        m_slotByLargeId.insert(facetId, slot);
    }
    Facet &facet = m_facets.emplace_back();
    facet.id = facetId;
    if (m_finished && m_layout == Layout::AllDense)
        makeDense(facet, alive.size());
    return facet;
}

const FacetTable::Facet *FacetTable::find(qint64 facetId) const
{
    return slotFor(facetId);
}

const FacetTable::Facet *FacetTable::find(FacetKind kind, const QString &key) const
{
    const QHash<QString, quint32> &byKey = m_slotByKey[kindIndex(kind)];
    const auto it = byKey.constFind(key);
    return it == byKey.cend() ? nullptr : &m_facets[*it];
}

void FacetTable::define(qint64 facetId, FacetKind kind, const QString &key, const QString &label,
                        const ArticleBitset &alive)
{
    Facet *facet = slotFor(facetId);
    if (!facet)
        facet = &createSlot(facetId, alive);
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

void FacetTable::undefine(Facet &facet)
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

void FacetTable::insertLabelOrder(quint32 slot)
{
    const auto less = [this](quint32 a, quint32 b) {
        const Facet &fa = m_facets[a];
        const Facet &fb = m_facets[b];
        const int c = fa.label.localeAwareCompare(fb.label);
        return c != 0 ? c < 0 : fa.key < fb.key;
    };
    const auto at = std::upper_bound(m_labelOrder.begin(), m_labelOrder.end(), slot, less);
    const auto from = static_cast<size_t>(m_labelOrder.insert(at, slot) - m_labelOrder.begin());
    for (size_t i = from; i < m_labelOrder.size(); ++i)
        m_facets[m_labelOrder[i]].labelRank = static_cast<int>(i);
}

void FacetTable::makeDense(Facet &facet, qint64 capacity)
{
    facet.bits = ArticleBitset(capacity);
    for (const quint32 id : facet.ids)
        facet.bits.set(id);
    facet.denseCount = facet.bits.count();
    std::vector<quint32>().swap(facet.ids);
    facet.dense = true;
}

void FacetTable::makeSparse(Facet &facet)
{
    facet.ids.clear();
    facet.ids.reserve(size_t(facet.denseCount));
    facet.bits.forEach([&](quint32 id) { facet.ids.push_back(id); });
    facet.bits = ArticleBitset();
    facet.denseCount = 0;
    facet.dense = false;
}

// --- Tags ----------------------------------------------------------------------------------------

void FacetTable::addTag(quint32 articleId, qint64 facetId, const ArticleBitset &alive)
{
    Facet *facet = slotFor(facetId);
    if (!facet)
        facet = &createSlot(facetId, alive);
    if (!m_finished) {
        facet->ids.push_back(articleId); // sorted and deduplicated by finish()
        return;
    }
    if (!alive.test(articleId))
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
    if (m_layout == Layout::Automatic && qint64(ids.size()) * 16 > alive.size())
        makeDense(*facet, alive.size());
}

bool FacetTable::removeId(Facet &facet, quint32 articleId)
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

void FacetTable::removeTag(quint32 articleId, qint64 facetId)
{
    if (Facet *facet = slotFor(facetId))
        removeId(*facet, articleId);
}

void FacetTable::removeArticle(quint32 articleId)
{
    for (Facet &facet : m_facets)
        removeId(facet, articleId);
}

bool FacetTable::hasTag(quint32 articleId, qint64 facetId) const
{
    const Facet *facet = slotFor(facetId);
    if (!facet)
        return false;
    if (facet->dense)
        return facet->bits.test(articleId);
    if (!m_finished)
        return std::find(facet->ids.cbegin(), facet->ids.cend(), articleId) != facet->ids.cend();
    return std::binary_search(facet->ids.cbegin(), facet->ids.cend(), articleId);
}

void FacetTable::finish(const ArticleBitset &alive)
{
    const qint64 capacity = alive.size();
    for (Facet &facet : m_facets) {
        if (facet.dense) {
            facet.bits &= alive;
            facet.denseCount = facet.bits.count();
        } else {
            std::vector<quint32> &ids = facet.ids;
            if (!std::is_sorted(ids.begin(), ids.end()))
                std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            std::erase_if(ids, [&alive](quint32 id) { return !alive.test(id); });
            ids.shrink_to_fit();
        }
        const bool dense =
            m_layout == Layout::AllDense || (m_layout == Layout::Automatic && facet.size() * 32 > capacity);
        if (dense && !facet.dense)
            makeDense(facet, capacity);
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
}

// --- Queries -------------------------------------------------------------------------------------

std::vector<const FacetTable::Facet *> FacetTable::resolve(FacetKind kind, const QStringList &keys) const
{
    std::vector<const Facet *> facets;
    for (const QString &key : keys) {
        const Facet *facet = find(kind, key);
        if (facet && std::find(facets.cbegin(), facets.cend(), facet) == facets.cend())
            facets.push_back(facet);
    }
    return facets;
}

ArticleBitset FacetTable::unionOf(FacetKind kind, const QStringList &keys, qint64 capacity) const
{
    ArticleBitset set(capacity);
    for (const Facet *facet : resolve(kind, keys)) {
        if (facet->dense) {
            set |= facet->bits;
        } else {
            for (const quint32 id : facet->ids)
                set.set(id);
        }
    }
    return set;
}

qint64 FacetTable::countIn(const Facet &facet, const ArticleBitset &within)
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

qint64 FacetTable::memoryUsage() const
{
    const auto stringBytes = [](const QString &s) { return qint64(s.capacity()) * 2 + 32; };
    qint64 total = qint64(m_labelOrder.capacity() * sizeof(quint32));
    total += qint64(m_facets.capacity() * sizeof(Facet) + m_slotById.capacity() * sizeof(qint32));
    for (const Facet &facet : m_facets) {
        total += qint64(facet.ids.capacity() * sizeof(quint32)) + facet.bits.memoryUsage();
        total += stringBytes(facet.key) + stringBytes(facet.label);
    }
    for (size_t k = 0; k < m_slotsByKind.size(); ++k)
        total += qint64(m_slotsByKind[k].capacity() * sizeof(quint32)) + m_slotByKey[k].size() * 48;
    return total;
}

} // namespace Clearance
