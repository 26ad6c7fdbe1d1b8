#include "Database.h"

#include "Logging.h"
#include "Schema.h"
#include "SearchText.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Clearance {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("clearance-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isBusy(const QSqlError &error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another program holds the file.
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6");
}

QString describe(const QSqlError &error, const QString &path)
{
    const QString code = error.nativeErrorCode();
    if (isBusy(error))
        return QCoreApplication::translate("Database", "The library %1 is locked by another program.")
            .arg(path);
    if (code == QLatin1String("26") || code == QLatin1String("11"))
        return QCoreApplication::translate("Database",
                                           "The file %1 is not a Clearance library, or it is damaged.")
            .arg(path);
    return QCoreApplication::translate("Database", "The library %1 could not be used: %2.")
        .arg(path, error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    m_handle = nullptr;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::currentSchemaVersion()
{
    return static_cast<int>(Schema::migrations().size());
}

bool Database::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::open()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Status::failure(QCoreApplication::translate(
            "Database", "The Qt SQLite driver is not installed (package libqt6sql6-sqlite)."));

    const QFileInfo info(m_path);
    if (info.exists() && info.isDir())
        return Status::failure(
            QCoreApplication::translate("Database", "%1 is a folder, not a library file.").arg(m_path));
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(QCoreApplication::translate("Database", "The folder %1 could not be created.")
                                   .arg(info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Status::failure(describe(db.lastError(), m_path));

    // The hot loops use the handle directly; that is only safe when Qt's driver runs on the very
    // SQLite library we link (Debian and Ubuntu build it against the system libsqlite3).
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    QString driverVersion;
    {
        QSqlQuery version(db);
        if (version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next())
            driverVersion = version.value(0).toString();
    }
    if (!m_handle || driverVersion != QLatin1String(sqlite3_libversion())) {
        m_handle = nullptr;
        return Status::failure(QCoreApplication::translate(
            "Database", "Qt's SQLite driver does not use the SQLite library Clearance was built with."));
    }

    // The search index holds folded text (SearchText); the triggers that keep it call this function.
    if (!SearchText::registerFunction(m_handle))
        return Status::failure(describe(db.lastError(), m_path));
    if (Status s = applyPragmas(); !s)
        return s;
    return migrate();
}

Status Database::applyPragmas()
{
    QSqlQuery q(connection());
    // Reading the schema first tells a non-database file apart before we try to change it.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Status::failure(describe(q.lastError(), m_path));
    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA cache_size=-32768"),           // 32 MiB
        QStringLiteral("PRAGMA journal_size_limit=67108864"), // a big import leaves no 300 MB WAL behind
    };
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return Status::failure(describe(q.lastError(), m_path));
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::backupBeforeMigration(int fromVersion)
{
    const QString backup = m_path + QStringLiteral(".v%1.backup").arg(fromVersion);
    QFile::remove(backup);
    QSqlQuery q(connection());
    // VACUUM INTO writes a consistent copy even while the WAL holds recent pages.
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(backup);
    if (!q.exec()) {
        return Status::failure(QCoreApplication::translate("Database",
                                                           "The library %1 was not upgraded because its "
                                                           "backup copy %2 could not be written: %3.")
                                   .arg(m_path, backup, q.lastError().databaseText()));
    }
    qCInfo(lcLibrary) << "backed up" << m_path << "to" << backup << "before migrating from" << fromVersion;
    return {};
}

Status Database::migrate()
{
    const int version = schemaVersion();
    const int target = currentSchemaVersion();
    if (version < 0)
        return Status::failure(describe(connection().lastError(), m_path));
    if (version > target) {
        return Status::failure(QCoreApplication::translate("Database",
                                                           "The library %1 was written by a newer version "
                                                           "of Clearance (schema %2; this version reads up "
                                                           "to %3).")
                                   .arg(m_path)
                                   .arg(version)
                                   .arg(target));
    }
    if (version == target)
        return {};
    if (version > 0) {
        if (Status s = backupBeforeMigration(version); !s)
            return s;
    }

    QSqlDatabase db = connection();
    if (!db.transaction())
        return Status::failure(describe(db.lastError(), m_path));
    QSqlQuery q(db);
    const auto &steps = Schema::migrations();
    for (int v = version; v < target; ++v) {
        for (const QString &statement : steps.at(v)) {
            if (!q.exec(statement)) {
                const QSqlError error = q.lastError();
                db.rollback();
                qCWarning(lcLibrary) << "migration to" << v + 1 << "failed:" << error.text() << statement;
                return Status::failure(describe(error, m_path));
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(target)) || !db.commit()) {
        const QSqlError error = q.lastError().isValid() ? q.lastError() : db.lastError();
        db.rollback();
        return Status::failure(describe(error, m_path));
    }
    return {};
}

} // namespace Clearance
