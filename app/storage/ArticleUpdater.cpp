#include "ArticleUpdater.h"

#include <QCoreApplication>

#include <algorithm>

namespace Clearance {

ArticleUpdater::ArticleUpdater(sqlite3 *db)
    : m_lookup(db, "SELECT id, title, body, html, url, notes FROM articles WHERE guid = ?1")
    , m_update(db,
               "UPDATE articles SET title = ?2, body = ?3, html = ?4, url = ?5, source = ?6, language = ?7, "
               "notes = ?8 WHERE id = ?1")
    , m_keptTags(db, "SELECT facet_id FROM article_facet_removals WHERE article_id = ?1 UNION ALL "
                     "SELECT facet_id FROM article_facets WHERE article_id = ?1")
    , m_autoTags(db)
{}

bool ArticleUpdater::isValid() const
{
    return m_lookup.isValid() && m_update.isValid() && m_keptTags.isValid() && m_autoTags.isValid();
}

Result<ArticleUpdate> ArticleUpdater::update(const Article &a, const std::vector<qint64> &facets)
{
    using R = Result<ArticleUpdate>;
    ArticleUpdate result;
    m_refused = false;
    m_lookup.reset();
    m_lookup.bind(1, a.guid);
    if (!m_lookup.next())
        return R::failure(tr("An article could not be read back: %1.").arg(m_lookup.error()));
    result.id = m_lookup.int64(0);
    const bool same = m_lookup.text(1) == a.title && m_lookup.text(2) == a.body &&
                      m_lookup.text(3) == a.html && m_lookup.text(4) == a.url &&
                      m_lookup.int64(5) == a.notes.toInt();
    m_lookup.reset();
    if (same)
        return result;
    result.outcome = ArticleUpdate::Outcome::Updated;

    m_update.bind(1, result.id);
    m_update.bind(2, a.title, SqliteStatement::Empty::Text);
    m_update.bind(3, a.body, SqliteStatement::Empty::Text);
    m_update.bind(4, a.html);
    m_update.bind(5, a.url);
    m_update.bind(6, a.source);
    m_update.bind(7, a.language);
    m_update.bind(8, a.notes.toInt());
    if (!m_update.exec()) {
        m_refused = m_update.failedOnConstraint();
        return R::failure(m_refused ? m_update.error()
                                    : tr("An article could not be updated: %1.").arg(m_update.error()));
    }

    std::vector<qint64> current;
    if (!m_autoTags.read(result.id, current))
        return R::failure(tr("An article could not be updated: %1.").arg(m_autoTags.error()));
    std::vector<qint64> kept;
    m_keptTags.reset();
    m_keptTags.bind(1, result.id);
    while (m_keptTags.next())
        kept.push_back(m_keptTags.int64(0));
    m_keptTags.reset();

    std::vector<qint64> wanted;
    for (qint64 f : facets) {
        if (std::find(kept.begin(), kept.end(), f) == kept.end())
            wanted.push_back(f);
    }
    for (qint64 f : current) {
        if (std::find(wanted.begin(), wanted.end(), f) == wanted.end())
            result.removedTags.push_back(f);
    }
    for (qint64 f : wanted) {
        if (std::find(current.begin(), current.end(), f) == current.end())
            result.addedTags.push_back(f);
    }
    if ((!result.removedTags.empty() || !result.addedTags.empty()) && !m_autoTags.write(result.id, wanted))
        return R::failure(tr("A tag could not be saved: %1.").arg(m_autoTags.error()));
    return result;
}

} // namespace Clearance
