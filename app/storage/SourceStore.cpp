#include "SourceStore.h"

#include "Database.h"
#include "domain/Logging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>

namespace Clearance {

namespace {

QString failure(const QString &what, const QSqlQuery &q)
{
    qCWarning(lcLibrary) << what << q.lastError().text();
    return SourceStore::tr("%1: %2.").arg(what, q.lastError().databaseText());
}

QVariant secondsOrNull(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime dateOrInvalid(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QVariant bytesOrNull(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromLatin1(bytes));
}

// Qt binds a null QString as NULL: text columns that must have a value get "" instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool isUniqueViolation(const QSqlQuery &q)
{
    // SQLITE_CONSTRAINT_UNIQUE (2067), or the plain constraint code from older drivers.
    const QString code = q.lastError().nativeErrorCode();
    return code == QLatin1String("2067") || code == QLatin1String("19");
}

const QString kColumns = QStringLiteral(
    "s.id, s.url, s.title, s.kind, s.link_pattern, s.folder, s.interval_minutes, s.enabled, s.etag, "
    "s.last_modified, s.last_fetch_at, s.last_status, s.last_http_status, s.last_error, s.failures, "
    "s.next_fetch_at, s.items_seen, s.added_at");

Source sourceFrom(const QSqlQuery &q)
{
    Source s;
    s.id = q.value(0).toLongLong();
    s.url = q.value(1).toString();
    s.title = q.value(2).toString();
    s.kind = sourceKindFromName(q.value(3).toString()).value_or(Source::Kind::Feed);
    s.linkPattern = q.value(4).toString();
    s.folder = q.value(5).toString();
    s.intervalMinutes = q.value(6).toInt();
    s.enabled = q.value(7).toBool();
    s.etag = q.value(8).toString().toLatin1();
    s.lastModified = q.value(9).toString().toLatin1();
    s.lastFetch = dateOrInvalid(q.value(10));
    s.lastStatus = fetchStatusFromName(q.value(11).toString()).value_or(FetchStatus::Never);
    s.lastHttpStatus = q.value(12).toInt();
    s.lastError = q.value(13).toString();
    s.failures = q.value(14).toInt();
    s.nextFetch = dateOrInvalid(q.value(15));
    s.itemsSeen = q.value(16).toLongLong();
    s.added = dateOrInvalid(q.value(17));
    return s;
}

// A folder path as stored: each level trimmed, empty levels dropped ("News / / WCO " is "News/WCO").
QString normalizedFolder(const QString &folder)
{
    QStringList levels;
    for (const QString &level : folder.split(QLatin1Char('/'))) {
        const QString trimmed = level.simplified();
        if (!trimmed.isEmpty())
            levels.append(trimmed);
    }
    return levels.join(QLatin1Char('/'));
}

} // namespace

SourceStore::SourceStore(const Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

QString SourceStore::normalizedUrl(const QString &url, QString *error)
{
    const QString trimmed = url.trimmed();
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty()) {
        *error = tr("A source needs an address.");
        return {};
    }
    if (!parsed.isValid() || parsed.isRelative() || parsed.host().isEmpty()) {
        *error = tr("\"%1\" is not a web address (it should start with https://).").arg(trimmed);
        return {};
    }
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        *error = tr("\"%1\" is not a web address: only http and https sources can be fetched.").arg(trimmed);
        return {};
    }
    return parsed.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
}

Result<QList<Source>> SourceStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral(
            "SELECT %1 FROM sources s %2 ORDER BY s.folder COLLATE NOCASE, s.title COLLATE NOCASE, s.id")
            .arg(kColumns, where));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return Result<QList<Source>>::failure(failure(tr("The sources could not be read"), q));
    QList<Source> list;
    while (q.next())
        list.append(sourceFrom(q));
    return list;
}

Result<QList<Source>> SourceStore::sources() const
{
    return select({}, {});
}

Result<Source> SourceStore::source(qint64 id) const
{
    Result<QList<Source>> list = select(QStringLiteral("WHERE s.id = ?"), {id});
    if (!list)
        return Result<Source>::failure(std::move(list).error());
    if (list->isEmpty())
        return Result<Source>::failure(tr("There is no source %1.").arg(id));
    return list->constFirst();
}

Result<QList<Source>> SourceStore::due(const QDateTime &now) const
{
    return select(QStringLiteral("WHERE s.enabled = 1 AND (s.next_fetch_at IS NULL OR s.next_fetch_at <= ?)"),
                  {now.toSecsSinceEpoch()});
}

Result<std::optional<qint64>> SourceStore::idOf(const QString &url) const
{
    using R = Result<std::optional<qint64>>;
    QString error;
    const QString normalized = normalizedUrl(url, &error);
    if (normalized.isEmpty())
        return R(std::nullopt);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM sources WHERE url = ?"));
    q.addBindValue(normalized);
    if (!q.exec())
        return R::failure(failure(tr("The sources could not be read"), q));
    return R(q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt);
}

Result<qint64> SourceStore::add(const Source &source)
{
    QString error;
    const QString url = normalizedUrl(source.url, &error);
    if (url.isEmpty())
        return Result<qint64>::failure(error);
    if (source.intervalMinutes < 0)
        return Result<qint64>::failure(tr("A source's interval cannot be negative."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sources (url, title, kind, link_pattern, folder, interval_minutes, "
                             "enabled, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(url);
    q.addBindValue(text(source.title.simplified()));
    q.addBindValue(sourceKindName(source.kind));
    q.addBindValue(text(source.linkPattern.trimmed()));
    q.addBindValue(text(normalizedFolder(source.folder)));
    q.addBindValue(source.intervalMinutes);
    q.addBindValue(source.enabled);
    q.addBindValue(source.added.isValid() ? source.added.toSecsSinceEpoch()
                                          : QDateTime::currentSecsSinceEpoch());
    if (!q.exec() || !q.next()) {
        if (isUniqueViolation(q)) {
            QSqlQuery existing(m_db);
            existing.prepare(QStringLiteral("SELECT id FROM sources WHERE url = ?"));
            existing.addBindValue(url);
            const qint64 id = existing.exec() && existing.next() ? existing.value(0).toLongLong() : 0;
            return Result<qint64>::failure(tr("%1 is already a source (%2).").arg(url).arg(id));
        }
        return Result<qint64>::failure(failure(tr("The source could not be added"), q));
    }
    return q.value(0).toLongLong();
}

Result<SourceStore::AddAllReport> SourceStore::addAll(const QList<Source> &sources)
{
    using R = Result<AddAllReport>;
    if (!m_db.transaction())
        return R::failure(tr("The sources could not be added: %1.").arg(m_db.lastError().databaseText()));
    AddAllReport report;
    for (const Source &source : sources) {
        const Result<std::optional<qint64>> existing = idOf(source.url);
        const Result<qint64> id = !existing   ? Result<qint64>::failure(existing.error())
                                  : *existing ? Result<qint64>(**existing)
                                              : add(source);
        if (!id) {
            m_db.rollback();
            return R::failure(id.error());
        }
        ++(existing && *existing ? report.known : report.added);
    }
    if (!m_db.commit())
        return R::failure(tr("The sources could not be added: %1.").arg(m_db.lastError().databaseText()));
    return report;
}

Status SourceStore::update(const Source &source)
{
    QString error;
    const QString url = normalizedUrl(source.url, &error);
    if (url.isEmpty())
        return Status::failure(error);
    if (source.intervalMinutes < 0)
        return Status::failure(tr("A source's interval cannot be negative."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sources SET url = ?, title = ?, kind = ?, link_pattern = ?, folder = ?, "
                             "interval_minutes = ?, enabled = ? WHERE id = ?"));
    q.addBindValue(url);
    q.addBindValue(text(source.title.simplified()));
    q.addBindValue(sourceKindName(source.kind));
    q.addBindValue(text(source.linkPattern.trimmed()));
    q.addBindValue(text(normalizedFolder(source.folder)));
    q.addBindValue(source.intervalMinutes);
    q.addBindValue(source.enabled);
    q.addBindValue(source.id);
    if (!q.exec()) {
        if (isUniqueViolation(q))
            return Status::failure(tr("%1 is already a source.").arg(url));
        return Status::failure(failure(tr("The source could not be changed"), q));
    }
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no source %1.").arg(source.id));
    return {};
}

Status SourceStore::setEnabled(qint64 id, bool enabled)
{
    QSqlQuery q(m_db);
    // Enabling again starts afresh: due now, the back-off forgotten.
    q.prepare(enabled ? QStringLiteral("UPDATE sources SET enabled = 1, failures = 0, next_fetch_at = NULL "
                                       "WHERE id = ?")
                      : QStringLiteral("UPDATE sources SET enabled = 0 WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(failure(tr("The source could not be changed"), q));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no source %1.").arg(id));
    return {};
}

Status SourceStore::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(failure(tr("The source could not be removed"), q));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no source %1.").arg(id));
    m_database.noteLinksChanged(); // its links went with it
    return {};
}

Status SourceStore::saveFetchState(const Source &source)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE sources SET title = CASE WHEN title = '' THEN ? ELSE title END, url = ?, enabled = ?, etag = "
        "?, "
        "last_modified = ?, last_fetch_at = ?, "
        "last_status = ?, last_http_status = ?, last_error = ?, failures = ?, next_fetch_at = ?, "
        "items_seen = ? WHERE id = ?"));
    q.addBindValue(text(source.title.simplified()));
    q.addBindValue(source.url);
    q.addBindValue(source.enabled);
    q.addBindValue(bytesOrNull(source.etag));
    q.addBindValue(bytesOrNull(source.lastModified));
    q.addBindValue(secondsOrNull(source.lastFetch));
    q.addBindValue(fetchStatusName(source.lastStatus));
    q.addBindValue(source.lastHttpStatus);
    q.addBindValue(text(source.lastError));
    q.addBindValue(source.failures);
    q.addBindValue(secondsOrNull(source.nextFetch));
    q.addBindValue(source.itemsSeen);
    q.addBindValue(source.id);
    if (!q.exec())
        return Status::failure(failure(tr("The source's fetch could not be recorded"), q));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no source %1.").arg(source.id));
    return {};
}

Status SourceStore::linkArticles(qint64 sourceId, const QList<qint64> &articleIds)
{
    if (articleIds.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO article_sources (source_id, article_id) VALUES (?, ?)"));
    QVariantList sources, articles;
    for (qint64 id : articleIds) {
        sources.append(sourceId);
        articles.append(id);
    }
    q.addBindValue(sources);
    q.addBindValue(articles);
    m_db.transaction();
    if (!q.execBatch()) {
        m_db.rollback();
        return Status::failure(failure(tr("The articles could not be linked to their source"), q));
    }
    if (!m_db.commit())
        return Status::failure(
            tr("The articles could not be linked to their source: %1.").arg(m_db.lastError().databaseText()));
    m_database.noteLinksChanged();
    return {};
}

Result<QSet<QString>> SourceStore::seenLinks(qint64 sourceId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT url FROM source_seen_links WHERE source_id = ?"));
    q.addBindValue(sourceId);
    if (!q.exec())
        return Result<QSet<QString>>::failure(failure(tr("The source's links could not be read"), q));
    QSet<QString> links;
    while (q.next())
        links.insert(q.value(0).toString());
    return links;
}

Status SourceStore::addSeenLinks(qint64 sourceId, const QStringList &links, const QDateTime &when)
{
    if (links.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO source_seen_links (source_id, url, seen_at) VALUES (?, ?, ?)"));
    QVariantList ids, urls, times;
    for (const QString &link : links) {
        ids.append(sourceId);
        urls.append(link);
        times.append(when.toSecsSinceEpoch());
    }
    q.addBindValue(ids);
    q.addBindValue(urls);
    q.addBindValue(times);
    m_db.transaction();
    if (!q.execBatch()) {
        m_db.rollback();
        return Status::failure(failure(tr("The source's links could not be recorded"), q));
    }
    if (!m_db.commit())
        return Status::failure(
            tr("The source's links could not be recorded: %1.").arg(m_db.lastError().databaseText()));
    return {};
}

} // namespace Clearance
