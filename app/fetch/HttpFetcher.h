#pragma once

#include "fetch/FetchOptions.h"
#include "fetch/FetchRequest.h"
#include "fetch/FetchResult.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace Clearance {

class FetchJob;

// Downloads feeds and pages politely: conditional GETs, redirects followed by hand (permanent ones
// reported), at most FetchOptions::maxConnectionsPerHost requests per host and maxConnections in all
// (the rest wait in a queue here), a stall timeout, a deadline and a size cap, the system's proxy.
// Lives on the thread that creates it (it owns a QNetworkAccessManager): call fetch() and cancelAll()
// there. The futures may be watched from anywhere.
class HttpFetcher final : public QObject
{
    Q_OBJECT

public:
    explicit HttpFetcher(FetchOptions options = {}, QObject *parent = nullptr);
    // Cancels every fetch still queued or running.
    ~HttpFetcher() override;
    Q_DISABLE_COPY_MOVE(HttpFetcher)

    const FetchOptions &options() const { return m_options; }

    // Always answers with a FetchResult (a failure is an outcome, not an error: it still carries a
    // status and a Retry-After for the schedule). A future the caller cancels is dropped unstarted if
    // still queued, or aborted on the next sign of life of its transfer.
    QFuture<FetchResult> fetch(const FetchRequest &request);
    // Aborts everything queued or running; their futures finish cancelled, with no answer.
    void cancelAll();
    // Fetches queued or running.
    int pendingCount() const { return int(m_queue.size() + m_running.size()); }

private:
    void startWaiting();
    void onRedirected(FetchJob *job);
    void onFinished(FetchJob *job);
    void releaseSlot(FetchJob *job);
    static QString hostOf(const QUrl &url);

    FetchOptions m_options;
    QNetworkAccessManager *m_manager;
    QList<FetchJob *> m_queue;            // in order, waiting for a slot
    QHash<FetchJob *, QString> m_running; // each with the host whose slot it holds
    QHash<QString, int> m_runningPerHost;
};

} // namespace Clearance
