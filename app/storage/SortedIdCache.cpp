#include "SortedIdCache.h"

#include "SqliteStatement.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace Clearance {

namespace {

struct Row
{
    quint32 id = 0;
    qint64 published = 0;
    quint32 textRank = 0; // the position of the title or source among the distinct ones
};

// Ranks each distinct text as the reader's locale sorts it, so rows then sort by integers. Sources
// repeat a lot, titles hardly; either way each text's sort key is computed once.
std::vector<quint32> rankTexts(const QStringList &texts)
{
    const QCollator collator = SortedIdCache::collator();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(texts.size()));
    for (const QString &text : texts)
        keys.push_back(collator.sortKey(text));
    std::vector<quint32> byKey(keys.size());
    std::iota(byKey.begin(), byKey.end(), 0u);
    std::sort(byKey.begin(), byKey.end(),
              [&keys](quint32 a, quint32 b) { return keys[a].compare(keys[b]) < 0; });
    std::vector<quint32> rank(keys.size());
    quint32 next = 0;
    for (size_t i = 0; i < byKey.size(); ++i) {
        // Texts the collator finds equal ("Customs" and "customs") share a rank.
        if (i > 0 && keys[byKey[i - 1]].compare(keys[byKey[i]]) != 0)
            ++next;
        rank[byKey[i]] = next;
    }
    return rank;
}

} // namespace

QCollator SortedIdCache::collator()
{
    // The C locale (a bare LANG=C session) would compare code points: "Écho" after "wto".
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

Result<SortedIdCache> SortedIdCache::build(sqlite3 *db, const ArticleSort &sort)
{
    using R = Result<SortedIdCache>;
    const bool byText = sort.key != ArticleSort::Key::Published;
    const char *sql = sort.key == ArticleSort::Key::Title    ? "SELECT id, published_at, title FROM articles"
                      : sort.key == ArticleSort::Key::Source ? "SELECT id, published_at, source FROM articles"
                                                             : "SELECT id, published_at FROM articles";
    SqliteStatement rows(db, sql);
    std::vector<Row> table;
    QStringList texts;
    QHash<QString, quint32> textIndex;
    quint32 maxId = 0;
    while (rows.next()) {
        Row row;
        row.id = static_cast<quint32>(rows.int64(0));
        row.published = rows.int64(1);
        if (byText) {
            const QString text = rows.text(2);
            auto it = textIndex.constFind(text);
            if (it == textIndex.constEnd()) {
                it = textIndex.insert(text, quint32(texts.size()));
                texts.append(text);
            }
            row.textRank = *it;
        }
        maxId = std::max(maxId, row.id);
        table.push_back(row);
    }
    if (!rows.done())
        return R::failure(tr("The articles could not be sorted: %1.").arg(rows.error()));

    if (byText) {
        const std::vector<quint32> rank = rankTexts(texts);
        for (Row &row : table)
            row.textRank = rank[row.textRank];
    }
    const bool ascending = sort.order == Qt::AscendingOrder;
    // By the text in the chosen direction, then newest first; by date alone in the chosen direction.
    std::sort(table.begin(), table.end(), [byText, ascending](const Row &a, const Row &b) {
        if (byText && a.textRank != b.textRank)
            return ascending ? a.textRank < b.textRank : a.textRank > b.textRank;
        if (a.published != b.published)
            return (byText || !ascending) ? a.published > b.published : a.published < b.published;
        return a.id < b.id;
    });

    SortedIdCache cache;
    cache.m_sort = sort;
    cache.m_order.reserve(table.size());
    cache.m_rankOf.assign(table.empty() ? 0 : size_t(maxId) + 1, kAbsent);
    for (const Row &row : table) {
        cache.m_rankOf[row.id] = quint32(cache.m_order.size());
        cache.m_order.push_back(row.id);
    }
    return cache;
}

QList<quint32> SortedIdCache::page(const ArticleBitset &matching, int limit,
                                   std::optional<quint32> afterId) const
{
    size_t from = 0;
    if (afterId) {
        if (*afterId >= m_rankOf.size() || m_rankOf[*afterId] == kAbsent)
            return {};
        from = size_t(m_rankOf[*afterId]) + 1;
    }
    const size_t wanted = limit > 0 ? size_t(limit) : m_order.size();
    QList<quint32> ids;
    const qint64 matches = matching.count();
    if (matches * 16 >= qint64(m_order.size() - from)) {
        // Many match: walk the order, testing each id.
        ids.reserve(qsizetype(std::min<qint64>(qint64(wanted), matches)));
        for (size_t i = from; i < m_order.size() && size_t(ids.size()) < wanted; ++i) {
            if (matching.test(m_order[i]))
                ids.append(m_order[i]);
        }
        return ids;
    }
    // Few match: rank just those, and keep the first `wanted` after the cursor.
    std::vector<quint32> ranks;
    ranks.reserve(size_t(matches));
    matching.forEach([&](quint32 id) {
        if (id < m_rankOf.size() && m_rankOf[id] != kAbsent && m_rankOf[id] >= from)
            ranks.push_back(m_rankOf[id]);
    });
    const size_t n = std::min(wanted, ranks.size());
    std::partial_sort(ranks.begin(), ranks.begin() + qsizetype(n), ranks.end());
    ids.reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i)
        ids.append(m_order[ranks[i]]);
    return ids;
}

qint64 SortedIdCache::memoryUsage() const
{
    return qint64((m_order.capacity() + m_rankOf.capacity()) * sizeof(quint32));
}

} // namespace Clearance
