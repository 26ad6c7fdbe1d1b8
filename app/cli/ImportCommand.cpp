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
    // Every file is read and checked first: when none holds articles, the library is not even
    // created. Then each file is one transaction.
    int status = ExitOk;
    QList<std::pair<QString, QList<Article>>> readable;
    for (const QString &file : files) {
        Result<QList<Article>> articles = Importer::readFile(file);
        if (!articles) {
            context.err() << articles.error() << Qt::endl;
            status = ExitBadInput;
            continue;
        }
        readable.append({file, std::move(articles.value())});
    }
    if (readable.isEmpty())
        return status;
    Database *database = context.openLibrary(CommandContext::Create);
    if (!database)
        return ExitBadInput;
    ArticleStore store(*database);
    Importer importer(store, Tagger::standard());
    for (auto &[file, articles] : readable) {
        const Result<ImportReport> report = importer.importArticles(std::move(articles), file);
        if (!report) {
            context.err() << report.error() << Qt::endl;
            status = ExitBadInput;
            continue;
        }
        context.out() << QCoreApplication::translate("clearance-cli", "%1: %n article(s) added", nullptr,
                                                     report->added)
                             .arg(file)
                      << QCoreApplication::translate("clearance-cli", ", %n already in the library.", nullptr,
                                                     report->duplicates)
                      << Qt::endl;
    }
    return status;
}

} // namespace Clearance
