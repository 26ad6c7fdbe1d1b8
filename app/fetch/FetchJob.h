#pragma once

#include "fetch/FetchOptions.h"
#include "fetch/FetchRequest.h"
#include "fetch/FetchResult.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Clearance {

// One fetch inside HttpFetcher: its hops (redirects are followed by hand, to tell permanent from
// temporary), the body read under the size cap, the deadline, and the promise it answers. The fetcher
// gives it a connection slot for each hop; the job says when it needs another (redirected) or is done
// (finished).
class FetchJob final : public QObject
{
    Q_OBJECT

public:
    FetchJob(FetchRequest request, const FetchOptions &options, QObject *parent = nullptr);
    ~FetchJob() override;
    Q_DISABLE_COPY_MOVE(FetchJob)

    QFuture<FetchResult> future() { return m_promise.future(); }
    QUrl currentUrl() const { return m_url; }
    // The caller cancelled the future: the job should not be started.
    bool isCanceled() const { return m_promise.isCanceled(); }

    // Sends the request for currentUrl() (the first one starts the deadline).
    void start(QNetworkAccessManager *manager);
    // Answers at once with a failure, without a signal (the fetcher refuses the request up front).
    void refuse(const QString &message);
    // Aborts what is in flight; the future finishes cancelled. No signal: the fetcher is the caller.
    void cancel();

Q_SIGNALS:
    // The current hop ended in a redirect to follow: currentUrl() is the new address and the job
    // needs a slot for it.
    void redirected();
    // Answered, or abandoned because the caller cancelled its future.
    void finished();

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onTlsErrors(const QStringList &errors);

    bool abandonIfCanceled();
    bool readBody();
    void networkFailure(const QNetworkReply &reply);
    void followRedirect(const QNetworkReply &reply, int status);
    void answerFrom(const QNetworkReply &reply, int status);
    FetchResult resultSoFar(int status) const;
    void fail(const QString &message, int status = 0);
    void answer(FetchResult result);
    void dropReply();

    FetchRequest m_request;
    const FetchOptions &m_options; // the fetcher's, which outlives its jobs
    qint64 m_maxBody;
    QPromise<FetchResult> m_promise;
    QTimer m_deadline;
    bool m_started = false;
    bool m_done = false;

    QUrl m_url;            // of the current hop
    QList<QUrl> m_visited; // every address of the chain, to see a loop
    bool m_allPermanent = true;
    int m_redirects = 0;

    QNetworkReply *m_reply = nullptr;
    QByteArray m_body;
    QStringList m_tlsErrors;
};

} // namespace Clearance
