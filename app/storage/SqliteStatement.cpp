#include "SqliteStatement.h"

#include <sqlite3.h>

namespace Clearance {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (db && sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        m_statement = nullptr;
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QByteArray &sql)
    : SqliteStatement(db, sql.constData())
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

QString SqliteStatement::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no connection");
}

bool SqliteStatement::failedOnConstraint() const
{
    return m_db && (sqlite3_extended_errcode(m_db) & 0xFF) == SQLITE_CONSTRAINT;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &text, Empty empty)
{
    if (text.isEmpty()) {
        if (empty == Empty::Null)
            sqlite3_bind_null(m_statement, index);
        else
            sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC);
        return;
    }
    sqlite3_bind_text16(m_statement, index, text.utf16(), static_cast<int>(text.size() * 2),
                        SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &text)
{
    sqlite3_bind_text(m_statement, index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8NoCopy(int index, const QByteArray &text, Empty empty)
{
    if (text.isEmpty()) {
        if (empty == Empty::Null)
            sqlite3_bind_null(m_statement, index);
        else
            sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC);
        return;
    }
    sqlite3_bind_text(m_statement, index, text.constData(), static_cast<int>(text.size()), SQLITE_STATIC);
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_done = rc == SQLITE_DONE;
    return false;
}

bool SqliteStatement::exec()
{
    while (next()) {
    }
    const bool ok = m_done;
    reset();
    return ok;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    m_done = false;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return data ? QString(reinterpret_cast<const QChar *>(data), bytes / 2) : QString();
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int bytes = sqlite3_column_bytes(m_statement, column);
    return data ? QByteArrayView(data, bytes) : QByteArrayView();
}

} // namespace Clearance
