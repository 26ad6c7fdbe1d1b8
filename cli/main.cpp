// clearance-cli: the library, the tagger and the taxonomy from a terminal (see the command-line
// contract in the architecture note; exit 0 on success, 1 on bad input, 2 on bad usage).

#include "CommandContext.h"
#include "CommandHelp.h"
#include "Commands.h"
#include "i18n/InterfaceLanguage.h"
#include "service/SampleLibrary.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Clearance;

namespace {

// Only export-pdf needs fonts, so only it starts a QGuiApplication. The command line never shows a
// window: without a platform chosen, the offscreen one works with no display.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "export-pdf") == 0)
            return true;
    }
    return false;
}

// A QGuiApplication looks up the runtime folder, which the command line never uses, and warns on
// stderr when XDG_RUNTIME_DIR is unset (as under cron or in a container); that line would break the
// contract of one error sentence. Every other message goes through.
QtMessageHandler g_defaultHandler = nullptr;
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_defaultHandler = qInstallMessageHandler(quietRuntimeDirWarning);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Clearance"));
    QCoreApplication::setApplicationName(QStringLiteral("Clearance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLEARANCE_VERSION));

    // The language before any message: --lang, else the window's saved choice, else the system's.
    const InterfaceLanguage::Start language = InterfaceLanguage::applyAtStart(QCoreApplication::arguments());

    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!language.known || (language.requested && language.requested->isEmpty())) {
        err << QCoreApplication::translate("clearance-cli", "--lang needs one of: %1.")
                   .arg(InterfaceLanguage::codes().join(QLatin1String(", ")))
            << Qt::endl;
        return ExitUsage;
    }
    if (args.isEmpty()) {
        err << CommandHelp::program();
        return ExitUsage;
    }

    QString library = SampleLibrary::defaultPath();
    bool libraryGiven = false;
    QString command;
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (command.isEmpty() && (arg == QLatin1String("--help") || arg == QLatin1String("-h"))) {
            out << CommandHelp::program();
            return ExitOk;
        }
        if (command.isEmpty() && arg == QLatin1String("--version")) {
            out << "clearance-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        }
        if (arg == QLatin1String("--lang")) {
            ++i; // applied above
        } else if (arg.startsWith(QLatin1String("--lang="))) {
            // applied above
        } else if (arg == QLatin1String("--library")) {
            if (i + 1 >= args.size()) {
                err << QCoreApplication::translate("clearance-cli", "--library needs a path.") << Qt::endl;
                return ExitUsage;
            }
            library = args.at(++i);
            libraryGiven = true;
        } else if (arg.startsWith(QLatin1String("--library="))) {
            library = arg.mid(10);
            libraryGiven = true;
        } else if (command.isEmpty() && !arg.startsWith(QLatin1Char('-'))) {
            command = arg;
        } else {
            rest.append(arg);
        }
    }

    // "COMMAND --help": that command's usage, whatever else is given.
    if (!command.isEmpty() &&
        (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h")))) {
        if (const std::optional<QString> help = CommandHelp::of(command)) {
            out << *help;
            return ExitOk;
        }
    }
    CommandContext context(rest, library, libraryGiven);
    if (command == QLatin1String("import"))
        return runImport(context);
    if (command == QLatin1String("list"))
        return runList(context);
    if (command == QLatin1String("facets"))
        return runFacets(context);
    if (command == QLatin1String("show"))
        return runShow(context);
    if (command == QLatin1String("annotate"))
        return runAnnotate(context);
    if (command == QLatin1String("retag"))
        return runRetag(context);
    if (command == QLatin1String("export-pdf"))
        return runExportPdf(context);
    if (command == QLatin1String("taxonomy"))
        return runTaxonomy(context);
    if (command == QLatin1String("sources"))
        return runSources(context);
    if (command == QLatin1String("fetch"))
        return runFetch(context);
    if (command.isEmpty())
        return context.usage(QCoreApplication::translate("clearance-cli", "No command given."));
    return context.usage(
        QCoreApplication::translate("clearance-cli", "Unknown command \"%1\".").arg(command));
}
