#include "FetchJob.h"

#include "domain/Logging.h"
#include "fetch/CacheControl.h"
#include "fetch/FetchMessages.h"
#include "fetch/RetryAfter.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <utility>

namespace Clearance {

namespace {

// What feeds and news pages are served as, feeds first; anything else is still taken (some servers
// send feeds as text/plain or application/octet-stream) and judged by the reader.
constexpr char acceptedTypes[] = "application/rss+xml, application/atom+xml, application/feed+json, "
                                 "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, "
                                 "text/html;q=0.7, */*;q=0.5";

QUrl chainKey(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

FetchJob::FetchJob(FetchRequest request, const FetchOptions &options, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_options(options)
    , m_maxBody(m_request.maxBodyBytes.value_or(options.maxBodyBytes))
    , m_url(m_request.url)
    , m_visited{chainKey(m_request.url)}
{
    m_promise.start();
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(options.deadline);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(FetchMessages::deadline(m_url, m_options.deadline)); });
}

FetchJob::~FetchJob()
{
    dropReply();
    // An unanswered promise cancels its future when destroyed (QPromise's destructor).
}

void FetchJob::start(QNetworkAccessManager *manager)
{
    if (!m_started) {
        m_started = true;
        m_deadline.start();
    }
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_options.stallTimeout.count()));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    request.setRawHeader("Accept", acceptedTypes);
    // Not Accept-Encoding: set by hand, it would make QNetworkAccessManager hand over the compressed
    // bytes; left alone, it asks for gzip and deflate and decodes them.
    //
    // The validators go to every hop: the stored ones came from the final address of the last fetch,
    // which is where a feed behind a redirect answers.
    if (!m_request.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_request.etag);
    if (!m_request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_request.lastModified);

    m_body.clear();
    m_tlsErrors.clear();
    qCDebug(lcFetch) << "GET" << m_url.toDisplayString();
    m_reply = manager->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FetchJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &FetchJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FetchJob::onReplyFinished);
#if QT_CONFIG(ssl)
    // Never ignored: the errors are only collected, so that the failure can name them.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        onTlsErrors(texts);
    });
#endif
}

void FetchJob::refuse(const QString &message)
{
    FetchResult result = resultSoFar(0);
    result.error = message;
    m_done = true;
    m_promise.addResult(std::move(result));
    m_promise.finish();
}

void FetchJob::cancel()
{
    m_deadline.stop();
    dropReply();
    if (!m_done) {
        m_done = true;
        m_promise.future().cancel();
        m_promise.finish();
    }
}

bool FetchJob::abandonIfCanceled()
{
    if (!m_promise.isCanceled())
        return false;
    cancel();
    Q_EMIT finished();
    return true;
}

void FetchJob::onTlsErrors(const QStringList &errors)
{
    m_tlsErrors << errors;
}

void FetchJob::onMetaDataChanged()
{
    if (abandonIfCanceled())
        return;
    // Refused before the first byte when the server announces more than the cap. (Compressed, the
    // announced length is the smaller, compressed one: the decoded body is still counted as it comes.)
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBody)
        fail(FetchMessages::tooLarge(m_url, m_maxBody),
             m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
}

void FetchJob::onReadyRead()
{
    if (!abandonIfCanceled())
        readBody();
}

// Reads what has arrived, one byte past the cap at most; false (and the job failed) past the cap.
bool FetchJob::readBody()
{
    if (!m_reply->isOpen()) // aborted by the transfer timeout: nothing more to read
        return true;
    m_body += m_reply->read(m_maxBody + 1 - m_body.size());
    if (m_body.size() <= m_maxBody)
        return true;
    fail(FetchMessages::tooLarge(m_url, m_maxBody),
         m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    return false;
}

void FetchJob::onReplyFinished()
{
    if (abandonIfCanceled() || !readBody())
        return;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // QNetworkReply also reports 4xx and 5xx as errors (201 and up); those are answers, read below.
    // Below 200 the transfer itself failed, also when a status line had come (a body cut short).
    if (status == 0 ||
        (reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied))
        networkFailure(*reply);
    else if (isRedirect(status))
        followRedirect(*reply, status);
    else
        answerFrom(*reply, status);
}

void FetchJob::networkFailure(const QNetworkReply &reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcFetch) << m_url.toDisplayString() << reply.error() << reply.errorString();
    switch (reply.error()) {
    // The transfer timeout aborts the reply: OperationCanceledError in Qt 6.4 (TimeoutError is read the
    // same way should a later Qt say so). The job's own aborts disconnect first and never get here.
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        fail(FetchMessages::stalled(m_url, m_options.stallTimeout), status);
        return;
    case QNetworkReply::SslHandshakeFailedError:
        fail(
            FetchMessages::tls(m_url, m_tlsErrors.isEmpty() ? QStringList{reply.errorString()} : m_tlsErrors),
            status);
        return;
    default:
        if (!m_tlsErrors.isEmpty())
            fail(FetchMessages::tls(m_url, m_tlsErrors), status);
        else
            fail(FetchMessages::network(m_url, reply.errorString()), status);
    }
}

void FetchJob::followRedirect(const QNetworkReply &reply, int status)
{
    const QUrl location = QUrl::fromEncoded(reply.rawHeader("Location"));
    if (location.isEmpty() || !location.isValid())
        return fail(FetchMessages::noLocation(m_url, status), status);
    const QUrl target = m_url.resolved(location);
    const QString scheme = target.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(FetchMessages::redirectRefused(m_url, target), status);
    if (m_visited.contains(chainKey(target)))
        return fail(FetchMessages::redirectLoop(m_url, target), status);
    if (m_redirects >= m_options.maxRedirects)
        return fail(FetchMessages::tooManyRedirects(m_request.url, m_options.maxRedirects), status);

    m_allPermanent = m_allPermanent && (status == 301 || status == 308);
    ++m_redirects;
    m_visited << chainKey(target);
    qCDebug(lcFetch) << status << m_url.toDisplayString() << "->" << target.toDisplayString();
    m_url = target;
    Q_EMIT redirected();
}

void FetchJob::answerFrom(const QNetworkReply &reply, int status)
{
    FetchResult result = resultSoFar(status);
    if (m_redirects > 0 && m_allPermanent)
        result.movedPermanentlyTo = m_url;
    result.etag = reply.rawHeader("ETag");
    result.lastModified = reply.rawHeader("Last-Modified");
    result.contentType = reply.rawHeader("Content-Type");
    result.maxAge = CacheControl::maxAge(reply.rawHeader("Cache-Control"));
    result.retryAfter = RetryAfter::parse(reply.rawHeader("Retry-After"), m_options.clock());

    if (status >= 200 && status < 300) {
        result.outcome = FetchOutcome::Fetched;
        result.body = std::exchange(m_body, {});
    } else if (status == 304) {
        result.outcome = FetchOutcome::NotModified;
    } else if (status == 410) {
        result.outcome = FetchOutcome::Gone;
    } else if (status == 429 || (status == 503 && result.retryAfter)) {
        // A 503 without Retry-After is an outage like a 500, not a request to slow down.
        result.outcome = FetchOutcome::RateLimited;
    } else {
        result.error = FetchMessages::httpStatus(
            m_url, status, reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    }
    answer(std::move(result));
}

FetchResult FetchJob::resultSoFar(int status) const
{
    FetchResult result;
    result.httpStatus = status;
    result.requestedUrl = m_request.url;
    result.finalUrl = m_url;
    result.redirects = m_redirects;
    return result;
}

void FetchJob::fail(const QString &message, int status)
{
    dropReply();
    FetchResult result = resultSoFar(status);
    result.error = message;
    answer(std::move(result));
}

void FetchJob::answer(FetchResult result)
{
    m_deadline.stop();
    m_done = true;
    qCDebug(lcFetch) << m_request.url.toDisplayString() << "answered" << result.httpStatus << result.error;
    m_promise.addResult(std::move(result));
    m_promise.finish();
    Q_EMIT finished();
}

// Stops listening to the reply before aborting it: abort() emits finished() at once, which must not
// be read as the server's answer.
void FetchJob::dropReply()
{
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace Clearance
