#include "CommandContext.h"

#include "FilterIds.h"
#include "TerminalOutput.h"
#include "service/Importer.h"
#include "service/SampleLibrary.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"
#include "tagging/Tagger.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace Clearance {

namespace {

std::array<std::pair<FacetKind, QString>, 4> filterOptions()
{
    return {{
        {FacetKind::Region, QStringLiteral("--region")},
        {FacetKind::Initiative, QStringLiteral("--initiative")},
        {FacetKind::Organization, QStringLiteral("--org")},
        {FacetKind::Country, QStringLiteral("--country")},
    }};
}

} // namespace

CommandContext::CommandContext(QStringList arguments, QString libraryPath, bool libraryGiven)
    : m_arguments(std::move(arguments))
    , m_libraryPath(std::move(libraryPath))
    , m_libraryGiven(libraryGiven)
    , m_outDevice(std::make_unique<TerminalOutput>(STDOUT_FILENO))
    , m_errDevice(std::make_unique<TerminalOutput>(STDERR_FILENO))
    , m_out(m_outDevice.get())
    , m_err(m_errDevice.get())
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

CommandContext::~CommandContext()
{
    // The streams write into the devices: they go first.
    m_out.flush();
    m_err.flush();
}

Database *CommandContext::openLibrary(OpenMode mode)
{
    if (m_database)
        return m_database.get();
    const bool exists = QFileInfo::exists(m_libraryPath);
    if (m_libraryGiven && !exists && mode != Create) {
        fail(QCoreApplication::translate("clearance-cli", "There is no library at %1.").arg(m_libraryPath));
        return nullptr;
    }
    const bool createSample = !m_libraryGiven && !exists;
    auto database = std::make_unique<Database>(m_libraryPath, mode == Read && !createSample
                                                                  ? Database::Access::ReadOnly
                                                                  : Database::Access::ReadWrite);
    if (const Status s = database->open(); !s) {
        fail(s.error());
        return nullptr;
    }
    if (createSample) {
        ArticleStore store(*database);
        Importer importer(store, Tagger::standard());
        if (const auto report = SampleLibrary::populate(importer); !report) {
            fail(report.error());
            return nullptr;
        }
    }
    m_database = std::move(database);
    return m_database.get();
}

int CommandContext::fail(const QString &message, int code)
{
    m_err << message << Qt::endl;
    return code;
}

int CommandContext::usage(const QString &message)
{
    m_err << message << Qt::endl
          << QCoreApplication::translate("clearance-cli", "Run \"clearance-cli --help\" for usage.")
          << Qt::endl;
    return ExitUsage;
}

QStringList CommandContext::takeValues(const QString &name)
{
    QStringList values;
    const QString prefix = name + QLatin1Char('=');
    for (qsizetype i = 0; i < m_arguments.size();) {
        const QString &arg = m_arguments.at(i);
        if (arg == name && i + 1 < m_arguments.size()) {
            values.append(m_arguments.at(i + 1));
            m_arguments.remove(i, 2);
        } else if (arg.startsWith(prefix)) {
            values.append(arg.mid(prefix.size()));
            m_arguments.remove(i);
        } else {
            ++i;
        }
    }
    return values;
}

std::optional<QString> CommandContext::takeValue(const QString &name)
{
    const QStringList values = takeValues(name);
    if (values.isEmpty())
        return std::nullopt;
    return values.last();
}

bool CommandContext::takeFlag(const QString &name)
{
    return m_arguments.removeAll(name) > 0;
}

std::optional<ArticleFilter> CommandContext::takeFilter()
{
    ArticleFilter filter;
    const auto options = filterOptions();
    // Every option is taken before any is refused: what is left must be only what nobody takes.
    std::array<QStringList, 4> given;
    for (size_t k = 0; k < options.size(); ++k)
        given[k] = takeValues(options[k].second);
    const QStringList sources = takeValues(QStringLiteral("--source"));
    filter.search = takeValues(QStringLiteral("--search")).join(QLatin1Char(' '));
    filter.unreadOnly = takeFlag(QStringLiteral("--unread"));
    filter.starredOnly = takeFlag(QStringLiteral("--starred"));
    for (size_t k = 0; k < options.size(); ++k) {
        for (const QString &value : std::as_const(given[k])) {
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (const QString wanted = part.trimmed(); !wanted.isEmpty())
                    filter.values(options[k].first).append(wanted);
            }
        }
    }
    for (const QString &value : sources) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                usage(QCoreApplication::translate(
                          "clearance-cli", "--source takes source ids (\"clearance-cli sources list\"), "
                                           "not \"%1\".")
                          .arg(part.trimmed()));
                return std::nullopt;
            }
            filter.sources.append(id);
        }
    }
    return filter;
}

bool CommandContext::resolveFilterIds(ArticleFilter &filter, const ArticleStore &store)
{
    if (!filter.sources.isEmpty() && m_database) {
        const auto known = SourceStore(*m_database).sources();
        if (!known) {
            fail(known.error());
            return false;
        }
        for (qint64 id : std::as_const(filter.sources)) {
            if (std::none_of(known->cbegin(), known->cend(), [id](const Source &s) { return s.id == id; })) {
                usage(QCoreApplication::translate("clearance-cli",
                                                  "--source: there is no source %1; \"clearance-cli sources "
                                                  "list\" lists them.")
                          .arg(id));
                return false;
            }
        }
    }
    for (const auto &[kind, option] : filterOptions()) {
        QStringList &values = filter.values(kind);
        if (values.isEmpty())
            continue;
        const auto keys = store.facetKeys(kind);
        if (!keys) {
            fail(keys.error());
            return false;
        }
        FilterIds ids(kind, *keys);
        for (QString &wanted : values) {
            if (const std::optional<QString> id = ids.resolve(wanted)) {
                wanted = *id;
                continue;
            }
            const QStringList close = ids.closeMatches(wanted);
            usage(close.isEmpty() ? QCoreApplication::translate(
                                        "clearance-cli", "%1 has no value \"%2\"; \"clearance-cli taxonomy\" "
                                                         "lists them all.")
                                        .arg(option, wanted)
                                  : QCoreApplication::translate("clearance-cli",
                                                                "%1 has no value \"%2\"; did you mean %3?")
                                        .arg(option, wanted, close.join(QLatin1String(", "))));
            return false;
        }
    }
    return true;
}

QString CommandContext::takeFormat(const QStringList &allowed)
{
    const std::optional<QString> format = takeValue(QStringLiteral("--format"));
    if (!format)
        return allowed.first();
    if (!allowed.contains(*format)) {
        usage(QCoreApplication::translate("clearance-cli", "Unknown format \"%1\"; use one of: %2.")
                  .arg(*format, allowed.join(QLatin1String(", "))));
        return {};
    }
    return *format;
}

bool CommandContext::rejectUnknownOptions()
{
    for (const QString &arg : std::as_const(m_arguments)) {
        if (arg.startsWith(QLatin1String("--")) ||
            (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-"))) {
            usage(QCoreApplication::translate("clearance-cli",
                                              "Unknown option \"%1\" (or an option without its value).")
                      .arg(arg));
            return false;
        }
    }
    return true;
}

} // namespace Clearance
