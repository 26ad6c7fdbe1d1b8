#include "NewestFirstIndex.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace Clearance {

namespace {

// Out-of-order articles added after the build are merged into the order past this many.
constexpr size_t kRecentMax = 4096;

// List order: newer first, then lower id first.
bool listBefore(quint32 a, quint32 b, const NewestFirstIndex::Dates &published)
{
    const qint64 pa = published[a];
    const qint64 pb = published[b];
    return pa != pb ? pa > pb : a < b;
}

} // namespace

void NewestFirstIndex::clear()
{
    *this = NewestFirstIndex();
}

void NewestFirstIndex::build(const ArticleBitset &alive, const Dates &published)
{
    // Sorting (published, ~id) pairs is several times faster than sorting ids through the dates.
    std::vector<std::pair<qint64, quint32>> keys;
    keys.reserve(size_t(alive.count()));
    alive.forEach([&](quint32 id) { keys.emplace_back(published[id], ~id); });
    std::sort(keys.begin(), keys.end());
    m_order.clear();
    m_order.reserve(keys.size());
    for (const auto &key : keys)
        m_order.push_back(~key.second);
    m_recent.clear();
    m_ordered = alive;
    m_staleEntries = 0;
}

void NewestFirstIndex::insert(quint32 id, const Dates &published)
{
    m_ordered.set(id);
    const auto storageLess = [&](quint32 a, quint32 b) { return listBefore(b, a, published); };
    if (m_order.empty() || storageLess(m_order.back(), id)) {
        m_order.push_back(id); // the usual case: the newest article
        return;
    }
    m_recent.insert(std::upper_bound(m_recent.begin(), m_recent.end(), id, storageLess), id);
    if (m_recent.size() > kRecentMax) {
        const auto middle = static_cast<std::ptrdiff_t>(m_order.size());
        m_order.insert(m_order.end(), m_recent.cbegin(), m_recent.cend());
        std::inplace_merge(m_order.begin(), m_order.begin() + middle, m_order.end(), storageLess);
        m_recent.clear();
    }
}

void NewestFirstIndex::erase(quint32 id, const Dates &published)
{
    m_ordered.reset(id);
    const auto storageLess = [&](quint32 a, quint32 b) { return listBefore(b, a, published); };
    for (std::vector<quint32> *entries : {&m_recent, &m_order}) {
        const auto at = std::lower_bound(entries->begin(), entries->end(), id, storageLess);
        if (at != entries->end() && *at == id) {
            entries->erase(at);
            return;
        }
    }
}

void NewestFirstIndex::remove(quint32 id, const ArticleBitset &alive, const Dates &published)
{
    if (std::binary_search(m_recent.cbegin(), m_recent.cend(), id,
                           [&](quint32 a, quint32 b) { return listBefore(b, a, published); })) {
        erase(id, published);
        return;
    }
    // Erasing from the middle of a million entries costs a millisecond: leave a stale entry.
    ++m_staleEntries;
    if (m_staleEntries > 1024 && m_staleEntries * 8 > qint64(m_order.size()))
        compact(alive);
}

void NewestFirstIndex::compact(const ArticleBitset &alive)
{
    std::erase_if(m_order, [&](quint32 id) {
        if (alive.test(id))
            return false;
        m_ordered.reset(id);
        return true;
    });
    m_staleEntries = 0;
}

qint64 NewestFirstIndex::memoryUsage() const
{
    return m_ordered.memoryUsage() + qint64((m_order.capacity() + m_recent.capacity()) * sizeof(quint32));
}

QList<quint32> NewestFirstIndex::page(const ArticleBitset &matching, const ArticleBitset &alive,
                                      const Dates &published, int limit, Cursor after) const
{
    const qint64 matches = matching.countAnd(alive);
    if (matches == 0)
        return {};
    // Walking the date order costs about limit * entries / matches steps; collecting the matches
    // and sorting them costs a pass over the words plus a sort. Take the cheaper.
    const double entries = double(m_order.size() + m_recent.size());
    const double scan = limit <= 0 ? entries : std::min(entries, double(limit) * entries / double(matches));
    const double sortSteps = limit <= 0 || limit >= matches ? std::log2(double(matches) + 1) : 2.0;
    const double collect = entries / 64 + double(matches) * (1 + 2 * sortSteps);
    return collect < 2 * scan ? pageByCollect(matching, alive, published, limit, after)
                              : pageByScan(matching, alive, published, limit, after);
}

QList<quint32> NewestFirstIndex::pageByScan(const ArticleBitset &matching, const ArticleBitset &alive,
                                            const Dates &published, int limit, Cursor after) const
{
    // Both arrays are in reverse list order: the entries after the cursor are a prefix.
    const auto start = [&](const std::vector<quint32> &entries) {
        if (!after)
            return entries.size();
        const auto [date, id] = *after;
        const auto later = [&](quint32 x) { return published[x] != date ? published[x] < date : x > id; };
        return static_cast<size_t>(std::partition_point(entries.cbegin(), entries.cend(), later) -
                                   entries.cbegin());
    };
    size_t i = start(m_order);
    size_t j = start(m_recent);
    QList<quint32> ids;
    if (limit > 0)
        ids.reserve(limit);
    while ((i > 0 || j > 0) && (limit <= 0 || ids.size() < limit)) {
        quint32 id;
        if (i > 0 && (j == 0 || listBefore(m_order[i - 1], m_recent[j - 1], published)))
            id = m_order[--i];
        else
            id = m_recent[--j];
        if (matching.test(id) && alive.test(id))
            ids.append(id);
    }
    return ids;
}

QList<quint32> NewestFirstIndex::pageByCollect(const ArticleBitset &matching, const ArticleBitset &alive,
                                               const Dates &published, int limit, Cursor after) const
{
    std::vector<quint32> found;
    const std::vector<quint64> &a = matching.words();
    const std::vector<quint64> &b = alive.words();
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        for (quint64 w = a[i] & b[i]; w != 0; w &= w - 1) {
            const auto id = static_cast<quint32>(i * 64 + static_cast<size_t>(std::countr_zero(w)));
            if (after) {
                const qint64 date = published[id];
                if (date > after->first || (date == after->first && id <= after->second))
                    continue;
            }
            found.push_back(id);
        }
    }
    const auto before = [&](quint32 x, quint32 y) { return listBefore(x, y, published); };
    if (limit > 0 && found.size() > size_t(limit)) {
        std::partial_sort(found.begin(), found.begin() + limit, found.end(), before);
        found.resize(size_t(limit));
    } else {
        std::sort(found.begin(), found.end(), before);
    }
    return QList<quint32>(found.cbegin(), found.cend());
}

} // namespace Clearance
