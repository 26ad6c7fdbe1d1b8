#include "SampleLibrary.h"

#include <QDir>
#include <QStandardPaths>

namespace Clearance {

QString SampleLibrary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/library.sqlite");
}

QStringList SampleLibrary::files()
{
    const QDir dir(QStringLiteral(":/sample"));
    QStringList out;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

Result<ImportReport> SampleLibrary::populate(Importer &importer)
{
    ImportReport total;
    total.file = QStringLiteral(":/sample");
    for (const QString &file : files()) {
        const Result<ImportReport> report = importer.importFile(file);
        if (!report)
            return report;
        total.added += report->added;
        total.updated += report->updated;
        total.unchanged += report->unchanged;
    }
    return total;
}

} // namespace Clearance
