#include "CommandContext.h"
#include "Commands.h"
#include "FacetLabels.h"
#include "JsonOutput.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>

namespace Clearance {

int runShow(CommandContext &context)
{
    const QString format = context.takeFormat({QStringLiteral("text"), QStringLiteral("json")});
    if (format.isEmpty() || !context.rejectUnknownOptions())
        return ExitUsage;
    if (context.arguments().size() != 1)
        return context.usage(QCoreApplication::translate("clearance-cli", "show: give one article id."));
    bool ok = false;
    const qint64 id = context.arguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return context.usage(
            QCoreApplication::translate("clearance-cli", "show: \"%1\" is not an article id.")
                .arg(context.arguments().first()));
    Database *database = context.openLibrary();
    if (!database)
        return ExitBadInput;
    const ArticleStore store(*database);
    const auto article = store.article(id);
    if (!article)
        return context.fail(article.error());
    const auto facets = store.articleFacets(id);
    if (!facets)
        return context.fail(facets.error());

    std::array<QStringList, 4> keys;
    std::array<QStringList, 4> labels;
    for (const Facet &f : *facets) {
        keys[static_cast<size_t>(f.kind)].append(f.key);
        labels[static_cast<size_t>(f.kind)].append(FacetLabels::of(f.kind, f.key, f.label));
    }
    QCollator collator; // the language of this run
    for (QStringList &l : labels)
        std::sort(l.begin(), l.end(),
                  [&collator](const QString &x, const QString &y) { return collator.compare(x, y) < 0; });
    const Article &a = *article;
    if (format == QLatin1String("json")) {
        QJsonObject o{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("guid"), a.guid},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("body"), a.body},
            {QStringLiteral("url"), a.url},
            {QStringLiteral("source"), a.source},
            {QStringLiteral("language"), a.language},
            {QStringLiteral("published"), JsonOutput::isoDate(a.published)},
            {QStringLiteral("published_estimated"), a.publishedEstimated},
            {QStringLiteral("imported"), JsonOutput::isoDate(a.imported)},
            {QStringLiteral("read"), a.read},
            {QStringLiteral("starred"), a.starred},
            {QStringLiteral("no_text"), a.notes.testFlag(ArticleNote::NoText)},
            {QStringLiteral("title_from_text"), a.notes.testFlag(ArticleNote::TitleFromText)},
            {QStringLiteral("truncated"), a.notes.testFlag(ArticleNote::Truncated)},
            {QStringLiteral("future_date"), a.notes.testFlag(ArticleNote::FutureDate)},
        };
        o.insert(QStringLiteral("regions"), QJsonArray::fromStringList(keys[size_t(FacetKind::Region)]));
        o.insert(QStringLiteral("initiatives"),
                 QJsonArray::fromStringList(keys[size_t(FacetKind::Initiative)]));
        o.insert(QStringLiteral("organizations"),
                 QJsonArray::fromStringList(keys[size_t(FacetKind::Organization)]));
        o.insert(QStringLiteral("countries"), QJsonArray::fromStringList(keys[size_t(FacetKind::Country)]));
        JsonOutput::print(context.out(), o);
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << a.title << "\n\n";
    const QLocale locale;
    out << QCoreApplication::translate("clearance-cli", "Published: %1")
               .arg(locale.toString(a.published.toLocalTime(), QLocale::LongFormat))
        << (a.notes.testFlag(ArticleNote::FutureDate)
                ? QCoreApplication::translate("clearance-cli",
                                              " (date of import; the source's date was in the future)")
            : a.publishedEstimated
                ? QCoreApplication::translate("clearance-cli", " (date of import; the source gave none)")
                : QString())
        << '\n';
    if (!a.source.isEmpty())
        out << QCoreApplication::translate("clearance-cli", "Source: %1").arg(a.source) << '\n';
    if (!a.url.isEmpty())
        out << QCoreApplication::translate("clearance-cli", "Link: %1").arg(a.url) << '\n';
    // Whole lines to translate: French puts a space before the colon, Arabic and Chinese have their
    // own comma.
    const std::array<QString, 4> lines{QCoreApplication::translate("clearance-cli", "Regions: %1"),
                                       QCoreApplication::translate("clearance-cli", "Initiatives: %1"),
                                       QCoreApplication::translate("clearance-cli", "Organizations: %1"),
                                       QCoreApplication::translate("clearance-cli", "Countries: %1")};
    const QString separator =
        QCoreApplication::translate("clearance-cli", ", ", "between the tags of a kind in show");
    for (FacetKind kind : allFacetKinds) {
        const QStringList &l = labels[static_cast<size_t>(kind)];
        if (!l.isEmpty())
            out << lines[static_cast<size_t>(kind)].arg(l.join(separator)) << '\n';
    }
    if (a.notes.testFlag(ArticleNote::TitleFromText))
        out << QCoreApplication::translate("clearance-cli",
                                           "Note: the source gave no title; it is the start of "
                                           "the text.")
            << '\n';
    if (a.notes.testFlag(ArticleNote::NoText))
        out << '\n'
            << QCoreApplication::translate("clearance-cli", "No text in the feed: open the original.")
            << '\n';
    else
        out << '\n' << a.body << '\n';
    if (a.notes.testFlag(ArticleNote::Truncated))
        out << '\n'
            << QCoreApplication::translate("clearance-cli",
                                           "The text stops here: the source gave more than an "
                                           "article keeps.")
            << '\n';
    return ExitOk;
}

} // namespace Clearance
