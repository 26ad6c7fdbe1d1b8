// clearance: the reading window. `clearance [--library PATH] [FILE...]`; without a path it opens the
// default library, the one clearance-cli uses, created with the sample articles on first use. The files
// are imported into that library (the desktop entry's "Exec=clearance %F": "Open with Clearance").

#include "MainWindow.h"
#include "ingest/SampleLibrary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

using namespace Clearance;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The same names as clearance-cli, so both find the same default library.
    QCoreApplication::setOrganizationName(QStringLiteral("Clearance"));
    QCoreApplication::setApplicationName(QStringLiteral("Clearance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLEARANCE_VERSION));
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
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("clearance", "Files to import into the library once the window is open."),
        QCoreApplication::translate("clearance", "[FILE...]"));
    parser.process(app);
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
