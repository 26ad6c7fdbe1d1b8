#include "SourceRefresher.h"

#include "LibraryService.h"
#include "domain/Logging.h"
#include "fetch/FetchResult.h"
#include "fetch/FetchSchedule.h"
#include "fetch/HttpFetcher.h"
#include "ingest/PageLinkFinder.h"
#include "ingest/PageLinkPattern.h"

#include <QLocale>

namespace Clearance {

namespace {

SourceFetchReport reportOf(const Source &source)
{
    SourceFetchReport report;
    report.sourceId = source.id;
    report.title = source.title;
    report.url = source.url;
    return report;
}

FetchStatus statusOf(FetchOutcome outcome)
{
    switch (outcome) {
    case FetchOutcome::Fetched:
        return FetchStatus::Ok;
    case FetchOutcome::NotModified:
        return FetchStatus::NotModified;
    case FetchOutcome::Gone:
        return FetchStatus::Gone;
    case FetchOutcome::RateLimited:
        return FetchStatus::RateLimited;
    case FetchOutcome::Failed:
        break;
    }
    return FetchStatus::Failed;
}

} // namespace

SourceRefresher::SourceRefresher(LibraryService *service, FetchOptions options, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_clock(options.clock)
{
    m_fetcher = std::make_unique<HttpFetcher>(std::move(options));
}

SourceRefresher::~SourceRefresher() = default;

std::chrono::seconds SourceRefresher::intervalOf(const Source &source) const
{
    return source.intervalMinutes > 0 ? std::chrono::minutes(source.intervalMinutes) : m_defaultInterval;
}

void SourceRefresher::refreshDue()
{
    if (!m_service || m_asking)
        return;
    m_asking = true;
    onAnswer(m_service->dueSources(m_clock()), this,
             [this, generation = m_generation](const Result<QList<Source>> &due) {
                 m_asking = false;
                 if (generation != m_generation)
                     return;
                 if (!due) {
                     qCWarning(lcFetch) << "due sources:" << due.error();
                 } else if (!due->isEmpty()) {
                     refresh(*due);
                     return;
                 }
                 if (m_pending == 0)
                     Q_EMIT finished({});
             });
}

void SourceRefresher::refresh(const QList<Source> &sources)
{
    if (sources.isEmpty() || !m_service)
        return;
    if (m_pending == 0) {
        m_reports.clear();
        m_total = 0;
        m_done = 0;
        Q_EMIT started(static_cast<int>(sources.size()));
    }
    m_total += static_cast<int>(sources.size());
    for (const Source &source : sources)
        start(source);
}

void SourceRefresher::cancel()
{
    ++m_generation; // every answer still on its way is dropped
    m_fetcher->cancelAll();
    const bool running = m_pending > 0;
    m_pending = 0;
    m_asking = false;
    if (running)
        Q_EMIT finished(m_reports);
}

void SourceRefresher::start(const Source &source)
{
    ++m_pending;
    const QDateTime now = m_clock();
    const QUrl url(source.url);
    if (m_hosts.isPaused(url, now)) {
        // Another source of this host was told to slow down in this run: this one waits too.
        SourceFetchReport report = reportOf(source);
        report.status = FetchStatus::RateLimited;
        report.error = tr("%1 asked to be left alone for a while; not fetched.").arg(url.host());
        Source later = source;
        later.lastStatus = FetchStatus::RateLimited;
        later.lastError = report.error;
        later.lastFetch = now;
        later.nextFetch = m_hosts.notBefore(url, now);
        record(later, report, nullptr);
        return;
    }
    FetchRequest request;
    request.url = url;
    request.etag = source.etag;
    request.lastModified = source.lastModified;
    onAnswer(m_fetcher->fetch(request), this,
             [this, source, generation = m_generation](const FetchResult &result) {
                 if (generation == m_generation)
                     onFetched(source, result);
             });
}

void SourceRefresher::onFetched(const Source &source, const FetchResult &result)
{
    m_hosts.record(result, m_clock());
    if (result.outcome == FetchOutcome::Fetched) {
        if (source.kind == Source::Kind::Page)
            readListing(source, result);
        else
            importFeed(source, result);
        return;
    }
    SourceFetchReport report = reportOf(source);
    report.status = statusOf(result.outcome);
    report.httpStatus = result.httpStatus;
    switch (result.outcome) {
    case FetchOutcome::Gone:
        report.error = tr("%1 is gone (HTTP 410): the source was disabled.").arg(source.url);
        break;
    case FetchOutcome::RateLimited:
        report.error =
            result.retryAfter
                ? tr("%1 asked to slow down (HTTP %2) until %3.")
                      .arg(result.finalUrl.host())
                      .arg(result.httpStatus)
                      .arg(QLocale().toString(result.retryAfter->toLocalTime(), QLocale::ShortFormat))
                : tr("%1 asked to slow down (HTTP %2).").arg(result.finalUrl.host()).arg(result.httpStatus);
        break;
    default:
        report.error = result.error;
        break;
    }
    record(source, report, &result);
}

void SourceRefresher::importFeed(Source source, const FetchResult &result)
{
    const FetchedDocument document{result.body, source.url, source.title, source.id, true};
    onAnswer(m_service->importFetched(document), this,
             [this, source, result, generation = m_generation](const Result<ImportReport> &imported) mutable {
                 if (generation != m_generation)
                     return;
                 SourceFetchReport report = reportOf(source);
                 report.httpStatus = result.httpStatus;
                 if (!imported) {
                     // The address answered, but not with a feed (an error page, a sign-in page) or a
                     // broken one: nothing was stored, and the validators are not kept, so that the
                     // next fetch reads it whole again.
                     report.status = FetchStatus::Failed;
                     report.error = imported.error();
                     record(source, report, &result);
                     return;
                 }
                 if (source.title.isEmpty() && !imported->title.isEmpty())
                     source.title = imported->title.left(200);
                 report.title = source.title;
                 report.status = FetchStatus::Ok;
                 report.added = imported->added;
                 report.updated = imported->updated;
                 report.unchanged = imported->unchanged;
                 const int items = imported->added + imported->updated + imported->unchanged;
                 if (items == 0 && source.itemsSeen > 0)
                     // A feed that suddenly lists nothing: its articles stay, and the source says so.
                     report.error = tr("The feed listed no items this time; the articles already fetched "
                                       "are kept.");
                 record(source, report, &result);
             });
}

void SourceRefresher::readListing(Source source, const FetchResult &listing)
{
    std::optional<PageLinkPattern> pattern;
    if (!source.linkPattern.isEmpty()) {
        Result<PageLinkPattern> parsed = PageLinkPattern::parse(source.linkPattern);
        if (!parsed) {
            SourceFetchReport report = reportOf(source);
            report.status = FetchStatus::Failed;
            report.error = parsed.error();
            record(source, report, nullptr);
            return;
        }
        pattern = std::move(parsed.value());
    }
    const QList<QUrl> links = PageLinkFinder::find(listing.body, listing.finalUrl, pattern);
    if (links.isEmpty()) {
        SourceFetchReport report = reportOf(source);
        report.status = FetchStatus::Failed;
        report.httpStatus = listing.httpStatus;
        report.error = pattern ? tr("No link on %1 matches %2.").arg(source.url, source.linkPattern)
                               : tr("No list of article links was found on %1; give the pattern of its "
                                    "article links.")
                                     .arg(source.url);
        record(source, report, nullptr);
        return;
    }
    onAnswer(m_service->seenLinks(source.id), this,
             [this, source, listing, links, generation = m_generation](const Result<QSet<QString>> &seen) {
                 if (generation != m_generation)
                     return;
                 QList<QUrl> fresh;
                 for (const QUrl &link : links) {
                     if (!seen || !seen->contains(link.toString(QUrl::FullyEncoded)))
                         fresh.append(link);
                     if (fresh.size() >= m_maxPages)
                         break;
                 }
                 fetchPages(source, listing, fresh);
             });
}

void SourceRefresher::fetchPages(Source source, const FetchResult &listing, QList<QUrl> pages)
{
    // The pages one after the other (the fetcher would allow two at once on a host, but a site without
    // a feed is usually a small one), each imported as it arrives.
    struct PageRun
    {
        Source source;
        FetchResult listing;
        QList<QUrl> pages;
        SourceFetchReport report;
        QStringList done;
    };
    auto run = std::make_shared<PageRun>(PageRun{source, listing, pages, reportOf(source), {}});
    run->report.status = FetchStatus::Ok;
    run->report.httpStatus = listing.httpStatus;
    // The step holds itself only weakly (a strong hold would be a cycle, never freed); between steps
    // the callback waiting for a fetch or an import keeps it alive.
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, run, weakStep = std::weak_ptr<std::function<void()>>(step), generation = m_generation] {
        const std::shared_ptr<std::function<void()>> next = weakStep.lock();
        if (!next || generation != m_generation)
            return;
        if (run->pages.isEmpty()) {
            if (!run->done.isEmpty())
                (void)m_service->addSeenLinks(run->source.id, run->done);
            record(run->source, run->report, &run->listing);
            return;
        }
        const QUrl page = run->pages.takeFirst();
        FetchRequest request;
        request.url = page;
        onAnswer(m_fetcher->fetch(request), this,
                 [this, run, next, page, generation](const FetchResult &result) {
                     if (generation != m_generation)
                         return;
                     if (result.outcome != FetchOutcome::Fetched) {
                         // One article page failing does not fail the source; it is tried again next time.
                         qCInfo(lcFetch) << "page" << page << "of" << run->source.url << ":" << result.error;
                         if (run->report.error.isEmpty())
                             run->report.error = result.error;
                         return (*next)();
                     }
                     const FetchedDocument document{result.body, page.toString(QUrl::FullyEncoded),
                                                    run->source.title, run->source.id, false};
                     onAnswer(m_service->importFetched(document), this,
                              [this, run, next, page, generation](const Result<ImportReport> &imported) {
                                  if (generation != m_generation)
                                      return;
                                  if (imported) {
                                      run->report.added += imported->added;
                                      run->report.updated += imported->updated;
                                      run->report.unchanged += imported->unchanged;
                                  } else if (run->report.error.isEmpty()) {
                                      run->report.error = imported.error();
                                  }
                                  // A page read, or one that is no article: either way not fetched again.
                                  run->done.append(page.toString(QUrl::FullyEncoded));
                                  (*next)();
                              });
                 });
    };
    (*step)();
}

void SourceRefresher::record(Source source, SourceFetchReport report, const FetchResult *result)
{
    const QDateTime now = m_clock();
    const FetchSchedule schedule(intervalOf(source));
    SourceTiming timing{source.nextFetch, source.failures, !source.enabled};
    source.lastFetch = now;
    source.lastStatus = report.status;
    source.lastHttpStatus = report.httpStatus;
    source.lastError = report.error;
    if (result) {
        // The import's verdict, not the network's, decides whether this counts as a success.
        FetchResult judged = *result;
        if (report.status == FetchStatus::Failed && judged.outcome == FetchOutcome::Fetched)
            judged.outcome = FetchOutcome::Failed;
        timing = schedule.next(timing, judged, now);
        if (report.status == FetchStatus::Ok || report.status == FetchStatus::NotModified) {
            if (!result->etag.isEmpty() || report.status == FetchStatus::Ok)
                source.etag = result->etag;
            if (!result->lastModified.isEmpty() || report.status == FetchStatus::Ok)
                source.lastModified = result->lastModified;
        } else {
            source.etag.clear();
            source.lastModified.clear();
        }
        if (result->movedPermanentlyTo && report.status != FetchStatus::Failed) {
            source.url = result->movedPermanentlyTo->toString(QUrl::FullyEncoded);
            report.movedTo = source.url;
        }
    } else if (report.status == FetchStatus::Failed) {
        timing.consecutiveFailures += 1;
        timing.nextFetch = schedule.afterFailure(now, timing.consecutiveFailures);
    } else if (!source.nextFetch.isValid() || source.nextFetch <= now) {
        timing.nextFetch = schedule.afterSuccess(now);
    }
    if (report.status != FetchStatus::RateLimited || result)
        source.nextFetch = timing.nextFetch;
    source.failures = timing.consecutiveFailures;
    source.enabled = !timing.disabled;
    source.itemsSeen += report.added + report.updated + report.unchanged;
    if (!m_service)
        return done(report);
    onAnswer(m_service->saveFetchState(source), this,
             [this, report, generation = m_generation](const Status &saved) mutable {
                 if (generation != m_generation)
                     return;
                 if (!saved) {
                     // A permanent redirect to an address another source already has, or the disk:
                     // the fetch happened, but the source could not say so.
                     qCWarning(lcFetch) << "fetch state of" << report.url << ":" << saved.error();
                     if (report.error.isEmpty())
                         report.error = saved.error();
                 }
                 done(report);
             });
}

void SourceRefresher::done(const SourceFetchReport &report)
{
    m_reports.append(report);
    ++m_done;
    Q_EMIT sourceDone(report);
    Q_EMIT progress(m_done, m_total);
    if (--m_pending == 0)
        Q_EMIT finished(m_reports);
}

} // namespace Clearance
