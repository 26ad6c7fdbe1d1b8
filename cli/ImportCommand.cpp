#include "CommandContext.h"
#include "Commands.h"
#include "InputSpool.h"
#include "service/Importer.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "tagging/Tagger.h"

#include <QCoreApplication>

namespace Clearance {

int runImport(CommandContext &context)
{
    if (!context.rejectUnknownOptions())
        return ExitUsage;
    const QStringList files = context.arguments();
    if (files.isEmpty())
        return context.usage(QCoreApplication::translate("clearance-cli", "import: give one or more files."));
    // Every file is checked first: when none can be imported, the library is not even created. Then
    // each file streams into the library in one transaction. A stream is read once, into a copy.
    int status = ExitOk;
    InputSpool spool;
    QList<std::pair<QString, QString>> importable; // the argument, the file to read
    for (const QString &file : files) {
        QString path = file;
        if (InputSpool::isStream(file)) {
            const Result<QString> copy = spool.spool(file);
            if (!copy) {
                context.err() << copy.error() << Qt::endl;
                status = ExitBadInput;
                continue;
            }
            path = *copy;
        }
        // The importer names the file it read; the user knows it by the name they gave.
        if (const Status check = Importer::checkFile(path); !check) {
            context.err() << QString(check.error()).replace(path, file) << Qt::endl;
            status = ExitBadInput;
            continue;
        }
        importable.append({file, path});
    }
    if (importable.isEmpty())
        return status;
    Database *database = context.openLibrary(CommandContext::Create);
    if (!database)
        return ExitBadInput;
    ArticleStore store(*database);
    Importer importer(store, Tagger::standard());
    for (const auto &[file, path] : std::as_const(importable)) {
        const Result<ImportReport> report = importer.importFile(path);
        if (!report) {
            context.err() << QString(report.error()).replace(path, file) << Qt::endl;
            status = ExitBadInput;
            continue;
        }
        // The breakdown of what was already there, and the skipped items, only when there are any.
        const int known = report->updated + report->unchanged;
        QTextStream &out = context.out();
        out << QCoreApplication::translate("clearance-cli", "%1: %n article(s) added", nullptr, report->added)
                   .arg(file)
            << QCoreApplication::translate("clearance-cli", ", %n already in the library", nullptr, known);
        if (known > 0)
            out << QCoreApplication::translate("clearance-cli", " (%n updated", nullptr, report->updated)
                << QCoreApplication::translate("clearance-cli", ", %n unchanged)", nullptr,
                                               report->unchanged);
        if (report->skipped > 0)
            out << QCoreApplication::translate(
                "clearance-cli", ", %n skipped for having neither title nor text", nullptr, report->skipped);
        if (!report->refused.isEmpty())
            out << QCoreApplication::translate("clearance-cli", ", %n refused by the library", nullptr,
                                               static_cast<int>(report->refused.size()));
        out << QCoreApplication::translate("clearance-cli", "; read as %1.").arg(report->format) << Qt::endl;
        for (const RefusedItem &item : report->refused) {
            context.err() << QCoreApplication::translate("clearance-cli",
                                                         "%1: item %2 (“%3”) was not saved: %4.")
                                 .arg(file)
                                 .arg(item.position)
                                 .arg(item.title, item.reason)
                          << Qt::endl;
        }
    }
    return status;
}

} // namespace Clearance
