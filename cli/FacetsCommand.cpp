#include "CommandContext.h"
#include "Commands.h"
#include "FacetLabels.h"
#include "JsonOutput.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace Clearance {

int runFacets(CommandContext &context)
{
    const std::optional<ArticleFilter> taken = context.takeFilter();
    if (!taken)
        return ExitUsage;
    ArticleFilter filter = *taken;
    const QString format = context.takeFormat({QStringLiteral("tsv"), QStringLiteral("json")});
    if (format.isEmpty() || !context.rejectUnknownOptions())
        return ExitUsage;
    if (!context.arguments().isEmpty())
        return context.usage(
            QCoreApplication::translate("clearance-cli", "facets: unexpected argument \"%1\".")
                .arg(context.arguments().first()));
    Database *database = context.openLibrary();
    if (!database)
        return ExitBadInput;
    const ArticleStore store(*database);
    if (!context.resolveFilterIds(filter, store))
        return ExitUsage;
    auto facets = store.facetCounts(filter);
    if (!facets)
        return context.fail(facets.error());
    // The library stores English labels; the window shows the taxonomy's in its language, and so do we.
    for (Facet &f : facets.value())
        f.label = FacetLabels::of(f.kind, f.key, f.label);
    FacetLabels::sort(facets.value());
    const auto total = store.countArticles(filter);
    if (!total)
        return context.fail(total.error());

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Facet &f : *facets) {
            array.append(QJsonObject{{QStringLiteral("kind"), facetKindName(f.kind)},
                                     {QStringLiteral("key"), f.key},
                                     {QStringLiteral("label"), f.label},
                                     {QStringLiteral("count"), f.count},
                                     {QStringLiteral("selected"), filter.values(f.kind).contains(f.key)}});
        }
        JsonOutput::print(context.out(), QJsonObject{{QStringLiteral("articles"), *total},
                                                     {QStringLiteral("facets"), array}});
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << "kind\tkey\tlabel\tcount\n";
    for (const Facet &f : *facets)
        out << facetKindName(f.kind) << '\t' << f.key << '\t' << JsonOutput::tsvField(f.label) << '\t'
            << f.count << '\n';
    return ExitOk;
}

} // namespace Clearance
