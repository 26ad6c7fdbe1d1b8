#pragma once

#include "ArticleBitset.h"

#include <QList>

#include <optional>
#include <utility>
#include <vector>

namespace Clearance {

// The FacetIndex's articles newest first (published descending, then id ascending): the default
// order of the list, kept up to date article by article as the library changes (the other orders are
// SortedIdCache's, built whole). Kept as one array in reverse order, so that new (newest) articles
// append; articles added out of order wait in a small sorted array until it is merged; removed articles
// stay as stale entries (skipped by page()) until there are many. The dates live in the index and are
// passed in.
class NewestFirstIndex final
{
public:
    using Dates = std::vector<qint64>; // by article id
    using Cursor = std::optional<std::pair<qint64, quint32>>;

    void clear();
    // Every live article, in order.
    void build(const ArticleBitset &alive, const Dates &published);
    bool contains(quint32 id) const { return m_ordered.test(id); }
    void insert(quint32 id, const Dates &published);
    void erase(quint32 id, const Dates &published);
    // An article removed from the index: erased at once when cheap, else left stale.
    void remove(quint32 id, const ArticleBitset &alive, const Dates &published);
    // A stale entry became live again (the article was added back under the same date).
    void revive() { --m_staleEntries; }

    // Up to `limit` (0: all) ids of `matching` in list order, after the cursor when given.
    QList<quint32> page(const ArticleBitset &matching, const ArticleBitset &alive, const Dates &published,
                        int limit, Cursor after) const;
    qint64 memoryUsage() const;

private:
    void compact(const ArticleBitset &alive);
    QList<quint32> pageByScan(const ArticleBitset &matching, const ArticleBitset &alive,
                              const Dates &published, int limit, Cursor after) const;
    QList<quint32> pageByCollect(const ArticleBitset &matching, const ArticleBitset &alive,
                                 const Dates &published, int limit, Cursor after) const;

    std::vector<quint32> m_order;
    std::vector<quint32> m_recent;
    ArticleBitset m_ordered; // ids with an entry in m_order or m_recent, live or stale
    qint64 m_staleEntries = 0;
};

} // namespace Clearance
