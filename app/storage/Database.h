#pragma once

#include "domain/Result.h"

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
    enum class Access
    {
        ReadWrite,
        ReadOnly, // the caller only reads: nothing is written, not even the journal mode
    };
    explicit Database(QString path, Access access = Access::ReadWrite);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens and migrates. A library is created only where there is no file, or an empty one; an SQLite
    // file that is not a Clearance library (LibraryIdentity) is refused with nothing written. A file or
    // folder that cannot be written is opened for reading when reading is all that is asked, and
    // refused ("read-only") otherwise. On failure, the error says what the user can do: not a
    // library, a newer schema, read-only, locked by another program.
    Status open();
    bool isOpen() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    QSqlDatabase connection() const;
    // The connection's sqlite3 handle, for SqliteStatement. Valid while the Database is open.
    sqlite3 *handle() const { return m_handle; }
    const QString &path() const { return m_path; }

    // Changes whenever this process links articles to sources or removes a source (SourceStore,
    // ArticleStore's imports from a source): what the queries cache of those links holds while it is the
    // same and PRAGMA data_version says no other connection wrote.
    quint64 linksGeneration() const { return m_linksGeneration; }
    void noteLinksChanged() const { ++m_linksGeneration; }

    static int currentSchemaVersion();
    // The version stored in the file; 0 for a new file.
    int schemaVersion() const;

    // Whether the library file (or, where there is none yet, its folder) can be written: a library
    // that cannot is opened with Access::ReadOnly to be read at all.
    static bool isWritable(const QString &path);
    // The message for a write refused because the library is read-only.
    static QString readOnlyMessage(const QString &path);

private:
    Status connect(bool writable);
    Status applyPragmas(bool writable);
    Status migrate(int version, bool stamped);
    Status backupBeforeMigration(int fromVersion);

    QString m_path;
    Access m_access = Access::ReadWrite;
    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
    mutable quint64 m_linksGeneration = 0;
};

} // namespace Clearance
