#include "FetchTestSupport.h"
#include "LoopbackHttpServer.h"
#include "fetch/HttpFetcher.h"

#include <QTest>

#include <memory>

using namespace Clearance;
using FetchTestSupport::finishes;

// Redirects, followed by HttpFetcher itself: only a chain of permanent ones (301, 308) tells the
// caller to store the new address; loops, chains longer than 5 and redirects off http(s) fail.
class TestHttpFetcherRedirects final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void followsChains_data();
    void followsChains();
    void resolvesRelativeLocations_data();
    void resolvesRelativeLocations();
    void refusesASixthRedirect();
    void detectsLoops_data();
    void detectsLoops();
    void refusesOtherSchemes_data();
    void refusesOtherSchemes();
    void refusesARedirectWithoutLocation();
    void followsToAnotherHost();
    void sendsValidatorsToEveryHop();

private:
    FetchResult fetched(const FetchRequest &request);
    // /hop0 -> /hop1 -> ... -> /feed, hop i answering statuses[i].
    void scriptChain(const QList<int> &statuses);

    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<HttpFetcher> m_fetcher;
};

void TestHttpFetcherRedirects::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_server->respond("/feed", LoopbackHttpServer::ok("<rss/>", "application/rss+xml"));
    m_fetcher = std::make_unique<HttpFetcher>(FetchTestSupport::options());
}

void TestHttpFetcherRedirects::cleanup()
{
    m_fetcher.reset();
    m_server.reset();
}

FetchResult TestHttpFetcherRedirects::fetched(const FetchRequest &request)
{
    const QFuture<FetchResult> future = m_fetcher->fetch(request);
    if (!finishes(future) || future.resultCount() != 1) {
        FetchResult timedOut;
        timedOut.error = QStringLiteral("the test waited in vain for an answer");
        return timedOut;
    }
    return future.result();
}

void TestHttpFetcherRedirects::scriptChain(const QList<int> &statuses)
{
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        QByteArray next = "/feed";
        if (i + 1 < statuses.size())
            next = "/hop" + QByteArray::number(i + 1);
        m_server->respond("/hop" + QByteArray::number(i), LoopbackHttpServer::redirect(statuses[i], next));
    }
}

void TestHttpFetcherRedirects::followsChains_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<bool>("permanent");

    QTest::newRow("301") << QList<int>{301} << true;
    QTest::newRow("308") << QList<int>{308} << true;
    QTest::newRow("302") << QList<int>{302} << false;
    QTest::newRow("303") << QList<int>{303} << false;
    QTest::newRow("307") << QList<int>{307} << false;
    QTest::newRow("301 308 301") << QList<int>{301, 308, 301} << true;
    QTest::newRow("301 then 302") << QList<int>{301, 302} << false;
    QTest::newRow("307 then 301") << QList<int>{307, 301} << false;
    QTest::newRow("301 302 308") << QList<int>{301, 302, 308} << false;
    QTest::newRow("five 301s, the limit") << QList<int>{301, 301, 301, 301, 301} << true;
}

void TestHttpFetcherRedirects::followsChains()
{
    QFETCH(QList<int>, statuses);
    QFETCH(bool, permanent);
    scriptChain(statuses);
    const QUrl start = m_server->url("/hop0");
    const QUrl feed = m_server->url("/feed");

    const FetchResult result = fetched({.url = start});
    QCOMPARE(result.error, QString());
    QCOMPARE(result.outcome, FetchOutcome::Fetched);
    QCOMPARE(result.body, QByteArray("<rss/>"));
    QCOMPARE(result.requestedUrl, start);
    QCOMPARE(result.finalUrl, feed);
    QCOMPARE(result.redirects, statuses.size());
    QCOMPARE(result.movedPermanentlyTo.has_value(), permanent);
    if (permanent)
        QCOMPARE(*result.movedPermanentlyTo, feed);
    QCOMPARE(m_server->requests().size(), statuses.size() + 1);
    QCOMPARE(m_server->requestsFor("/feed").size(), 1);
}

void TestHttpFetcherRedirects::resolvesRelativeLocations_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("absolute path") << QByteArray("/feed");
    QTest::newRow("relative path") << QByteArray("../feed");
    QTest::newRow("same folder") << QByteArray("feed");
    QTest::newRow("scheme-relative") << QByteArray("//127.0.0.1:PORT/feed");
}

void TestHttpFetcherRedirects::resolvesRelativeLocations()
{
    QFETCH(QByteArray, location);
    location.replace("PORT", QByteArray::number(m_server->port()));
    // From /old/ (a folder) or /moved: every form lands on /feed.
    const QByteArray from = location.startsWith("..") ? "/old/" : "/moved";
    m_server->respond(from, LoopbackHttpServer::redirect(301, location));

    const FetchResult result = fetched({.url = m_server->url(from)});
    QCOMPARE(result.outcome, FetchOutcome::Fetched);
    QCOMPARE(result.finalUrl, m_server->url("/feed"));
    QCOMPARE(result.movedPermanentlyTo, std::optional(m_server->url("/feed")));
}

void TestHttpFetcherRedirects::refusesASixthRedirect()
{
    scriptChain({301, 302, 301, 301, 307, 301});
    const QUrl start = m_server->url("/hop0");

    const FetchResult result = fetched({.url = start});
    QCOMPARE(result.outcome, FetchOutcome::Failed);
    QCOMPARE(result.httpStatus, 301);
    // "time(s)": the English plural forms come from a translation the unit tests do not load.
    QVERIFY2(result.error.startsWith(start.toDisplayString() + QStringLiteral(" redirects more than 5 time")),
             qPrintable(result.error));
    QVERIFY(!result.movedPermanentlyTo);
    QCOMPARE(m_server->requestsFor("/hop5").size(), 1);
    QVERIFY(m_server->requestsFor("/feed").isEmpty());
}

void TestHttpFetcherRedirects::detectsLoops_data()
{
    QTest::addColumn<QList<int>>("statuses"); // /hop0 -> ... -> back to /hop0
    QTest::newRow("to itself") << QList<int>{301};
    QTest::newRow("through another") << QList<int>{302, 301};
    QTest::newRow("through four") << QList<int>{301, 301, 307, 301};
}

void TestHttpFetcherRedirects::detectsLoops()
{
    QFETCH(QList<int>, statuses);
    scriptChain(statuses);
    m_server->respond("/hop" + QByteArray::number(statuses.size() - 1),
                      LoopbackHttpServer::redirect(statuses.last(), "/hop0"));

    const FetchResult result = fetched({.url = m_server->url("/hop0")});
    QCOMPARE(result.outcome, FetchOutcome::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("redirects in a loop, back to ") +
                                   m_server->url("/hop0").toDisplayString()),
             qPrintable(result.error));
    QVERIFY(!result.movedPermanentlyTo);
    QCOMPARE(m_server->requests().size(), statuses.size()); // each address asked once
}

void TestHttpFetcherRedirects::refusesOtherSchemes_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("ftp") << QByteArray("ftp://example.org/feed.xml");
    QTest::newRow("file") << QByteArray("file:///etc/passwd");
    QTest::newRow("javascript") << QByteArray("javascript:alert(1)");
}

void TestHttpFetcherRedirects::refusesOtherSchemes()
{
    QFETCH(QByteArray, location);
    m_server->respond("/moved", LoopbackHttpServer::redirect(301, location));

    const FetchResult result = fetched({.url = m_server->url("/moved")});
    QCOMPARE(result.outcome, FetchOutcome::Failed);
    QCOMPARE(result.httpStatus, 301);
    QVERIFY2(result.error.contains(QStringLiteral("which is not an http or https address")),
             qPrintable(result.error));
    QCOMPARE(result.redirects, 0);
    QVERIFY(!result.movedPermanentlyTo);
}

void TestHttpFetcherRedirects::refusesARedirectWithoutLocation()
{
    LoopbackHttpServer::Response nowhere;
    nowhere.status = 302;
    m_server->respond("/moved", nowhere);

    const FetchResult result = fetched({.url = m_server->url("/moved")});
    QCOMPARE(result.outcome, FetchOutcome::Failed);
    QCOMPARE(result.httpStatus, 302);
    QVERIFY2(result.error.contains(QStringLiteral("without a valid Location")), qPrintable(result.error));
}

// The next hop takes a slot on its own host: 127.0.0.1 and localhost are two hosts to the fetcher.
void TestHttpFetcherRedirects::followsToAnotherHost()
{
    const QUrl target = m_server->url("/feed", QStringLiteral("localhost"));
    m_server->respond("/moved", LoopbackHttpServer::redirect(308, target.toEncoded()));

    const FetchResult result = fetched({.url = m_server->url("/moved")});
    QCOMPARE(result.error, QString());
    QCOMPARE(result.outcome, FetchOutcome::Fetched);
    QCOMPARE(result.finalUrl, target);
    QCOMPARE(result.movedPermanentlyTo, std::optional(target));
    QCOMPARE(m_server->requestsFor("/feed").value(0).header("Host"), target.authority().toLatin1());
    QCOMPARE(m_fetcher->pendingCount(), 0);
}

// The stored validators came from the final address last time, so each hop gets them: a feed behind
// a redirect still answers 304.
void TestHttpFetcherRedirects::sendsValidatorsToEveryHop()
{
    m_server->respond("/moved", LoopbackHttpServer::redirect(302, "/feed"));
    LoopbackHttpServer::Response notModified;
    notModified.status = 304;
    m_server->respond("/feed", notModified);

    const FetchResult result = fetched(
        {.url = m_server->url("/moved"), .etag = "\"v1\"", .lastModified = "Sun, 06 Dec 2026 08:00:00 GMT"});
    QCOMPARE(result.outcome, FetchOutcome::NotModified);
    for (const LoopbackHttpServer::Request &request : m_server->requests()) {
        QCOMPARE(request.header("If-None-Match"), QByteArray("\"v1\""));
        QCOMPARE(request.header("If-Modified-Since"), QByteArray("Sun, 06 Dec 2026 08:00:00 GMT"));
    }
}

QTEST_GUILESS_MAIN(TestHttpFetcherRedirects)
#include "tst_httpfetcherredirects.moc"
