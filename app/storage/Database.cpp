#include "Database.h"

#include "LibraryIdentity.h"
#include "Schema.h"
#include "SearchText.h"
#include "domain/Logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

namespace Clearance {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("clearance-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString notALibrary(const QString &path)
{
    return QCoreApplication::translate("Database",
                                       "The file %1 is not a Clearance library, or it is damaged; it was "
                                       "left as it is.")
        .arg(path);
}

// SQLite's primary result codes, as text (QSqlError) or number (sqlite3_errcode).
QString describe(int code, const QString &detail, const QString &path)
{
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED: another program holds the file
        return QCoreApplication::translate("Database", "The library %1 is locked by another program.")
            .arg(path);
    case 8: // SQLITE_READONLY
        return Database::readOnlyMessage(path);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return notALibrary(path);
    default:
        return QCoreApplication::translate("Database", "The library %1 could not be used: %2.")
            .arg(path, detail);
    }
}

QString describe(const QSqlError &error, const QString &path)
{
    return describe(error.nativeErrorCode().toInt(),
                    error.databaseText().isEmpty() ? error.text() : error.databaseText(), path);
}

// Whether this process may write the file and the folder it is in (SQLite writes its -wal, -shm and
// journal beside the file).
bool canWrite(const QFileInfo &info)
{
    const QFileInfo folder(info.absolutePath());
    return folder.isWritable() && (!info.exists() || info.isWritable());
}

} // namespace

bool Database::isWritable(const QString &path)
{
    return canWrite(QFileInfo(path));
}

Database::Database(QString path, Access access)
    : m_path(std::move(path))
    , m_access(access)
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

QString Database::readOnlyMessage(const QString &path)
{
    return QCoreApplication::translate("Database", "The library %1 is read-only; nothing was written.")
        .arg(path);
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
    // A library is created only where there is nothing to lose: no file, or an empty one (as a
    // program that reserves a name leaves).
    const bool blank = !info.exists() || info.size() == 0;
    if (!info.exists()) {
        if (m_access == Access::ReadOnly)
            return Status::failure(
                QCoreApplication::translate("Database", "There is no library at %1.").arg(m_path));
        if (!QDir().mkpath(info.absolutePath()))
            return Status::failure(
                QCoreApplication::translate("Database", "The folder %1 could not be created.")
                    .arg(info.absolutePath()));
    }
    const bool writable = canWrite(info);
    if (!writable && m_access == Access::ReadWrite)
        return Status::failure(readOnlyMessage(m_path));
    if (Status s = connect(writable); !s)
        return s;

    const LibraryIdentity::Verdict verdict = LibraryIdentity::inspect(m_handle);
    // A -wal without its -shm (left by a crash) cannot be read where the -shm cannot be made.
    if (verdict.sqliteError != 0 && !writable && QFileInfo::exists(m_path + QStringLiteral("-wal")) &&
        !QFileInfo::exists(m_path + QStringLiteral("-shm")))
        return Status::failure(QCoreApplication::translate("Database",
                                                           "The library %1 has recent changes in its -wal "
                                                           "file that cannot be read in a read-only folder; "
                                                           "open it once where it can be written.")
                                   .arg(m_path));
    if (verdict.sqliteError != 0)
        return Status::failure(
            describe(verdict.sqliteError, QString::fromUtf8(sqlite3_errmsg(m_handle)), m_path));
    if (verdict.kind == LibraryIdentity::Kind::Foreign ||
        (verdict.kind == LibraryIdentity::Kind::Empty && !blank))
        return Status::failure(notALibrary(m_path));
    if (verdict.kind == LibraryIdentity::Kind::Empty && m_access == Access::ReadOnly)
        return Status::failure(
            QCoreApplication::translate("Database", "The file %1 is empty; it is not a library yet.")
                .arg(m_path));
    if (Status s = applyPragmas(writable); !s)
        return s;
    // Migrating, and stamping a library of a release before the application id, are the only writes
    // a reading command may make, and only to a file that can be written.
    const bool upToDate = verdict.version == currentSchemaVersion() && verdict.stamped;
    if (!upToDate && verdict.version <= currentSchemaVersion() && !writable) {
        if (verdict.version < currentSchemaVersion())
            return Status::failure(
                QCoreApplication::translate("Database", "The library %1 was written by an older version "
                                                        "of Clearance and is read-only, so it cannot be "
                                                        "upgraded.")
                    .arg(m_path));
    } else if (Status s = migrate(verdict.version, verdict.stamped); !s) {
        return s;
    }
    QSqlQuery q(connection());
    if (writable && !q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return Status::failure(describe(q.lastError(), m_path));
    // A reading command cannot write even by mistake.
    if (m_access == Access::ReadOnly && !q.exec(QStringLiteral("PRAGMA query_only=ON")))
        return Status::failure(describe(q.lastError(), m_path));
    return {};
}

Status Database::connect(bool writable)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
    if (writable) {
        db.setDatabaseName(m_path);
    } else {
        // SQLite cannot read a WAL library in a folder it cannot write to (it would make its -shm)
        // unless told that the file will not change. That holds when there is no -wal: a connection
        // that writes keeps one while it is open, and only a checkpoint through it changes the file.
        // With a -wal, SQLite reads it and its -shm read-only.
        const bool immutable = !QFileInfo::exists(m_path + QStringLiteral("-wal"));
        QUrl uri = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath());
        uri.setQuery(immutable ? QStringLiteral("immutable=1") : QStringLiteral("mode=ro"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options << QStringLiteral("QSQLITE_OPEN_READONLY") << QStringLiteral("QSQLITE_OPEN_URI");
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
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
    return {};
}

Status Database::applyPragmas(bool writable)
{
    QSqlQuery q(connection());
    // None of these writes to the file; the journal mode, which does, is set after the migration (a
    // library being created is created in one transaction, so a failure leaves the empty file it was).
    QStringList pragmas{
        QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=5000"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA cache_size=-32768"), // 32 MiB
    };
    if (writable) {
        pragmas << QStringLiteral("PRAGMA synchronous=NORMAL")
                << QStringLiteral("PRAGMA journal_size_limit=67108864"); // no 300 MB WAL left by a big import
    }
    for (const QString &pragma : std::as_const(pragmas)) {
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

Status Database::migrate(int version, bool stamped)
{
    const int target = currentSchemaVersion();
    if (version > target) {
        return Status::failure(QCoreApplication::translate("Database",
                                                           "The library %1 was written by a newer version "
                                                           "of Clearance (schema %2; this version reads up "
                                                           "to %3).")
                                   .arg(m_path)
                                   .arg(version)
                                   .arg(target));
    }
    if (version == target && stamped)
        return {};
    if (version > 0 && version < target) {
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
                // Detail for a developer (QT_LOGGING_RULES="clearance.library.debug=true"), never on a
                // user's terminal.
                qCDebug(lcLibrary) << "migration to" << v + 1 << "failed:" << error.text() << statement;
                return Status::failure(describe(error, m_path));
            }
        }
    }
    // The stamp and the version in the migration's transaction: a file is a library whole or not.
    if (!q.exec(QStringLiteral("PRAGMA application_id=%1").arg(LibraryIdentity::kApplicationId)) ||
        !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(target)) || !db.commit()) {
        const QSqlError error = q.lastError().isValid() ? q.lastError() : db.lastError();
        db.rollback();
        return Status::failure(describe(error, m_path));
    }
    return {};
}

} // namespace Clearance
