#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace Clearance {

// One connection to a library file, opened with the pragmas every connection needs and the schema
// migrated to the current version. Each thread opens its own Database (named connections are per
// thread in Qt); the GUI and the command line may hold the same file at once.
class Database final
{
public:
    explicit Database(QString path);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens (creating the file if needed) and migrates. On failure, the error says what the user can
    // do: not a library, a newer schema, locked by another program.
    Status open();
    bool isOpen() const;
    QSqlDatabase connection() const;
    // The connection's sqlite3 handle, for SqliteStatement. Valid while the Database is open.
    sqlite3 *handle() const { return m_handle; }
    const QString &path() const { return m_path; }

    static int currentSchemaVersion();
    // The version stored in the file; 0 for a new file.
    int schemaVersion() const;

private:
    Status applyPragmas();
    Status migrate();
    Status backupBeforeMigration(int fromVersion);

    QString m_path;
    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
};

} // namespace Clearance
