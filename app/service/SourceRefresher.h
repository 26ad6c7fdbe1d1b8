#pragma once

#include "Importer.h"
#include "domain/Source.h"
#include "fetch/Clock.h"
#include "fetch/FetchOptions.h"
#include "fetch/HostBackoff.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

namespace Clearance {

class HttpFetcher;
class LibraryService;
struct FetchResult;

// How one source's fetch went, for the status bar, the sources panel and `clearance-cli fetch`.
struct SourceFetchReport
{
    qint64 sourceId = 0;
    QString title;
    QString url;
    FetchStatus status = FetchStatus::Never;
    int httpStatus = 0;
    QString error; // why it failed, or what was wrong with what it gave
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QString movedTo; // a permanent redirect: the address now stored

    bool failed() const
    {
        return status == FetchStatus::Failed || status == FetchStatus::Gone ||
               status == FetchStatus::RateLimited;
    }
};

// Fetches sources and imports what they give: the network through HttpFetcher (politely: conditional
// requests, per-host limits, a host that asks to slow down left alone), the library through
// LibraryService (its thread imports and records, so the thread this lives on never waits). After each
// source, what the fetch left (validators, status, error, back-off, next fetch) is recorded on it:
// a feed that fails, gives a web page or an error page, or suddenly lists nothing leaves its articles
// as they are and says why on the source.
//
// A page source is fetched as its listing: its article links (PageLinkFinder, under its link pattern)
// not fetched before are fetched and each imported as a page.
class SourceRefresher final : public QObject
{
    Q_OBJECT

public:
    SourceRefresher(LibraryService *service, FetchOptions options = {}, QObject *parent = nullptr);
    ~SourceRefresher() override;
    Q_DISABLE_COPY_MOVE(SourceRefresher)

    // The time between fetches of a source without an interval of its own (default one hour).
    void setDefaultInterval(std::chrono::minutes interval) { m_defaultInterval = interval; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // At most this many new article pages of a page source per fetch (the newest first on its listing).
    void setMaxPagesPerSource(int pages) { m_maxPages = pages; }

    // Fetches these sources now, due or not (added to a run in progress).
    void refresh(const QList<Source> &sources);
    // Fetches the enabled sources that are due.
    void refreshDue();
    // Stops: what is in flight is dropped, what was recorded stays.
    void cancel();
    bool isRunning() const { return m_pending > 0 || m_asking; }

Q_SIGNALS:
    // A run started, with how many sources; progress as each one is done.
    void started(int sources);
    void progress(int done, int total);
    void sourceDone(const Clearance::SourceFetchReport &report);
    // Every source of the run is done (or the run was cancelled), with their reports.
    void finished(const QList<Clearance::SourceFetchReport> &reports);

private:
    struct Run;
    void start(const Source &source);
    void onFetched(const Source &source, const FetchResult &result);
    void importFeed(Source source, const FetchResult &result);
    void readListing(Source source, const FetchResult &result);
    void fetchPages(Source source, const FetchResult &listing, QList<QUrl> pages);
    void record(Source source, SourceFetchReport report, const FetchResult *result);
    void done(const SourceFetchReport &report);
    std::chrono::seconds intervalOf(const Source &source) const;

    QPointer<LibraryService> m_service;
    std::unique_ptr<HttpFetcher> m_fetcher;
    HostBackoff m_hosts;
    Clock m_clock;
    std::chrono::minutes m_defaultInterval{60};
    int m_maxPages = 30;
    int m_pending = 0;
    int m_total = 0;
    int m_done = 0;
    bool m_asking = false;
    quint64 m_generation = 0; // of the current run: answers of a cancelled one are dropped
    QList<SourceFetchReport> m_reports;
};

} // namespace Clearance

Q_DECLARE_METATYPE(Clearance::SourceFetchReport)
