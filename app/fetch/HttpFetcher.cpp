#include "HttpFetcher.h"

#include "fetch/FetchJob.h"
#include "fetch/FetchMessages.h"
#include "fetch/SystemProxyFactory.h"

#include <QNetworkAccessManager>
#include <QThread>

#include <utility>

namespace Clearance {

HttpFetcher::HttpFetcher(FetchOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_manager(new QNetworkAccessManager(this))
{
    if (m_options.proxy)
        m_manager->setProxy(*m_options.proxy);
    else
        m_manager->setProxyFactory(new SystemProxyFactory); // the manager owns it
}

HttpFetcher::~HttpFetcher()
{
    cancelAll();
}

QString HttpFetcher::hostOf(const QUrl &url)
{
    return url.host().toLower();
}

QFuture<FetchResult> HttpFetcher::fetch(const FetchRequest &request)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "HttpFetcher::fetch", "called from another thread");
    auto *job = new FetchJob(request, m_options, this);
    QFuture<FetchResult> future = job->future();
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        job->refuse(FetchMessages::notHttp(request.url));
        job->deleteLater();
        return future;
    }
    connect(job, &FetchJob::redirected, this, [this, job] { onRedirected(job); });
    connect(job, &FetchJob::finished, this, [this, job] { onFinished(job); });
    m_queue.append(job);
    startWaiting();
    return future;
}

// Starts queued jobs in order while slots are free; one whose host is full waits without holding up
// the jobs behind it for other hosts.
void HttpFetcher::startWaiting()
{
    for (auto it = m_queue.begin(); it != m_queue.end() && m_running.size() < m_options.maxConnections;) {
        FetchJob *job = *it;
        if (job->isCanceled()) {
            it = m_queue.erase(it);
            job->cancel();
            job->deleteLater();
            continue;
        }
        const QString host = hostOf(job->currentUrl());
        int &onHost = m_runningPerHost[host];
        if (onHost >= m_options.maxConnectionsPerHost) {
            ++it;
            continue;
        }
        ++onHost;
        m_running.insert(job, host);
        it = m_queue.erase(it);
        job->start(m_manager); // emits nothing before returning
    }
}

void HttpFetcher::releaseSlot(FetchJob *job)
{
    const auto it = m_running.constFind(job);
    if (it == m_running.cend())
        return;
    if (--m_runningPerHost[*it] <= 0)
        m_runningPerHost.remove(*it);
    m_running.erase(it);
}

// The next hop may be on another host: the job gives its slot back and waits at the head of the queue.
void HttpFetcher::onRedirected(FetchJob *job)
{
    releaseSlot(job);
    m_queue.prepend(job);
    startWaiting();
}

void HttpFetcher::onFinished(FetchJob *job)
{
    releaseSlot(job);
    m_queue.removeOne(job); // a deadline can end a job waiting between two hops
    job->deleteLater();
    startWaiting();
}

void HttpFetcher::cancelAll()
{
    QList<FetchJob *> jobs = std::exchange(m_queue, {});
    jobs << m_running.keys();
    m_running.clear();
    m_runningPerHost.clear();
    for (FetchJob *job : jobs) {
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
}

} // namespace Clearance
