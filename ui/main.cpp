// clearance: the reading window. `clearance [--library PATH] [FILE...]`; without a path it opens the
// default library, the one clearance-cli uses, created with the sample articles on first use. The files
// are imported into that library (the desktop entry's "Exec=clearance %F": "Open with Clearance").

#include "MainWindow.h"
#include "i18n/InterfaceLanguage.h"
#include "service/SampleLibrary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <optional>

using namespace Clearance;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The same names as clearance-cli, so both find the same default library.
    QCoreApplication::setOrganizationName(QStringLiteral("Clearance"));
    QCoreApplication::setApplicationName(QStringLiteral("Clearance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLEARANCE_VERSION));
    // The language first (--lang, else the reader's choice, else the system's), so that --help and every
    // message are in it; --lang applies to this run only.
    const InterfaceLanguage::Start language = InterfaceLanguage::applyAtStart(QCoreApplication::arguments());
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("clearance", "Clearance"));
    // The application id (packaging/): Wayland's app id and the desktop entry the shell matches.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.clearance_reader.Clearance"));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1.png").arg(size), QSize(size, size));
    QGuiApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("clearance", "A desktop reader for customs and trade news."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
        QStringList{QStringLiteral("library")},
        QCoreApplication::translate(
            "clearance",
            "The library file to open (default: %1, created with the sample articles on first use).")
            .arg(QDir::toNativeSeparators(SampleLibrary::defaultPath())),
        QCoreApplication::translate("clearance", "PATH"));
    parser.addOption(libraryOption);
    const QCommandLineOption languageOption(
        QStringList{QStringLiteral("lang")},
        QCoreApplication::translate("clearance",
                                    "The language of the interface for this run: %1 (default: the one "
                                    "chosen in Preferences, else the system's).")
            .arg(InterfaceLanguage::codes().join(QLatin1String(", "))),
        QCoreApplication::translate("clearance", "CODE"));
    parser.addOption(languageOption);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("clearance", "Files to import into the library once the window is open."),
        QCoreApplication::translate("clearance", "[FILE...]"));
    parser.process(app);
    if (!language.known) {
        std::fputs(
            qPrintable(QCoreApplication::translate("clearance", "Unknown language \"%1\"; use one of: %2.")
                           .arg(*language.requested, InterfaceLanguage::codes().join(QLatin1String(", "))) +
                       QLatin1Char('\n')),
            stderr);
        return 2;
    }
    QStringList files;
    for (const QString &file : parser.positionalArguments())
        files.append(QFileInfo(file).absoluteFilePath());

    QString path = parser.value(libraryOption);
    bool firstUse = false;
    if (path.isEmpty()) {
        path = SampleLibrary::defaultPath();
        firstUse = !QFileInfo::exists(path);
        if (firstUse)
            QDir().mkpath(QFileInfo(path).absolutePath());
    }

    MainWindow window(path);
    if (firstUse)
        window.addSamplesWhenOpened();
    window.show();
    window.importFiles(files); // on the library's thread, with the import's progress dialog
    return QApplication::exec();
}
