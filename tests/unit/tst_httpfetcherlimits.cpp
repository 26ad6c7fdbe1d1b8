#include "FetchTestSupport.h"
#include "LoopbackHttpServer.h"
#include "fetch/HttpFetcher.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTest>

#include <memory>

using namespace Clearance;
using namespace std::chrono_literals;
using FetchTestSupport::finishes;
using Response = LoopbackHttpServer::Response;

// What keeps a fetch from running away: the stall timeout, the deadline, the size cap; the connection
// limits, counted by the server; cancelling.
class TestHttpFetcherLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stalledServer_data();
    void stalledServer();
    void slowDripWithinTheDeadline();
    void deadline();
    void bodyOverTheCap_data();
    void bodyOverTheCap();
    void bodyAtTheCap();
    void twoConnectionsPerHost();
    void connectionsInAll();
    void cancelAll();
    void cancelledFutureIsNotStarted();
    void deletingTheFetcherCancels();

private:
    static QByteArray bodyOf(int size);

    std::unique_ptr<LoopbackHttpServer> m_server;
};

void TestHttpFetcherLimits::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
}

void TestHttpFetcherLimits::cleanup()
{
    m_server.reset();
}

QByteArray TestHttpFetcherLimits::bodyOf(int size)
{
    QByteArray body;
    body.reserve(size);
    for (int i = 0; body.size() < size; ++i)
        body += QByteArray::number(i) + ' ';
    body.truncate(size);
    return body;
}

void TestHttpFetcherLimits::stalledServer_data()
{
    QTest::addColumn<Response>("response");
    Response silent;
    silent.stall = true;
    QTest::newRow("before the headers") << silent;
    Response headersOnly = LoopbackHttpServer::ok(bodyOf(100), "application/rss+xml");
    headersOnly.chunkSize = 10;
    headersOnly.chunkIntervalMs = 60000; // the first chunk would come in a minute
    QTest::newRow("after the headers") << headersOnly;
}

void TestHttpFetcherLimits::stalledServer()
{
    QFETCH(Response, response);
    m_server->respond("/feed", response);
    FetchOptions options = FetchTestSupport::options();
    options.stallTimeout = 300ms;
    HttpFetcher fetcher(options);
    const QUrl url = m_server->url("/feed");

    QElapsedTimer clock;
    clock.start();
    const QFuture<FetchResult> future = fetcher.fetch({.url = url});
    QVERIFY(finishes(future));
    const FetchResult result = future.result();
    QCOMPARE(result.outcome, FetchOutcome::Failed);
    QVERIFY2(result.error.startsWith(url.toDisplayString() + QStringLiteral(" stopped answering")),
             qPrintable(result.error));
    QVERIFY2(clock.elapsed() < options.deadline.count() / 2, "the deadline answered, not the stall timeout");
}

// 1 s of dripping, no pause longer than 100 ms: the stall timeout (300 ms) is about silence, not length.
void TestHttpFetcherLimits::slowDripWithinTheDeadline()
{
    const QByteArray body = bodyOf(2000);
    Response drip = LoopbackHttpServer::ok(body, "application/rss+xml");
    drip.chunkSize = 200;
    drip.chunkIntervalMs = 100;
    m_server->respond("/feed", drip);
    FetchOptions options = FetchTestSupport::options();
    options.stallTimeout = 300ms;
    HttpFetcher fetcher(options);

    const QFuture<FetchResult> future = fetcher.fetch({.url = m_server->url("/feed")});
    QVERIFY(finishes(future));
    QCOMPARE(future.result().error, QString());
    QCOMPARE(future.result().outcome, FetchOutcome::Fetched);
    QCOMPARE(future.result().body, body);
}

void TestHttpFetcherLimits::deadline()
{
    Response drip = LoopbackHttpServer::ok(bodyOf(4000), "application/rss+xml");
    drip.chunkSize = 100;
    drip.chunkIntervalMs = 50; // 2 s in all
    m_server->respond("/feed", drip);
    FetchOptions options = FetchTestSupport::options();
    options.deadline = 400ms;
    HttpFetcher fetcher(options);
    const QUrl url = m_server->url("/feed");

    const QFuture<FetchResult> future = fetcher.fetch({.url = url});
    QVERIFY(finishes(future));
    QCOMPARE(future.result().outcome, FetchOutcome::Failed);
    QCOMPARE(future.result().error, url.toDisplayString() + QStringLiteral(" took longer than ") +
                                        QLocale().toString(0.4) + QStringLiteral(" s to download."));
    QVERIFY2(m_server->bodyBytesSent() < 4000, "the fetch ran to the end");
}

void TestHttpFetcherLimits::bodyOverTheCap_data()
{
    QTest::addColumn<bool>("announced");      // Content-Length sent
    QTest::addColumn<bool>("limitInRequest"); // else in the options
    QTest::newRow("Content-Length over the cap") << true << false;
    QTest::newRow("no Content-Length") << false << false;
    QTest::newRow("no Content-Length, request's own limit") << false << true;
}

// 200,000 bytes in 10,000-byte chunks every 20 ms against a 10,000-byte cap: the fetch fails at the
// second chunk, long before the server is done. Announced, the body never starts (the first chunk
// would come in a minute): the announcement alone must fail the fetch.
void TestHttpFetcherLimits::bodyOverTheCap()
{
    QFETCH(bool, announced);
    QFETCH(bool, limitInRequest);
    const QByteArray body = bodyOf(200000);
    Response big = LoopbackHttpServer::ok(body, "application/rss+xml");
    big.contentLength = announced;
    big.chunkSize = 10000;
    big.chunkIntervalMs = announced ? 60000 : 20;
    m_server->respond("/big", big);
    FetchOptions options = FetchTestSupport::options();
    FetchRequest request{.url = m_server->url("/big")};
    if (limitInRequest)
        request.maxBodyBytes = 10000;
    else
        options.maxBodyBytes = 10000;
    HttpFetcher fetcher(options);

    const QFuture<FetchResult> future = fetcher.fetch(request);
    QVERIFY(finishes(future));
    const FetchResult result = future.result();
    QCOMPARE(result.outcome, FetchOutcome::Failed);
    QCOMPARE(result.httpStatus, 200);
    QVERIFY2(result.error.startsWith(request.url.toDisplayString() +
                                     QStringLiteral(" is larger than the limit of ")),
             qPrintable(result.error));
    QVERIFY(result.body.isEmpty());
    QVERIFY2(m_server->bodyBytesSent() < (announced ? 1 : body.size() / 2),
             qPrintable(QStringLiteral("%1 bytes sent").arg(m_server->bodyBytesSent())));
}

void TestHttpFetcherLimits::bodyAtTheCap()
{
    const QByteArray body = bodyOf(10000);
    m_server->respond("/feed", LoopbackHttpServer::ok(body, "application/rss+xml"));
    FetchOptions options = FetchTestSupport::options();
    options.maxBodyBytes = body.size();
    HttpFetcher fetcher(options);

    const QFuture<FetchResult> future = fetcher.fetch({.url = m_server->url("/feed")});
    QVERIFY(finishes(future));
    QCOMPARE(future.result().outcome, FetchOutcome::Fetched);
    QCOMPARE(future.result().body, body);
}

// Six slow answers, three on each of two hosts (127.0.0.1 and localhost, one server): two at a time
// per host, four in all, as the server counts them.
void TestHttpFetcherLimits::twoConnectionsPerHost()
{
    Response slow = LoopbackHttpServer::ok("<rss/>", "application/rss+xml");
    slow.delayMs = 300;
    m_server->respond("/slow", slow);
    HttpFetcher fetcher(FetchTestSupport::options());

    QList<QFuture<FetchResult>> futures;
    for (int i = 0; i < 3; ++i) {
        futures << fetcher.fetch({.url = m_server->url("/slow")});
        futures << fetcher.fetch({.url = m_server->url("/slow", QStringLiteral("localhost"))});
    }
    QCOMPARE(fetcher.pendingCount(), 6);
    for (const QFuture<FetchResult> &future : std::as_const(futures)) {
        QVERIFY(finishes(future));
        QCOMPARE(future.result().error, QString());
        QCOMPARE(future.result().outcome, FetchOutcome::Fetched);
    }
    QCOMPARE(m_server->requests().size(), 6);
    QCOMPARE(m_server->maxOpenConnections("127.0.0.1"), 2);
    QCOMPARE(m_server->maxOpenConnections("localhost"), 2);
    QCOMPARE(m_server->maxOpenConnections(), 4);
    QCOMPARE(fetcher.pendingCount(), 0);
}

void TestHttpFetcherLimits::connectionsInAll()
{
    Response slow = LoopbackHttpServer::ok("<rss/>", "application/rss+xml");
    slow.delayMs = 300;
    m_server->respond("/slow", slow);
    FetchOptions options = FetchTestSupport::options();
    options.maxConnections = 3;
    HttpFetcher fetcher(options);

    QList<QFuture<FetchResult>> futures;
    for (int i = 0; i < 3; ++i) {
        futures << fetcher.fetch({.url = m_server->url("/slow")});
        futures << fetcher.fetch({.url = m_server->url("/slow", QStringLiteral("localhost"))});
    }
    for (const QFuture<FetchResult> &future : std::as_const(futures)) {
        QVERIFY(finishes(future));
        QCOMPARE(future.result().outcome, FetchOutcome::Fetched);
    }
    QCOMPARE(m_server->maxOpenConnections(), 3);
    QVERIFY(m_server->maxOpenConnections("127.0.0.1") <= 2);
    QVERIFY(m_server->maxOpenConnections("localhost") <= 2);
}

// Two fetches hang on a silent server, a third waits for a slot: all three end cancelled, without an
// answer, the connections close, the third never reaches the server, and the fetcher still works.
void TestHttpFetcherLimits::cancelAll()
{
    Response silent;
    silent.stall = true;
    for (const QByteArray &path : {QByteArray("/a"), QByteArray("/b"), QByteArray("/c")})
        m_server->respond(path, silent);
    m_server->respond("/feed", LoopbackHttpServer::ok("<rss/>", "application/rss+xml"));
    HttpFetcher fetcher(FetchTestSupport::options());

    const QList<QFuture<FetchResult>> futures{fetcher.fetch({.url = m_server->url("/a")}),
                                              fetcher.fetch({.url = m_server->url("/b")}),
                                              fetcher.fetch({.url = m_server->url("/c")})};
    QTRY_COMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->openConnections(), 2);

    fetcher.cancelAll();
    for (const QFuture<FetchResult> &future : futures) {
        QVERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
    }
    QCOMPARE(fetcher.pendingCount(), 0);
    QTRY_COMPARE(m_server->openConnections(), 0);
    QVERIFY(m_server->requestsFor("/c").isEmpty());

    const QFuture<FetchResult> after = fetcher.fetch({.url = m_server->url("/feed")});
    QVERIFY(finishes(after));
    QCOMPARE(after.result().outcome, FetchOutcome::Fetched);
}

// A caller that cancels its future before its turn: the request is dropped, never sent.
void TestHttpFetcherLimits::cancelledFutureIsNotStarted()
{
    Response slow = LoopbackHttpServer::ok("<rss/>", "application/rss+xml");
    slow.delayMs = 200;
    m_server->respond("/first", slow);
    m_server->respond("/second", slow);
    FetchOptions options = FetchTestSupport::options();
    options.maxConnectionsPerHost = 1;
    HttpFetcher fetcher(options);

    const QFuture<FetchResult> first = fetcher.fetch({.url = m_server->url("/first")});
    QFuture<FetchResult> second = fetcher.fetch({.url = m_server->url("/second")});
    second.cancel();
    QVERIFY(finishes(first));
    QCOMPARE(first.result().outcome, FetchOutcome::Fetched);
    QTRY_COMPARE(fetcher.pendingCount(), 0);
    QVERIFY(second.isCanceled());
    QVERIFY(m_server->requestsFor("/second").isEmpty());
}

void TestHttpFetcherLimits::deletingTheFetcherCancels()
{
    Response silent;
    silent.stall = true;
    m_server->respond("/a", silent);
    auto fetcher = std::make_unique<HttpFetcher>(FetchTestSupport::options());
    const QFuture<FetchResult> future = fetcher->fetch({.url = m_server->url("/a")});
    QTRY_COMPARE(m_server->requests().size(), 1);

    fetcher.reset();
    QVERIFY(future.isFinished());
    QVERIFY(future.isCanceled());
    QTRY_COMPARE(m_server->openConnections(), 0);
}

QTEST_GUILESS_MAIN(TestHttpFetcherLimits)
#include "tst_httpfetcherlimits.moc"
