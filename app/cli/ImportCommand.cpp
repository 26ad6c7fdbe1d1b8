#include "CommandContext.h"
#include "Commands.h"
#include "ingest/Importer.h"
#include "library/ArticleStore.h"
#include "library/Database.h"
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
    Database *database = context.openLibrary();
    if (!database)
        return ExitBadInput;
    ArticleStore store(*database);
    Importer importer(store, Tagger::standard());
    int status = ExitOk;
    for (const QString &file : files) {
        const Result<ImportReport> report = importer.importFile(file);
        if (!report) {
            context.err() << report.error() << Qt::endl;
            status = ExitBadInput;
            continue;
        }
        context.out() << QCoreApplication::translate("clearance-cli", "%1: %n article(s) added", nullptr, report->added)
                             .arg(file)
                      << QCoreApplication::translate("clearance-cli", ", %n already in the library.", nullptr,
                                                     report->duplicates)
                      << Qt::endl;
    }
    return status;
}

} // namespace Clearance
