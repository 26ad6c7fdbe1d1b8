#include "LibraryIdentity.h"

#include "Schema.h"
#include "SearchText.h"

#include <QSet>
#include <QString>

#include <sqlite3.h>

namespace Clearance {

namespace {

// The first column of the first row of `sql` as an int; sets `error` on failure.
int integer(sqlite3 *db, const char *sql, int &error)
{
    sqlite3_stmt *statement = nullptr;
    int value = 0;
    error = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    if (error == SQLITE_OK) {
        const int step = sqlite3_step(statement);
        if (step == SQLITE_ROW)
            value = sqlite3_column_int(statement, 0);
        else if (step != SQLITE_DONE)
            error = sqlite3_errcode(db);
    }
    sqlite3_finalize(statement);
    return value;
}

// The names of the tables, but SQLite's own (sqlite_stat1, sqlite_sequence). Indexes, triggers and
// views are not compared: a team may add its own rules to its library (ArticleStore reports the
// items such a trigger refuses), and a library must not become foreign for it.
QSet<QString> schemaObjects(sqlite3 *db, int &error)
{
    QSet<QString> objects;
    sqlite3_stmt *statement = nullptr;
    error = sqlite3_prepare_v2(db,
                               "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                               "'sqlite\\_%' ESCAPE '\\'",
                               -1, &statement, nullptr);
    if (error == SQLITE_OK) {
        int step;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW)
            objects.insert(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
        if (step != SQLITE_DONE)
            error = sqlite3_errcode(db);
    }
    sqlite3_finalize(statement);
    return objects;
}

// The tables a library of `version` holds: the migrations up to it, run on an empty database in memory.
QSet<QString> expectedObjects(int version)
{
    sqlite3 *memory = nullptr;
    QSet<QString> objects;
    if (sqlite3_open(":memory:", &memory) == SQLITE_OK && SearchText::registerFunction(memory)) {
        bool ok = true;
        for (int v = 0; ok && v < version; ++v) {
            for (const QString &statement : Schema::migrations().at(v))
                ok = ok && sqlite3_exec(memory, statement.toUtf8().constData(), nullptr, nullptr, nullptr) ==
                               SQLITE_OK;
        }
        int error = SQLITE_OK;
        if (ok)
            objects = schemaObjects(memory, error);
    }
    sqlite3_close(memory);
    return objects;
}

} // namespace

LibraryIdentity::Verdict LibraryIdentity::inspect(sqlite3 *db)
{
    Verdict verdict;
    const int applicationId = integer(db, "PRAGMA application_id", verdict.sqliteError);
    if (verdict.sqliteError != SQLITE_OK)
        return verdict;
    verdict.version = integer(db, "PRAGMA user_version", verdict.sqliteError);
    if (verdict.sqliteError != SQLITE_OK)
        return verdict;
    const QSet<QString> objects = schemaObjects(db, verdict.sqliteError);
    if (verdict.sqliteError != SQLITE_OK)
        return verdict;

    verdict.stamped = applicationId == kApplicationId;
    if (verdict.stamped) {
        verdict.kind = objects.isEmpty() && verdict.version == 0 ? Kind::Empty : Kind::Clearance;
    } else if (applicationId != 0) {
        verdict.kind = Kind::Foreign;
    } else if (objects.isEmpty() && verdict.version == 0) {
        verdict.kind = Kind::Empty;
    } else if (verdict.version >= 1 && verdict.version <= static_cast<int>(Schema::migrations().size()) &&
               objects == expectedObjects(verdict.version)) {
        // A library of a release before the stamp: exactly the schema that release wrote.
        verdict.kind = Kind::Clearance;
    }
    return verdict;
}

} // namespace Clearance
