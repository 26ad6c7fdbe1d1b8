#include "SavedViewStore.h"

#include "Database.h"
#include "domain/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Clearance {

namespace {

QString failure(const QString &what, const QSqlQuery &q)
{
    qCWarning(lcLibrary) << what << q.lastError().text();
    return SavedViewStore::tr("%1: %2.").arg(what, q.lastError().databaseText());
}

} // namespace

SavedViewStore::SavedViewStore(const Database &database)
    : m_db(database.connection())
{}

Result<QList<SavedView>> SavedViewStore::views() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, filter FROM saved_views ORDER BY name COLLATE NOCASE")))
        return Result<QList<SavedView>>::failure(failure(tr("The saved views could not be read"), q));
    QList<SavedView> out;
    while (q.next()) {
        const QJsonObject json = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        out.append(SavedView{q.value(0).toLongLong(), q.value(1).toString(), ArticleFilter::fromJson(json)});
    }
    return out;
}

Result<qint64> SavedViewStore::save(const QString &name, const ArticleFilter &filter)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Result<qint64>::failure(tr("A saved view needs a name."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO saved_views (name, filter, created_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET filter = excluded.filter RETURNING id"));
    q.addBindValue(trimmed);
    q.addBindValue(QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(failure(tr("The view could not be saved"), q));
    return q.value(0).toLongLong();
}

Status SavedViewStore::rename(qint64 id, const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Status::failure(tr("A saved view needs a name."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE saved_views SET name = ? WHERE id = ?"));
    q.addBindValue(trimmed);
    q.addBindValue(id);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067") ||
            q.lastError().nativeErrorCode() == QLatin1String("19"))
            return Status::failure(tr("A saved view is already called \"%1\".").arg(trimmed));
        return Status::failure(failure(tr("The view could not be renamed"), q));
    }
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("The saved view no longer exists."));
    return {};
}

Status SavedViewStore::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM saved_views WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(failure(tr("The view could not be deleted"), q));
    return {};
}

} // namespace Clearance
