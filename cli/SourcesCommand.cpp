// clearance-cli sources: the library's subscriptions (add, list, remove, enable, disable).

#include "CommandContext.h"
#include "Commands.h"
#include "JsonOutput.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Clearance {

namespace {

QJsonValue dateOrNull(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(JsonOutput::isoDate(when)) : QJsonValue();
}

QJsonObject sourceJson(const Source &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("url"), s.url},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("kind"), sourceKindName(s.kind)},
        {QStringLiteral("link_pattern"), s.linkPattern},
        {QStringLiteral("folder"), s.folder},
        {QStringLiteral("enabled"), s.enabled},
        // null: the library's default interval.
        {QStringLiteral("interval"), s.intervalMinutes > 0 ? QJsonValue(s.intervalMinutes) : QJsonValue()},
        {QStringLiteral("last_fetch"), dateOrNull(s.lastFetch)},
        {QStringLiteral("last_status"), fetchStatusName(s.lastStatus)},
        {QStringLiteral("last_http_status"),
         s.lastHttpStatus > 0 ? QJsonValue(s.lastHttpStatus) : QJsonValue()},
        {QStringLiteral("last_error"), s.lastError},
        {QStringLiteral("failures"), s.failures},
        {QStringLiteral("next_fetch"), dateOrNull(s.nextFetch)},
        {QStringLiteral("items_seen"), s.itemsSeen},
        {QStringLiteral("articles"), s.articles},
        {QStringLiteral("unread"), s.unread},
    };
}

// The one positional argument of remove/enable/disable: a source id.
std::optional<qint64> takeId(CommandContext &context, const QString &action)
{
    if (context.arguments().size() != 1) {
        context.usage(
            QCoreApplication::translate("clearance-cli", "sources %1: give one source id.").arg(action));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = context.arguments().constFirst().toLongLong(&ok);
    if (!ok || id <= 0) {
        context.usage(QCoreApplication::translate("clearance-cli", "sources %1: \"%2\" is not a source id.")
                          .arg(action, context.arguments().constFirst()));
        return std::nullopt;
    }
    return id;
}

int add(CommandContext &context)
{
    Source source;
    source.title = context.takeValue(QStringLiteral("--title")).value_or(QString());
    source.folder = context.takeValue(QStringLiteral("--folder")).value_or(QString());
    const std::optional<QString> interval = context.takeValue(QStringLiteral("--interval"));
    const std::optional<QString> links = context.takeValue(QStringLiteral("--links"));
    const bool page = context.takeFlag(QStringLiteral("--page"));
    if (!context.rejectUnknownOptions())
        return ExitUsage;
    if (context.arguments().size() != 1)
        return context.usage(QCoreApplication::translate("clearance-cli", "sources add: give one address."));
    if (interval) {
        bool ok = false;
        source.intervalMinutes = interval->toInt(&ok);
        if (!ok || source.intervalMinutes <= 0)
            return context.usage(QCoreApplication::translate(
                "clearance-cli", "--interval takes a number of minutes, 1 or more."));
    }
    if (links && !page)
        return context.usage(
            QCoreApplication::translate("clearance-cli", "--links is for page sources: add --page."));
    source.kind = page ? Source::Kind::Page : Source::Kind::Feed;
    source.linkPattern = links.value_or(QString());
    source.url = context.arguments().constFirst();

    Database *database = context.openLibrary(CommandContext::Create);
    if (!database)
        return ExitBadInput;
    SourceStore store(*database);
    const Result<qint64> id = store.add(source);
    if (!id)
        return context.fail(id.error());
    context.out() << *id << '\n';
    return ExitOk;
}

int list(CommandContext &context)
{
    const QString format = context.takeFormat({QStringLiteral("tsv"), QStringLiteral("json")});
    if (format.isEmpty() || !context.rejectUnknownOptions())
        return ExitUsage;
    if (!context.arguments().isEmpty())
        return context.usage(
            QCoreApplication::translate("clearance-cli", "sources list: unexpected argument \"%1\".")
                .arg(context.arguments().constFirst()));
    Database *database = context.openLibrary();
    if (!database)
        return ExitBadInput;
    const SourceStore store(*database);
    Result<QList<Source>> sources = store.sources();
    if (!sources)
        return context.fail(sources.error());
    if (const Status counted = ArticleStore(*database).countSourceArticles(sources.value()); !counted)
        return context.fail(counted.error());
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Source &s : *sources)
            array.append(sourceJson(s));
        JsonOutput::print(context.out(), array);
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << "id\tkind\tenabled\tfolder\ttitle\turl\tinterval\tlast_fetch\tlast_status\tnext_fetch\tarticles\t"
           "last_error\n";
    for (const Source &s : *sources) {
        out << s.id << '\t' << sourceKindName(s.kind) << '\t' << (s.enabled ? "yes" : "no") << '\t'
            << JsonOutput::tsvField(s.folder) << '\t' << JsonOutput::tsvField(s.title) << '\t' << s.url
            << '\t'
            << (s.intervalMinutes > 0 ? QString::number(s.intervalMinutes) : QStringLiteral("default"))
            << '\t' << JsonOutput::isoDate(s.lastFetch) << '\t' << fetchStatusName(s.lastStatus) << '\t'
            << JsonOutput::isoDate(s.nextFetch) << '\t' << s.articles << '\t'
            << JsonOutput::tsvField(s.lastError) << '\n';
    }
    return ExitOk;
}

// remove, enable, disable: one id, one change.
int change(CommandContext &context, const QString &action)
{
    if (!context.rejectUnknownOptions())
        return ExitUsage;
    const std::optional<qint64> id = takeId(context, action);
    if (!id)
        return ExitUsage;
    Database *database = context.openLibrary(CommandContext::Change);
    if (!database)
        return ExitBadInput;
    SourceStore store(*database);
    const Status done = action == QLatin1String("remove")
                            ? store.remove(*id)
                            : store.setEnabled(*id, action == QLatin1String("enable"));
    if (!done)
        return context.fail(done.error());
    return ExitOk;
}

} // namespace

int runSources(CommandContext &context)
{
    QStringList &args = context.arguments();
    if (args.isEmpty() || args.constFirst().startsWith(QLatin1Char('-')))
        return context.usage(QCoreApplication::translate(
            "clearance-cli", "sources: give an action (add, list, remove, enable, disable)."));
    const QString action = args.takeFirst();
    if (action == QLatin1String("add"))
        return add(context);
    if (action == QLatin1String("list"))
        return list(context);
    if (action == QLatin1String("remove") || action == QLatin1String("enable") ||
        action == QLatin1String("disable"))
        return change(context, action);
    return context.usage(
        QCoreApplication::translate("clearance-cli", "sources: unknown action \"%1\".").arg(action));
}

} // namespace Clearance
