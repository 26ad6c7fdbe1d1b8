#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Clearance {

// A prepared statement on the connection's own sqlite3 handle, for the few loops that run a statement
// a million times (bulk import, loading the facet index): binding through QVariant costs more than
// the work itself there. Everything else goes through QSqlQuery.
class SqliteStatement final
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    SqliteStatement(sqlite3 *db, const QByteArray &sql);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    bool isValid() const { return m_statement != nullptr; }
    // The SQLite message of the last failure, for logs and errors.
    QString error() const;
    // Whether the last failure was a constraint of the schema (NOT NULL, UNIQUE, CHECK, a trigger's
    // RAISE) refusing the values bound: the statement wrote nothing and the connection is fine, unlike
    // a full disk or an I/O error.
    bool failedOnConstraint() const;

    // What empty text binds: NULL for a column that may lack a value (a link, HTML), '' for one that
    // must have one (a title, a body).
    enum class Empty
    {
        Null,
        Text
    };

    void bind(int index, qint64 value);
    void bind(int index, const QString &text, Empty empty = Empty::Null);
    void bindUtf8(int index, const QByteArray &text);
    // Binds the bytes without a copy: they must stay as they are until the statement is reset or bound
    // again.
    void bindUtf8NoCopy(int index, const QByteArray &text, Empty empty = Empty::Null);
    // One step: true while a row is available. After the last row (or a write), done() says whether
    // the statement finished without error.
    bool next();
    bool done() const { return m_done; }
    // Runs a statement that returns no rows to completion and resets it for the next bindings.
    bool exec();
    void reset();

    qint64 int64(int column) const;
    // Of the connection: rows changed by the last write, and the id of the last inserted row.
    int changes() const;
    qint64 lastInsertId() const;
    QString text(int column) const;
    // The column's UTF-8 text, valid until the next step or reset.
    QByteArrayView utf8(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_done = false;
};

} // namespace Clearance
