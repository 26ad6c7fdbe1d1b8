#include "AutoTagTable.h"

#include <algorithm>

namespace Clearance {

AutoTagTable::AutoTagTable(sqlite3 *db)
    : m_select(db, "SELECT facet_ids FROM article_auto_facets WHERE article_id = ?1")
    , m_replace(db, "INSERT OR REPLACE INTO article_auto_facets (article_id, facet_ids) VALUES (?1, ?2)")
{}

bool AutoTagTable::isValid() const
{
    return m_select.isValid() && m_replace.isValid();
}

QString AutoTagTable::error() const
{
    return (m_failed ? m_failed : &m_select)->error();
}

bool AutoTagTable::read(qint64 articleId, std::vector<qint64> &facets)
{
    facets.clear();
    m_select.reset();
    m_select.bind(1, articleId);
    const bool found = m_select.next();
    if (found)
        forEachId(m_select.utf8(0), [&](qint64 id) { facets.push_back(id); });
    const bool ok = found || m_select.done(); // no row: the article has no automatic tags
    m_select.reset();
    if (!ok)
        m_failed = &m_select;
    return ok;
}

bool AutoTagTable::write(qint64 articleId, const std::vector<qint64> &facets)
{
    m_replace.bind(1, articleId);
    m_replace.bindUtf8(2, encode(facets));
    if (m_replace.exec())
        return true;
    m_failed = &m_replace;
    return false;
}

QByteArray AutoTagTable::encode(std::vector<qint64> facets)
{
    std::sort(facets.begin(), facets.end());
    facets.erase(std::unique(facets.begin(), facets.end()), facets.end());
    QByteArray text;
    text.reserve(static_cast<qsizetype>(facets.size()) * 5 + 2);
    text += '[';
    for (size_t i = 0; i < facets.size(); ++i) {
        if (i > 0)
            text += ',';
        text += QByteArray::number(facets[i]);
    }
    text += ']';
    return text;
}

std::vector<qint64> AutoTagTable::decode(QByteArrayView text)
{
    std::vector<qint64> ids;
    forEachId(text, [&](qint64 id) { ids.push_back(id); });
    return ids;
}

} // namespace Clearance
