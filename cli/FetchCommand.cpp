// clearance-cli fetch: fetches the library's sources now, for cron and servers.

#include "CommandContext.h"
#include "Commands.h"
#include "FutureWait.h"
#include "JsonOutput.h"
#include "service/FetchSettings.h"
#include "service/LibraryService.h"
#include "service/LibraryThread.h"
#include "service/SourceRefresher.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

namespace Clearance {

namespace {

QString statusName(const SourceFetchReport &report)
{
    return fetchStatusName(report.status);
}

QJsonObject reportJson(const SourceFetchReport &r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.sourceId},
        {QStringLiteral("title"), r.title},
        {QStringLiteral("url"), r.url},
        {QStringLiteral("status"), statusName(r)},
        {QStringLiteral("http_status"), r.httpStatus > 0 ? QJsonValue(r.httpStatus) : QJsonValue()},
        {QStringLiteral("new"), r.added},
        {QStringLiteral("updated"), r.updated},
        {QStringLiteral("unchanged"), r.unchanged},
        {QStringLiteral("error"), r.error},
        {QStringLiteral("moved_to"), r.movedTo.isEmpty() ? QJsonValue() : QJsonValue(r.movedTo)},
    };
}

// The answer of a request to the library's thread; nothing when it was cancelled.
template<typename T>
std::optional<T> wait(const QFuture<T> &future)
{
    waitWithEvents(future);
    return answerOf(future);
}

} // namespace

int runFetch(CommandContext &context)
{
    const std::optional<QString> sourceArg = context.takeValue(QStringLiteral("--source"));
    const bool dueOnly = context.takeFlag(QStringLiteral("--due-only"));
    const QString format = context.takeFormat({QStringLiteral("tsv"), QStringLiteral("json")});
    if (format.isEmpty() || !context.rejectUnknownOptions())
        return ExitUsage;
    if (!context.arguments().isEmpty())
        return context.usage(
            QCoreApplication::translate("clearance-cli", "fetch: unexpected argument \"%1\".")
                .arg(context.arguments().constFirst()));
    qint64 sourceId = 0;
    if (sourceArg) {
        bool ok = false;
        sourceId = sourceArg->toLongLong(&ok);
        if (!ok || sourceId <= 0)
            return context.usage(
                QCoreApplication::translate("clearance-cli", "--source takes a source id, not \"%1\".")
                    .arg(*sourceArg));
        if (dueOnly)
            return context.usage(
                QCoreApplication::translate("clearance-cli", "--source and --due-only exclude each other."));
    }
    // Opened here first for its checks (a mistyped path, a read-only file, an older schema upgraded);
    // the fetch itself writes through the library's thread.
    Database *database = context.openLibrary(CommandContext::Change);
    if (!database)
        return ExitBadInput;
    if (database->isReadOnly())
        return context.fail(Database::readOnlyMessage(database->path()));

    LibraryThread library(database->path());
    LibraryService *service = library.service();
    SourceRefresher refresher(service, FetchSettings::options());
    refresher.setDefaultInterval(FetchSettings::defaultInterval());

    QList<Source> sources;
    if (sourceId != 0) {
        const std::optional<Result<Source>> one = wait(service->source(sourceId));
        if (!one || !*one)
            return context.fail(one ? one->error() : QStringLiteral("The library did not answer."));
        sources = {one->value()};
    } else if (!dueOnly) {
        const std::optional<Result<QList<Source>>> all = wait(service->listSources());
        if (!all || !*all)
            return context.fail(all ? all->error() : QStringLiteral("The library did not answer."));
        for (const Source &s : all->value()) {
            if (s.enabled)
                sources.append(s);
        }
    }

    QList<SourceFetchReport> reports;
    QEventLoop loop;
    QObject::connect(&refresher, &SourceRefresher::finished, &loop,
                     [&](const QList<SourceFetchReport> &done) {
                         reports = done;
                         loop.quit();
                     });
    if (dueOnly)
        refresher.refreshDue();
    else
        refresher.refresh(sources);
    if (refresher.isRunning())
        loop.exec();

    // In the order the sources were listed, not the order they answered in.
    std::sort(reports.begin(), reports.end(),
              [](const SourceFetchReport &a, const SourceFetchReport &b) { return a.sourceId < b.sourceId; });
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const SourceFetchReport &r : std::as_const(reports))
            array.append(reportJson(r));
        JsonOutput::print(context.out(), array);
    } else {
        QTextStream &out = context.out();
        out << "id\tstatus\thttp_status\tnew\tupdated\tunchanged\ttitle\terror\n";
        for (const SourceFetchReport &r : std::as_const(reports))
            out << r.sourceId << '\t' << statusName(r) << '\t'
                << (r.httpStatus > 0 ? QString::number(r.httpStatus) : QString()) << '\t' << r.added << '\t'
                << r.updated << '\t' << r.unchanged << '\t' << JsonOutput::tsvField(r.title) << '\t'
                << JsonOutput::tsvField(r.error) << '\n';
    }
    const bool anyFailed =
        std::any_of(reports.cbegin(), reports.cend(), [](const SourceFetchReport &r) { return r.failed(); });
    return anyFailed ? ExitBadInput : ExitOk;
}

} // namespace Clearance
