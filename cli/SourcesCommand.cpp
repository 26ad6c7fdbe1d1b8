// clearance-cli sources: the library's subscriptions (add, list, remove, enable, disable).

#include "CommandContext.h"
#include "Commands.h"
#include "FutureWait.h"
#include "JsonOutput.h"
#include "fetch/HttpFetcher.h"
#include "ingest/OpmlReader.h"
#include "ingest/OpmlWriter.h"
#include "service/FetchSettings.h"
#include "service/SourceDiscovery.h"
#include "service/SourceOpml.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

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

template<typename T>
T waitFor(const QFuture<T> &future)
{
    waitWithEvents(future);
    return future.result();
}

int importOpml(CommandContext &context)
{
    if (!context.rejectUnknownOptions())
        return ExitUsage;
    if (context.arguments().size() != 1)
        return context.usage(
            QCoreApplication::translate("clearance-cli", "sources import-opml: give one file."));
    const QString path = context.arguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(QCoreApplication::translate("clearance-cli", "%1 could not be read: %2.")
                                .arg(path, file.errorString()));
    const Result<OpmlReader::Document> document = OpmlReader::read(file);
    if (!document)
        return context.fail(QCoreApplication::translate("clearance-cli", "%1 was not imported: %2")
                                .arg(path, document.error()));
    Database *database = context.openLibrary(CommandContext::Create);
    if (!database)
        return ExitBadInput;
    SourceStore store(*database);
    const Result<SourceStore::AddAllReport> subscribed =
        store.addAll(SourceOpml::sources(document->outlines));
    if (!subscribed)
        return context.fail(subscribed.error());
    const int added = subscribed->added;
    const int known = subscribed->known;
    for (const OpmlReader::Skipped &skipped : document->skipped)
        context.err() << QCoreApplication::translate("clearance-cli", "%1: outline %2 (%3) left out: %4")
                             .arg(QFileInfo(path).fileName())
                             .arg(skipped.position)
                             .arg(skipped.title, skipped.reason)
                      << '\n';
    context.out() << QCoreApplication::translate("clearance-cli", "%1: %Ln source(s) added", nullptr, added)
                         .arg(QFileInfo(path).fileName())
                  << QCoreApplication::translate("clearance-cli", ", %Ln already followed", nullptr, known)
                  << QCoreApplication::translate("clearance-cli", ", %Ln left out.", nullptr,
                                                 static_cast<int>(document->skipped.size()))
                  << '\n';
    return ExitOk;
}

int exportOpml(CommandContext &context)
{
    if (!context.rejectUnknownOptions())
        return ExitUsage;
    if (context.arguments().size() != 1)
        return context.usage(QCoreApplication::translate(
            "clearance-cli", "sources export-opml: give one file, or - for standard output."));
    const QString path = context.arguments().constFirst();
    Database *database = context.openLibrary();
    if (!database)
        return ExitBadInput;
    if (path != QLatin1String("-") &&
        QFileInfo(path).canonicalFilePath() == QFileInfo(database->path()).canonicalFilePath())
        return context.fail(
            QCoreApplication::translate("clearance-cli", "%1 is the library; choose another file.")
                .arg(path));
    const Result<QList<Source>> sources = SourceStore(*database).sources();
    if (!sources)
        return context.fail(sources.error());
    const QByteArray opml = OpmlWriter::write(SourceOpml::outlines(*sources), QStringLiteral("Clearance"),
                                              QDateTime::currentDateTimeUtc());
    if (path == QLatin1String("-")) {
        context.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(opml) != opml.size())
            return context.fail(
                QCoreApplication::translate("clearance-cli", "The list could not be written."));
        return ExitOk;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(opml) != opml.size() || !file.commit())
        return context.fail(QCoreApplication::translate("clearance-cli", "%1 could not be written: %2.")
                                .arg(path, file.errorString()));
    return ExitOk;
}

int add(CommandContext &context)
{
    Source source;
    source.title = context.takeValue(QStringLiteral("--title")).value_or(QString());
    source.folder = context.takeValue(QStringLiteral("--folder")).value_or(QString());
    const std::optional<QString> interval = context.takeValue(QStringLiteral("--interval"));
    const std::optional<QString> links = context.takeValue(QStringLiteral("--links"));
    const bool page = context.takeFlag(QStringLiteral("--page"));
    const bool noCheck = context.takeFlag(QStringLiteral("--no-check"));
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

    QString urlError;
    if (SourceStore::normalizedUrl(source.url, &urlError).isEmpty())
        return context.fail(urlError);
    if (!page && !noCheck) {
        // A web page's address means its feed: look at what the address gives first.
        HttpFetcher fetcher(FetchSettings::options());
        const Result<Discovery> found = waitFor(SourceDiscovery::discover(fetcher, QUrl(source.url)));
        if (!found)
            return context.fail(found.error());
        if (!found->isFeed) {
            if (found->feeds.isEmpty())
                return context.fail(
                    QCoreApplication::translate("clearance-cli",
                                                "%1 is a web page without a feed; add it with --page to "
                                                "follow its article links.")
                        .arg(source.url));
            const FeedDiscovery::Feed &feed = found->feeds.constFirst();
            context.err() << QCoreApplication::translate("clearance-cli", "%1 is a web page; its feed is %2.")
                                 .arg(source.url, feed.url.toString())
                          << Qt::endl;
            source.url = feed.url.toString(QUrl::FullyEncoded);
            if (source.title.isEmpty())
                source.title = feed.title;
        }
    }
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
            "clearance-cli",
            "sources: give an action (add, list, remove, enable, disable, import-opml, export-opml)."));
    const QString action = args.takeFirst();
    if (action == QLatin1String("add"))
        return add(context);
    if (action == QLatin1String("list"))
        return list(context);
    if (action == QLatin1String("import-opml"))
        return importOpml(context);
    if (action == QLatin1String("export-opml"))
        return exportOpml(context);
    if (action == QLatin1String("remove") || action == QLatin1String("enable") ||
        action == QLatin1String("disable"))
        return change(context, action);
    return context.usage(
        QCoreApplication::translate("clearance-cli", "sources: unknown action \"%1\".").arg(action));
}

} // namespace Clearance
