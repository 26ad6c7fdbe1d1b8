#include "CommandContext.h"
#include "Commands.h"
#include "OutputFile.h"
#include "export/PdfExporter.h"
#include "render/FilterDescription.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "tagging/Tagger.h"

#include <QCoreApplication>
#include <QDir>

namespace Clearance {

namespace {
// "1,2, 3" -> ids; nullopt when a part is not a positive whole number.
std::optional<QList<qint64>> parseIds(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}
} // namespace

int runExportPdf(CommandContext &context)
{
    const std::optional<QString> output = context.takeValue(QStringLiteral("--output"));
    const std::optional<QString> idsText = context.takeValue(QStringLiteral("--ids"));
    const std::optional<QString> title = context.takeValue(QStringLiteral("--title"));
    const QString paper =
        context.takeValue(QStringLiteral("--paper")).value_or(QStringLiteral("a4")).toLower();
    PdfExportOptions options;
    options.contents = !context.takeFlag(QStringLiteral("--no-contents"));
    options.pagePerArticle = context.takeFlag(QStringLiteral("--page-per-article"));
    options.legend = !context.takeFlag(QStringLiteral("--no-legend"));
    const bool force = context.takeFlag(QStringLiteral("--force"));
    const std::optional<ArticleFilter> taken = context.takeFilter();
    if (!taken)
        return ExitUsage;
    ArticleFilter filter = *taken;
    if (!context.rejectUnknownOptions())
        return ExitUsage;
    if (!context.arguments().isEmpty())
        return context.usage(
            QCoreApplication::translate("clearance-cli", "export-pdf: unexpected argument \"%1\".")
                .arg(context.arguments().first()));
    if (!output || output->isEmpty())
        return context.usage(QCoreApplication::translate("clearance-cli", "export-pdf needs --output FILE."));
    if (paper == QLatin1String("a4"))
        options.paper = PdfExportOptions::Paper::A4;
    else if (paper == QLatin1String("letter"))
        options.paper = PdfExportOptions::Paper::Letter;
    else
        return context.usage(
            QCoreApplication::translate("clearance-cli", "Unknown paper size \"%1\"; use a4 or letter.")
                .arg(paper));
    std::optional<QList<qint64>> ids;
    if (idsText) {
        ids = parseIds(*idsText);
        if (!ids || ids->isEmpty())
            return context.usage(
                QCoreApplication::translate("clearance-cli",
                                            "--ids needs article ids separated by commas, not \"%1\".")
                    .arg(*idsText));
        if (!filter.isEmpty())
            return context.usage(QCoreApplication::translate(
                "clearance-cli", "export-pdf: give either --ids or filter options, not both."));
    }

    // Refused before the library is even opened: nothing is written over what the user did not name.
    OutputFile target(*output, force);
    if (const Status s = target.check(context.libraryPath()); !s)
        return context.fail(s.error());

    Database *database = context.openLibrary();
    if (!database)
        return ExitBadInput;
    const ArticleStore store(*database);
    if (!context.resolveFilterIds(filter, store))
        return ExitUsage;
    if (!ids) {
        const auto matching = store.articleIds(filter);
        if (!matching)
            return context.fail(matching.error());
        if (matching->isEmpty())
            return context.fail(QCoreApplication::translate(
                "clearance-cli", "No article matches the filter; nothing was exported."));
        ids = *matching;
    }
    const auto articles = PdfExporter::load(store, *ids);
    if (!articles)
        return context.fail(articles.error());

    const auto tagger = Tagger::standard();
    const QString language = QLocale::languageToCode(QLocale().language());
    const QString described = FilterDescription::describe(filter, tagger->taxonomy(), language);
    options.title = title ? *title : FilterDescription::defaultTitle(filter, tagger->taxonomy(), language);
    options.filterDescription = idsText ? QCoreApplication::translate("clearance-cli", "Chosen articles")
                                : described.isEmpty()
                                    ? QCoreApplication::translate("clearance-cli", "All articles")
                                    : described;
    const PdfExporter exporter(tagger, options);
    const Result<QString> written = target.prepare();
    if (!written)
        return context.fail(written.error());
    const auto report = exporter.write(*articles, *written);
    if (!report)
        return context.fail(QString(report.error()).replace(*written, *output));
    if (const Status s = target.commit(); !s)
        return context.fail(s.error());
    if (target.isStandardOutput())
        return ExitOk; // standard output holds the PDF and nothing else
    context.out()
        << QCoreApplication::translate("clearance-cli", "Wrote %1: ").arg(QDir::toNativeSeparators(*output))
        << QCoreApplication::translate("clearance-cli", "%n article(s)", nullptr, report->articles)
        << QCoreApplication::translate("clearance-cli", ", %n page(s).", nullptr, report->pages) << Qt::endl;
    return ExitOk;
}

} // namespace Clearance
