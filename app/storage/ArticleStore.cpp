#include "ArticleStore.h"

#include "ArticleImportWriter.h"
#include "ArticleQueries.h"
#include "AutoTagTable.h"
#include "Database.h"
#include "FacetIndex.h"
#include "SqliteStatement.h"
#include "domain/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Clearance {

namespace {

// How long an import waits for another one to release the library (each try also waits for the
// connection's busy timeout).
constexpr qint64 kImportLockWaitMs = 10 * 60 * 1000;

QDateTime fromSeconds(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

} // namespace

ArticleStore::ArticleStore(const Database &database)
    : m_database(database)
    , m_db(database.connection())
    , m_path(database.path())
    , m_queries(std::make_unique<ArticleQueries>(database))
{}

ArticleStore::~ArticleStore() = default;

Status ArticleStore::fail(const QString &what, const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    // The statement is for a developer (QT_LOGGING_RULES="clearance.library.debug=true"): SQL on a
    // user's terminal tells them nothing they can act on.
    qCWarning(lcLibrary) << what << error.text();
    qCDebug(lcLibrary) << query.lastQuery();
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("5") || code == QLatin1String("6"))
        return Status::failure(tr("The library %1 is busy in another program; try again.").arg(m_path));
    if (code == QLatin1String("8")) // SQLITE_READONLY: a disk remounted read-only, a read-only open
        return Status::failure(Database::readOnlyMessage(m_path));
    if (code == QLatin1String("13"))
        return Status::failure(tr("The disk holding %1 is full.").arg(m_path));
    return Status::failure(tr("%1: %2.").arg(what, error.databaseText()));
}

Status ArticleStore::inTransaction(const std::function<Status()> &work, bool immediate)
{
    if (immediate) {
        // An import takes the write lock before it reads anything: a deferred transaction that read
        // first could not wait for another writer (SQLite answers "busy" at once so as not to
        // deadlock). Another import may hold the lock for a while: wait for it, longer than the
        // connection's busy timeout.
        sqlite3 *db = m_database.handle();
        QElapsedTimer waited;
        waited.start();
        int rc = SQLITE_BUSY;
        while ((rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr)) == SQLITE_BUSY &&
               waited.elapsed() < kImportLockWaitMs) {
        }
        if (rc != SQLITE_OK)
            return Status::failure(
                rc == SQLITE_BUSY ? tr("The library %1 is busy in another program; try again.").arg(m_path)
                                  : tr("The library %1 could not start a transaction: %2.")
                                        .arg(m_path, QString::fromUtf8(sqlite3_errmsg(db))));
    } else if (!m_db.transaction()) {
        return Status::failure(tr("The library %1 could not start a transaction: %2.")
                                   .arg(m_path, m_db.lastError().databaseText()));
    }
    Status status = work();
    if (status && !m_db.commit())
        status = Status::failure(
            tr("The library %1 could not save the change: %2.").arg(m_path, m_db.lastError().databaseText()));
    if (!status) {
        m_db.rollback();
        // Ids cached during the transaction may not exist any more.
        for (auto &ids : m_facetIds)
            ids.clear();
        m_queries->invalidate();
    }
    return status;
}

std::optional<qint64> ArticleStore::existingFacetId(FacetKind kind, const QString &key) const
{
    auto &cache = m_facetIds[static_cast<size_t>(kind)];
    if (const auto it = cache.find(key); it != cache.end())
        return it->second;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM facets WHERE kind = ? AND key = ?"));
    q.addBindValue(facetKindName(kind));
    q.addBindValue(key);
    if (q.exec() && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        cache.emplace(key, id);
        return id;
    }
    return std::nullopt;
}

Result<qint64> ArticleStore::facetId(FacetKind kind, const QString &key, const FacetLabeler &labeler)
{
    if (const auto id = existingFacetId(kind, key))
        return *id;
    const QString label = labeler ? labeler(kind, key) : QString();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO facets (kind, key, label) VALUES (?, ?, ?)"));
    q.addBindValue(facetKindName(kind));
    q.addBindValue(key);
    q.addBindValue(label.isEmpty() ? key : label);
    if (!q.exec())
        return Result<qint64>::failure(fail(tr("A tag could not be saved"), q).error());
    const qint64 id = q.lastInsertId().toLongLong();
    m_facetIds[static_cast<size_t>(kind)].emplace(key, id);
    if (FacetIndex *index = m_queries->loadedIndex())
        index->addFacet(id, kind, key, label.isEmpty() ? key : label);
    return id;
}

Result<AddReport> ArticleStore::addArticles(const QList<TaggedArticle> &articles, const FacetLabeler &labeler)
{
    bool given = false;
    return addArticles(
        [&](QList<TaggedArticle> &chunk) {
            if (given)
                return false;
            chunk = articles;
            given = true;
            return true;
        },
        labeler);
}

Result<AddReport> ArticleStore::addArticles(const ArticleSource &source, const FacetLabeler &labeler,
                                            const SourceCheck &check, qint64 sourceId)
{
    // Only a loaded index needs the new articles' tags once the import has committed; without one,
    // keeping them would hold a list as long as the file for nothing (the index reads the library
    // when it loads).
    sqlite3 *db = m_database.handle();
    ArticleImportWriter writer(
        db, m_path, [&](FacetKind kind, const QString &key) { return facetId(kind, key, labeler); },
        m_queries->loadedIndex() != nullptr);
    writer.linkToSource(sourceId);
    // Each new tag row would look its article up to check the foreign key, though the article was
    // written a moment before in this very transaction: off for the import, on again after. (SQLite
    // ignores the pragma inside a transaction, which keeps a caller's transaction safe.)
    sqlite3_exec(db, "PRAGMA foreign_keys=OFF", nullptr, nullptr, nullptr);
    const auto restoreKeys =
        qScopeGuard([db] { sqlite3_exec(db, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr); });
    const Status status = inTransaction(
        [&]() -> Status {
            if (Status written = writer.write(source); !written)
                return written;
            return check ? check() : Status();
        },
        true);
    if (!status)
        return Result<AddReport>::failure(status.error());
    if (sourceId != 0)
        m_database.noteLinksChanged();
    if (FacetIndex *index = m_queries->loadedIndex())
        writer.applyTo(*index);
    return writer.report();
}

Result<QStringList> ArticleStore::facetKeys(FacetKind kind) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key FROM facets WHERE kind = ?"));
    q.addBindValue(facetKindName(kind));
    if (!q.exec())
        return Result<QStringList>::failure(fail(tr("The library's tags could not be read"), q).error());
    QStringList keys;
    while (q.next())
        keys.append(q.value(0).toString());
    return keys;
}

Result<qint64> ArticleStore::countArticles(const ArticleFilter &filter) const
{
    return m_queries->count(filter);
}

Result<QList<ArticleSummary>> ArticleStore::listArticles(const ArticleFilter &filter,
                                                         const ListPage &page) const
{
    return m_queries->list(filter, page);
}

Result<QList<Facet>> ArticleStore::facetCounts(const ArticleFilter &filter) const
{
    return m_queries->facetCounts(filter);
}

Result<QList<qint64>> ArticleStore::articleIds(const ArticleFilter &filter, const ArticleSort &sort) const
{
    return m_queries->ids(filter, sort);
}

Status ArticleStore::countSourceArticles(QList<Source> &sources) const
{
    const auto counts = m_queries->sourceCounts();
    if (!counts)
        return Status::failure(counts.error());
    for (Source &s : sources) {
        const auto [articles, unread] = counts->value(s.id, {0, 0});
        s.articles = articles;
        s.unread = unread;
    }
    return {};
}

Result<Article> ArticleStore::article(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, guid, title, body, html, url, source, language, published_at, "
                       "published_estimated, imported_at, read, starred, notes FROM articles WHERE id = ?"));
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
    a.notes = ArticleNotes::fromInt(q.value(13).toInt());
    return a;
}

Result<QList<Facet>> ArticleStore::articleFacets(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind, key, label FROM facets WHERE id IN ("
                             "SELECT facet_id FROM article_facets WHERE article_id = ? UNION "
                             "SELECT j.value FROM article_auto_facets, json_each(%1) j WHERE article_id = ?) "
                             "ORDER BY kind, key")
                  .arg(QLatin1String(AutoTagTable::kJsonIds)));
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec())
        return Result<QList<Facet>>::failure(fail(tr("The article's tags could not be read"), q).error());
    QList<Facet> facets;
    while (q.next()) {
        if (const auto kind = facetKindFromName(q.value(0).toString()))
            facets.append(Facet{*kind, q.value(1).toString(), q.value(2).toString(), 1});
    }
    return facets;
}

Status ArticleStore::setFlag(const char *column, const QList<qint64> &ids, bool value)
{
    const Status status = inTransaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE articles SET %1 = ? WHERE id = ?").arg(QLatin1String(column)));
        for (qint64 id : ids) {
            q.addBindValue(value ? 1 : 0);
            q.addBindValue(id);
            if (!q.exec())
                return fail(tr("The article could not be marked"), q);
        }
        return {};
    });
    if (FacetIndex *index = m_queries->loadedIndex(); index && status) {
        for (qint64 id : ids) {
            if (qstrcmp(column, "read") == 0)
                index->setRead(static_cast<quint32>(id), value);
            else
                index->setStarred(static_cast<quint32>(id), value);
        }
    }
    return status;
}

Status ArticleStore::setRead(const QList<qint64> &ids, bool read)
{
    return setFlag("read", ids, read);
}

Status ArticleStore::setStarred(const QList<qint64> &ids, bool starred)
{
    return setFlag("starred", ids, starred);
}

Status ArticleStore::addManualTag(qint64 articleId, FacetKind kind, const QString &key, const QString &label)
{
    if (!article(articleId))
        return Status::failure(tr("No article has the id %1.").arg(articleId));
    qint64 facet = 0;
    const Status status = inTransaction([&]() -> Status {
        const Result<qint64> id = facetId(kind, key, [&](FacetKind, const QString &) { return label; });
        if (!id)
            return Status::failure(id.error());
        facet = *id;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO article_facets (article_id, facet_id, origin) VALUES (?, ?, 'manual')"));
        q.addBindValue(articleId);
        q.addBindValue(facet);
        if (!q.exec())
            return fail(tr("The tag could not be added"), q);
        q.prepare(QStringLiteral("DELETE FROM article_facet_removals WHERE article_id = ? AND facet_id = ?"));
        q.addBindValue(articleId);
        q.addBindValue(facet);
        if (!q.exec())
            return fail(tr("The tag could not be added"), q);
        return {};
    });
    if (FacetIndex *index = m_queries->loadedIndex(); index && status)
        index->addTag(static_cast<quint32>(articleId), facet);
    return status;
}

Status ArticleStore::removeTag(qint64 articleId, FacetKind kind, const QString &key)
{
    if (!article(articleId))
        return Status::failure(tr("No article has the id %1.").arg(articleId));
    const auto facet = existingFacetId(kind, key);
    if (!facet)
        return Status::failure(
            tr("The %1 \"%2\" is not a tag in this library.").arg(facetKindName(kind), key));
    const Status status = inTransaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM article_facets WHERE article_id = ? AND facet_id = ?"));
        q.addBindValue(articleId);
        q.addBindValue(*facet);
        if (!q.exec())
            return fail(tr("The tag could not be removed"), q);
        q.prepare(QStringLiteral("UPDATE article_auto_facets SET facet_ids = (SELECT json_group_array(value) "
                                 "FROM json_each(facet_ids) WHERE value <> ?) "
                                 "WHERE article_id = ? AND json_valid(facet_ids)"));
        q.addBindValue(*facet);
        q.addBindValue(articleId);
        if (!q.exec())
            return fail(tr("The tag could not be removed"), q);
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO article_facet_removals (article_id, facet_id) VALUES (?, ?)"));
        q.addBindValue(articleId);
        q.addBindValue(*facet);
        if (!q.exec())
            return fail(tr("The tag could not be removed"), q);
        return {};
    });
    if (FacetIndex *index = m_queries->loadedIndex(); index && status)
        index->removeTag(static_cast<quint32>(articleId), *facet);
    return status;
}

Result<RetagReport> ArticleStore::retag(const ArticleTagger &tagger, const FacetLabeler &labeler)
{
    RetagReport report;
    const Status status = inTransaction([&]() -> Status {
        QSqlQuery read(m_db);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT id, title, body, language FROM articles ORDER BY id")))
            return fail(tr("The articles could not be read"), read);
        QSqlQuery current(m_db);
        current.prepare(QStringLiteral("SELECT facet_ids FROM article_auto_facets WHERE article_id = ?"));
        QSqlQuery replace(m_db);
        replace.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO article_auto_facets (article_id, facet_ids) VALUES (?, ?)"));
        // Tags the reader removed, and tags set by hand, are never automatic.
        QSqlQuery kept(m_db);
        kept.prepare(
            QStringLiteral("SELECT facet_id FROM article_facet_removals WHERE article_id = ? UNION ALL "
                           "SELECT facet_id FROM article_facets WHERE article_id = ?"));
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
                    const Result<qint64> facet = facetId(kind, key, labeler);
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
            current.addBindValue(a.id);
            if (!current.exec())
                return fail(tr("The article's tags could not be read"), current);
            QSet<qint64> existing;
            if (current.next())
                AutoTagTable::forEachId(current.value(0).toByteArray(),
                                        [&](qint64 id) { existing.insert(id); });
            if (existing == wanted)
                continue;

            ++report.changed;
            replace.addBindValue(a.id);
            replace.addBindValue(QString::fromLatin1(
                AutoTagTable::encode(std::vector<qint64>(wanted.cbegin(), wanted.cend()))));
            if (!replace.exec())
                return fail(tr("The article's tags could not be replaced"), replace);
        }
        return {};
    });
    if (!status)
        return Result<RetagReport>::failure(status.error());
    if (report.changed > 0)
        m_queries->invalidate();
    return report;
}

} // namespace Clearance
