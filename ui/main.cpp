// clearance: the reading window. `clearance [--library PATH] [FILE...]`; without a path it opens the
// default library, the one clearance-cli uses, created with the sample articles on first use. The files
// are imported into that library (the desktop entry's "Exec=clearance %F": "Open with Clearance").

#include "MainWindow.h"
#include "ingest/Importer.h"
#include "ingest/SampleLibrary.h"
#include "library/ArticleStore.h"
#include "library/Database.h"
#include "tagging/Tagger.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

using namespace Clearance;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("clearance", text);
}

// First use of the default library: create it with the sample articles, as clearance-cli does.
// LibraryService has no such option, so this runs once, briefly, before the library thread starts.
// An error is shown; the window then offers a way out when it fails to open the file.
void createSampleLibrary(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    Database database(path);
    QString error;
    if (const Status status = database.open(); !status) {
        error = status.error();
    } else {
        ArticleStore store(database);
        Importer importer(store, Tagger::standard());
        if (const auto report = SampleLibrary::populate(importer); !report)
            error = report.error();
    }
    if (!error.isEmpty())
        QMessageBox::warning(nullptr, tr("Sample Library"),
                             tr("The sample articles could not be added to the new library: %1").arg(error));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The same names as clearance-cli, so both find the same default library.
    QCoreApplication::setOrganizationName(QStringLiteral("Clearance"));
    QCoreApplication::setApplicationName(QStringLiteral("Clearance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLEARANCE_VERSION));
    QGuiApplication::setApplicationDisplayName(tr("Clearance"));
    // The application id (packaging/): Wayland's app id and the desktop entry the shell matches.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.clearance_reader.Clearance"));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1.png").arg(size), QSize(size, size));
    QGuiApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A desktop reader for customs and trade news."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
        QStringList{QStringLiteral("library")},
        tr("The library file to open (default: %1, created with the sample articles on first use).")
            .arg(QDir::toNativeSeparators(SampleLibrary::defaultPath())),
        tr("PATH"));
    parser.addOption(libraryOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("Files to import into the library once the window is open."),
                                 tr("[FILE...]"));
    parser.process(app);
    QStringList files;
    for (const QString &file : parser.positionalArguments())
        files.append(QFileInfo(file).absoluteFilePath());

    QString path = parser.value(libraryOption);
    if (path.isEmpty()) {
        path = SampleLibrary::defaultPath();
        if (!QFileInfo::exists(path))
            createSampleLibrary(path);
    }

    MainWindow window(path);
    window.show();
    window.importFiles(files); // on the library's thread, with the import's progress dialog
    return QApplication::exec();
}
