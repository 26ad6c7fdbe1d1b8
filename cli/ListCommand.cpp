#include "CommandContext.h"
#include "Commands.h"
#include "JsonOutput.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace Clearance {

int runList(CommandContext &context)
{
    const std::optional<ArticleFilter> taken = context.takeFilter();
    if (!taken)
        return ExitUsage;
    ArticleFilter filter = *taken;
    const QString format = context.takeFormat({QStringLiteral("tsv"), QStringLiteral("json")});
    if (format.isEmpty())
        return ExitUsage;
    ListPage page;
    page.limit = 0;
    if (const auto limit = context.takeValue(QStringLiteral("--limit"))) {
        bool ok = false;
        page.limit = limit->toInt(&ok);
        if (!ok || page.limit < 0)
            return context.usage(
                QCoreApplication::translate("clearance-cli", "--limit needs a whole number, not \"%1\".")
                    .arg(*limit));
    }
    if (!context.rejectUnknownOptions())
        return ExitUsage;
    if (!context.arguments().isEmpty())
        return context.usage(QCoreApplication::translate("clearance-cli", "list: unexpected argument \"%1\".")
                                 .arg(context.arguments().first()));
    Database *database = context.openLibrary();
    if (!database)
        return ExitBadInput;
    const ArticleStore store(*database);
    if (!context.resolveFilterIds(filter, store))
        return ExitUsage;
    const auto rows = store.listArticles(filter, page);
    if (!rows)
        return context.fail(rows.error());

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const ArticleSummary &s : *rows)
            array.append(JsonOutput::summary(s));
        JsonOutput::print(context.out(), array);
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << "id\ttitle\tpublished\tsource\tregions\tinitiatives\torganizations\tcountries\n";
    for (const ArticleSummary &s : *rows) {
        out << s.id << '\t' << JsonOutput::tsvField(s.title) << '\t' << JsonOutput::isoDate(s.published)
            << '\t' << JsonOutput::tsvField(s.source) << '\t' << s.regions.join(QLatin1Char(',')) << '\t'
            << s.initiatives.join(QLatin1Char(',')) << '\t' << s.organizations.join(QLatin1Char(',')) << '\t'
            << s.countries.join(QLatin1Char(',')) << '\n';
    }
    return ExitOk;
}

} // namespace Clearance
