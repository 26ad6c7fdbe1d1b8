#pragma once

#include "domain/ArticleFilter.h"
#include "domain/Result.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Clearance {

class ArticleStore;
class Database;
class TerminalOutput;

// Exit statuses of the command-line contract.
enum ExitCode
{
    ExitOk = 0,
    ExitBadInput = 1, // nothing was written
    ExitUsage = 2,
};

// What every subcommand gets: its arguments, the library path and the output streams.
class CommandContext final
{
public:
    CommandContext(QStringList arguments, QString libraryPath, bool libraryGiven);
    Q_DISABLE_COPY_MOVE(CommandContext)
    ~CommandContext();

    QStringList &arguments() { return m_arguments; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QString &libraryPath() const { return m_libraryPath; }

    enum OpenMode
    {
        // Reading commands: a mistyped --library path is an error, not a new empty library, and the
        // library is opened read-only (it may be on a read-only disk or belong to someone else).
        Read,
        Create, // writing commands: creates the library where there is none
                // Commands that change what a library holds (remove a source): a mistyped --library path is
                // an error, as for reading, but the library is opened for writing.
        Change,
    };
    // Opens the library; the default library is created with the sample articles on first use.
    Database *openLibrary(OpenMode mode = Read);
    int fail(const QString &message, int code = ExitBadInput);
    int usage(const QString &message);

    // Removes "--name VALUE" (or "--name=VALUE") from the arguments; every occurrence.
    QStringList takeValues(const QString &name);
    std::optional<QString> takeValue(const QString &name);
    bool takeFlag(const QString &name);
    // The FILTER options of the contract, their values as given. nullopt: a usage error was reported.
    std::optional<ArticleFilter> takeFilter();
    // Replaces each value of a FILTER option by its id, from the taxonomy or the library (any case);
    // false: a value is no id, and a usage error offering close ones was reported.
    bool resolveFilterIds(ArticleFilter &filter, const ArticleStore &store);
    // --format with the allowed values; the first is the default. Empty string: a usage error was reported.
    QString takeFormat(const QStringList &allowed);
    // Whatever is left must be positional; an unknown option is a usage error.
    bool rejectUnknownOptions();

private:
    QStringList m_arguments;
    QString m_libraryPath;
    bool m_libraryGiven = false;
    std::unique_ptr<TerminalOutput> m_outDevice;
    std::unique_ptr<TerminalOutput> m_errDevice;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_database;
};

} // namespace Clearance
