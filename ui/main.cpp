// clearance: the reading window. `clearance [--library PATH]`; without a path it opens the default
// library, the one clearance-cli uses, created with the sample articles on first use.

#include "MainWindow.h"
#include "ingest/SampleLibrary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Clearance;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("clearance", text);
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
    parser.process(app);

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
    return QApplication::exec();
}
