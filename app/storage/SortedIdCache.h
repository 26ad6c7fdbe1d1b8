#pragma once

#include "ArticleBitset.h"
#include "domain/ArticleSort.h"
#include "domain/Result.h"

#include <QCollator>
#include <QCoreApplication>
#include <QList>

#include <optional>
#include <vector>

struct sqlite3;

namespace Clearance {

// The ids of a library's articles sorted one way other than newest first (NewestFirstIndex keeps that
// one): by title or by source (compared as a reader would, ignoring case and accents, numbers by
// value), then newest first; or oldest first. Built whole from SQL when a reader first sorts that way,
// then kept by ArticleQueries while the set of articles is unchanged (a change drops it, and the next
// page builds it again). Pages are keyset pages: they start after an article, wherever it now stands,
// so a page costs the same anywhere in the list.
class SortedIdCache final
{
    Q_DECLARE_TR_FUNCTIONS(SortedIdCache)

public:
    static Result<SortedIdCache> build(sqlite3 *db, const ArticleSort &sort);
    // How titles and sources compare: the interface locale's collation, ignoring case, numbers by value.
    static QCollator collator();

    const ArticleSort &sort() const { return m_sort; }
    qsizetype size() const { return qsizetype(m_order.size()); }
    // Up to `limit` (0: all) ids of `matching` in this order, after `afterId` when given. An id the
    // cache does not hold (deleted since) ends the list.
    QList<quint32> page(const ArticleBitset &matching, int limit, std::optional<quint32> afterId) const;
    qint64 memoryUsage() const;

private:
    static constexpr quint32 kAbsent = ~quint32(0);

    ArticleSort m_sort;
    std::vector<quint32> m_order;  // ids in list order
    std::vector<quint32> m_rankOf; // by id: the position in m_order, kAbsent for none
};

} // namespace Clearance
