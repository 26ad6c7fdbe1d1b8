#include "ArticleStore.h"

#include "Database.h"
#include "FacetQuery.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Clearance {

namespace {

QString facetCacheKey(FacetKind kind, const QString &key)
{
    return facetKindName(kind) + QLatin1Char('\t') + key;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ArticleStore", text);
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

qint64 toSeconds(const QDateTime &dt)
{
    return dt.isValid() ? dt.toSecsSinceEpoch() : 0;
}

QDateTime fromSeconds(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// Splits the "kind:key" list of one article into the four sorted lists of a summary.
void fillTags(ArticleSummary &summary, const QString &packed)
{
    const QStringList items = packed.split(QChar(0x1f), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        const auto kind = facetKindFromName(QStringView(item).left(colon));
        if (!kind)
            continue;
        const QString key = item.mid(colon + 1);
        switch (*kind) {
        case FacetKind::Region:
            summary.regions.append(key);
            break;
        case FacetKind::Initiative:
            summary.initiatives.append(key);
            break;
        case FacetKind::Organization:
            summary.organizations.append(key);
            break;
        case FacetKind::Country:
            summary.countries.append(key);
            break;
        }
    }
    for (QStringList *list :
         {&summary.regions, &summary.initiatives, &summary.organizations, &summary.countries})
        list->sort();
}

} // namespace

ArticleStore::ArticleStore(const Database &database)
    : m_db(database.connection())
    , m_path(database.path())
{}

Status ArticleStore::fail(const QString &what, const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    qCWarning(lcLibrary) << what << error.text() << query.lastQuery();
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("5") || code == QLatin1String("6"))
        return Status::failure(tr("The library %1 is busy in another program; try again.").arg(m_path));
    if (code == QLatin1String("13"))
        return Status::failure(tr("The disk holding %1 is full.").arg(m_path));
    return Status::failure(tr("%1: %2.").arg(what, error.databaseText()));
}

Status ArticleStore::inTransaction(const std::function<Status()> &work)
{
    if (!m_db.transaction())
        return Status::failure(tr("The library %1 could not start a transaction: %2.")
                                   .arg(m_path, m_db.lastError().databaseText()));
    Status status = work();
    if (status && !m_db.commit())
        status = Status::failure(
            tr("The library %1 could not save the change: %2.").arg(m_path, m_db.lastError().databaseText()));
    if (!status)
        m_db.rollback();
    return status;
}

std::optional<qint64> ArticleStore::existingFacetId(FacetKind kind, const QString &key) const
{
    const QString cacheKey = facetCacheKey(kind, key);
    if (auto it = m_facetIds.constFind(cacheKey); it != m_facetIds.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM facets WHERE kind = ? AND key = ?"));
    q.addBindValue(facetKindName(kind));
    q.addBindValue(key);
    if (q.exec() && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_facetIds.insert(cacheKey, id);
        return id;
    }
    return std::nullopt;
}

Result<qint64> ArticleStore::facetId(FacetKind kind, const QString &key, const QString &label)
{
    if (auto id = existingFacetId(kind, key))
        return *id;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO facets (kind, key, label) VALUES (?, ?, ?)"));
    q.addBindValue(facetKindName(kind));
    q.addBindValue(key);
    q.addBindValue(label.isEmpty() ? key : label);
    if (!q.exec())
        return Result<qint64>::failure(fail(tr("A tag could not be saved"), q).error());
    const qint64 id = q.lastInsertId().toLongLong();
    m_facetIds.insert(facetCacheKey(kind, key), id);
    return id;
}

Status ArticleStore::refreshCounts(const QSet<qint64> &facetIds)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE facets SET article_count = "
                       "(SELECT count(*) FROM article_facets WHERE facet_id = facets.id) WHERE id = ?"));
    for (qint64 id : facetIds) {
        q.addBindValue(id);
        if (!q.exec())
            return fail(tr("The tag counts could not be updated"), q);
    }
    return {};
}

Result<AddReport> ArticleStore::addArticles(const QList<TaggedArticle> &articles, const FacetLabeler &labeler)
{
    AddReport report;
    m_facetIds.clear(); // a rolled-back transaction may have left ids that do not exist
    const Status status = inTransaction([&]() -> Status {
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral(
            "INSERT INTO articles (guid, title, body, html, url, source, language, published_at, "
            "published_estimated, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (guid) DO NOTHING"));
        QSqlQuery tag(m_db);
        tag.prepare(QStringLiteral("INSERT OR IGNORE INTO article_facets (article_id, facet_id, origin) "
                                   "VALUES (?, ?, 'auto')"));
        QSet<qint64> touched;
        for (const TaggedArticle &tagged : articles) {
            const Article &a = tagged.article;
            insert.addBindValue(a.guid);
            insert.addBindValue(a.title);
            insert.addBindValue(a.body);
            insert.addBindValue(a.html.isEmpty() ? QVariant() : QVariant(a.html));
            insert.addBindValue(a.url.isEmpty() ? QVariant() : QVariant(a.url));
            insert.addBindValue(a.source.isEmpty() ? QVariant() : QVariant(a.source));
            insert.addBindValue(a.language.isEmpty() ? QVariant() : QVariant(a.language));
            insert.addBindValue(toSeconds(a.published));
            insert.addBindValue(a.publishedEstimated ? 1 : 0);
            insert.addBindValue(toSeconds(a.imported));
            if (!insert.exec())
                return fail(tr("An article could not be saved"), insert);
            if (insert.numRowsAffected() == 0) {
                ++report.duplicates;
                continue;
            }
            ++report.added;
            const qint64 articleId = insert.lastInsertId().toLongLong();
            for (FacetKind kind : allFacetKinds) {
                for (const QString &key : tagged.tags.values(kind)) {
                    const Result<qint64> facet = facetId(kind, key, labeler ? labeler(kind, key) : QString());
                    if (!facet)
                        return Status::failure(facet.error());
                    tag.addBindValue(articleId);
                    tag.addBindValue(*facet);
                    if (!tag.exec())
                        return fail(tr("A tag could not be saved"), tag);
                    touched.insert(*facet);
                }
            }
        }
        return refreshCounts(touched);
    });
    if (!status) {
        m_facetIds.clear();
        return Result<AddReport>::failure(status.error());
    }
    return report;
}

Result<qint64> ArticleStore::countArticles(const ArticleFilter &filter) const
{
    const SqlFragment where = FacetQuery::where(filter);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM articles a WHERE ") + where.sql);
    bindAll(q, where.values);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(fail(tr("The articles could not be counted"), q).error());
    return q.value(0).toLongLong();
}

Result<QList<qint64>> ArticleStore::articleIds(const ArticleFilter &filter) const
{
    const SqlFragment where = FacetQuery::where(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id FROM articles a WHERE ") + where.sql +
              QStringLiteral(" ORDER BY a.published_at DESC, a.id ASC"));
    bindAll(q, where.values);
    if (!q.exec())
        return Result<QList<qint64>>::failure(fail(tr("The articles could not be listed"), q).error());
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QList<ArticleSummary>> ArticleStore::listArticles(const ArticleFilter &filter,
                                                         const ListPage &page) const
{
    const SqlFragment where = FacetQuery::where(filter);
    QString sql =
        QStringLiteral("SELECT a.id, a.title, a.published_at, a.source, a.read, a.starred, "
                       "(SELECT group_concat(f.kind || ':' || f.key, char(31)) FROM article_facets af "
                       "JOIN facets f ON f.id = af.facet_id WHERE af.article_id = a.id) "
                       "FROM articles a WHERE ") +
        where.sql;
    QVariantList values = where.values;
    if (page.hasCursor) {
        sql += QStringLiteral(" AND (a.published_at < ? OR (a.published_at = ? AND a.id > ?))");
        values << toSeconds(page.afterPublished) << toSeconds(page.afterPublished) << page.afterId;
    }
    sql += QStringLiteral(" ORDER BY a.published_at DESC, a.id ASC");
    if (page.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << page.limit;
    }

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, values);
    if (!q.exec())
        return Result<QList<ArticleSummary>>::failure(
            fail(tr("The articles could not be listed"), q).error());
    QList<ArticleSummary> rows;
    while (q.next()) {
        ArticleSummary s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.published = fromSeconds(q.value(2).toLongLong());
        s.source = q.value(3).toString();
        s.read = q.value(4).toBool();
        s.starred = q.value(5).toBool();
        fillTags(s, q.value(6).toString());
        rows.append(std::move(s));
    }
    return rows;
}

Result<QList<Facet>> ArticleStore::facetCounts(const ArticleFilter &filter) const
{
    QList<Facet> all;
    for (FacetKind kind : allFacetKinds) {
        const ArticleFilter others = filter.without(kind);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (others.isEmpty()) {
            q.prepare(QStringLiteral(
                "SELECT key, label, article_count FROM facets WHERE kind = ? AND article_count > 0"));
            q.addBindValue(facetKindName(kind));
        } else {
            const SqlFragment where = FacetQuery::where(others);
            q.prepare(
                QStringLiteral("SELECT f.key, f.label, count(*) FROM article_facets af "
                               "JOIN facets f ON f.id = af.facet_id WHERE f.kind = ? AND af.article_id IN "
                               "(SELECT a.id FROM articles a WHERE ") +
                where.sql + QStringLiteral(") GROUP BY f.id"));
            q.addBindValue(facetKindName(kind));
            bindAll(q, where.values);
        }
        if (!q.exec())
            return Result<QList<Facet>>::failure(fail(tr("The tags could not be counted"), q).error());
        QList<Facet> ofKind;
        while (q.next())
            ofKind.append(Facet{kind, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});

        // A selected value stays visible (with 0) so the reader can still untick it.
        for (const QString &key : filter.values(kind)) {
            const bool present =
                std::any_of(ofKind.cbegin(), ofKind.cend(), [&](const Facet &f) { return f.key == key; });
            if (present)
                continue;
            QSqlQuery label(m_db);
            label.prepare(QStringLiteral("SELECT label FROM facets WHERE kind = ? AND key = ?"));
            label.addBindValue(facetKindName(kind));
            label.addBindValue(key);
            ofKind.append(
                Facet{kind, key, label.exec() && label.next() ? label.value(0).toString() : key, 0});
        }
        std::sort(ofKind.begin(), ofKind.end(), [](const Facet &a, const Facet &b) {
            if (a.count != b.count)
                return a.count > b.count;
            return a.label.localeAwareCompare(b.label) < 0;
        });
        all += ofKind;
    }
    return all;
}

Result<Article> ArticleStore::article(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, guid, title, body, html, url, source, language, published_at, "
                             "published_estimated, imported_at, read, starred FROM articles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Article>::failure(fail(tr("The article could not be read"), q).error());
    if (!q.next())
        return Result<Article>::failure(tr("No article has the id %1.").arg(id));
    Article a;
    a.id = q.value(0).toLongLong();
    a.guid = q.value(1).toString();
    a.title = q.value(2).toString();
    a.body = q.value(3).toString();
    a.html = q.value(4).toString();
    a.url = q.value(5).toString();
    a.source = q.value(6).toString();
    a.language = q.value(7).toString();
    a.published = fromSeconds(q.value(8).toLongLong());
    a.publishedEstimated = q.value(9).toBool();
    a.imported = fromSeconds(q.value(10).toLongLong());
    a.read = q.value(11).toBool();
    a.starred = q.value(12).toBool();
    return a;
}

Result<QList<Facet>> ArticleStore::articleFacets(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT f.kind, f.key, f.label FROM article_facets af "
                       "JOIN facets f ON f.id = af.facet_id WHERE af.article_id = ? ORDER BY f.kind, f.key"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<QList<Facet>>::failure(fail(tr("The article's tags could not be read"), q).error());
    QList<Facet> facets;
    while (q.next()) {
        if (auto kind = facetKindFromName(q.value(0).toString()))
            facets.append(Facet{*kind, q.value(1).toString(), q.value(2).toString(), 1});
    }
    return facets;
}

Status ArticleStore::setRead(const QList<qint64> &ids, bool read)
{
    return inTransaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE articles SET read = ? WHERE id = ?"));
        for (qint64 id : ids) {
            q.addBindValue(read ? 1 : 0);
            q.addBindValue(id);
            if (!q.exec())
                return fail(tr("The article could not be marked"), q);
        }
        return {};
    });
}

Status ArticleStore::setStarred(const QList<qint64> &ids, bool starred)
{
    return inTransaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE articles SET starred = ? WHERE id = ?"));
        for (qint64 id : ids) {
            q.addBindValue(starred ? 1 : 0);
            q.addBindValue(id);
            if (!q.exec())
                return fail(tr("The article could not be starred"), q);
        }
        return {};
    });
}

Status ArticleStore::addManualTag(qint64 articleId, FacetKind kind, const QString &key, const QString &label)
{
    if (!article(articleId))
        return Status::failure(tr("No article has the id %1.").arg(articleId));
    m_facetIds.clear();
    return inTransaction([&]() -> Status {
        const Result<qint64> facet = facetId(kind, key, label);
        if (!facet)
            return Status::failure(facet.error());
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO article_facets (article_id, facet_id, origin) VALUES (?, ?, 'manual') "
            "ON CONFLICT (article_id, facet_id) DO UPDATE SET origin = 'manual'"));
        q.addBindValue(articleId);
        q.addBindValue(*facet);
        if (!q.exec())
            return fail(tr("The tag could not be added"), q);
        q.prepare(QStringLiteral("DELETE FROM article_facet_removals WHERE article_id = ? AND facet_id = ?"));
        q.addBindValue(articleId);
        q.addBindValue(*facet);
        if (!q.exec())
            return fail(tr("The tag could not be added"), q);
        return refreshCounts({*facet});
    });
}

Status ArticleStore::removeTag(qint64 articleId, FacetKind kind, const QString &key)
{
    if (!article(articleId))
        return Status::failure(tr("No article has the id %1.").arg(articleId));
    const auto facet = existingFacetId(kind, key);
    if (!facet)
        return Status::failure(
            tr("The %1 \"%2\" is not a tag in this library.").arg(facetKindName(kind), key));
    return inTransaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM article_facets WHERE article_id = ? AND facet_id = ?"));
        q.addBindValue(articleId);
        q.addBindValue(*facet);
        if (!q.exec())
            return fail(tr("The tag could not be removed"), q);
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO article_facet_removals (article_id, facet_id) VALUES (?, ?)"));
        q.addBindValue(articleId);
        q.addBindValue(*facet);
        if (!q.exec())
            return fail(tr("The tag could not be removed"), q);
        return refreshCounts({*facet});
    });
}

Result<RetagReport> ArticleStore::retag(const ArticleTagger &tagger, const FacetLabeler &labeler)
{
    RetagReport report;
    m_facetIds.clear();
    const Status status = inTransaction([&]() -> Status {
        QSqlQuery read(m_db);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT id, title, body, language FROM articles ORDER BY id")))
            return fail(tr("The articles could not be read"), read);
        QSqlQuery current(m_db);
        current.prepare(
            QStringLiteral("SELECT facet_id FROM article_facets WHERE article_id = ? AND origin = 'auto'"));
        // Tags the reader removed, and tags set by hand, are never automatic.
        QSqlQuery kept(m_db);
        kept.prepare(
            QStringLiteral("SELECT facet_id FROM article_facet_removals WHERE article_id = ? UNION ALL "
                           "SELECT facet_id FROM article_facets WHERE article_id = ? AND origin = 'manual'"));
        QSqlQuery clear(m_db);
        clear.prepare(QStringLiteral("DELETE FROM article_facets WHERE article_id = ? AND origin = 'auto'"));
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO article_facets (article_id, facet_id, origin) "
                                      "VALUES (?, ?, 'auto')"));
        QSet<qint64> touched;
        while (read.next()) {
            Article a;
            a.id = read.value(0).toLongLong();
            a.title = read.value(1).toString();
            a.body = read.value(2).toString();
            a.language = read.value(3).toString();
            const TagSet tags = tagger(a);
            ++report.articles;

            QSet<qint64> wanted;
            for (FacetKind kind : allFacetKinds) {
                for (const QString &key : tags.values(kind)) {
                    const Result<qint64> facet = facetId(kind, key, labeler ? labeler(kind, key) : QString());
                    if (!facet)
                        return Status::failure(facet.error());
                    wanted.insert(*facet);
                }
            }
            kept.addBindValue(a.id);
            kept.addBindValue(a.id);
            if (!kept.exec())
                return fail(tr("The article's tags could not be read"), kept);
            while (kept.next())
                wanted.remove(kept.value(0).toLongLong());
            QSet<qint64> existing;
            current.addBindValue(a.id);
            if (!current.exec())
                return fail(tr("The article's tags could not be read"), current);
            while (current.next())
                existing.insert(current.value(0).toLongLong());
            if (existing == wanted)
                continue;

            ++report.changed;
            touched += existing;
            touched += wanted;
            clear.addBindValue(a.id);
            if (!clear.exec())
                return fail(tr("The article's tags could not be replaced"), clear);
            for (qint64 facet : std::as_const(wanted)) {
                insert.addBindValue(a.id);
                insert.addBindValue(facet);
                if (!insert.exec())
                    return fail(tr("The article's tags could not be replaced"), insert);
            }
        }
        return refreshCounts(touched);
    });
    if (!status) {
        m_facetIds.clear();
        return Result<RetagReport>::failure(status.error());
    }
    return report;
}

} // namespace Clearance
