#include "FetchTestSupport.h"
#include "LoopbackHttpServer.h"
#include "fetch/HttpFetcher.h"

#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Clearance;
using FetchTestSupport::finishes;
using Response = LoopbackHttpServer::Response;

// What HttpFetcher makes of each kind of answer from a loopback server: bodies, conditional GETs,
// status codes, Retry-After, compression. Redirects: tst_httpfetcherredirects; timeouts, the size cap,
// connection limits and cancelling: tst_httpfetcherlimits.
class TestHttpFetcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fetchesBodies_data();
    void fetchesBodies();
    void reportsAnyContentType();
    void readsValidatorsAndMaxAge();
    void plainRequestIsNotConditional();
    void conditionalGet_data();
    void conditionalGet();
    void statuses_data();
    void statuses();
    void decodesCompressedBodies_data();
    void decodesCompressedBodies();
    void refusesOtherSchemes_data();
    void refusesOtherSchemes();
    void reportsARefusedConnection();

private:
    FetchResult fetched(const FetchRequest &request);

    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<HttpFetcher> m_fetcher;
};

void TestHttpFetcher::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_fetcher = std::make_unique<HttpFetcher>(FetchTestSupport::options());
}

void TestHttpFetcher::cleanup()
{
    m_fetcher.reset();
    m_server.reset();
}

// The answer, or a failed result naming the timeout (QVERIFY cannot return a value).
FetchResult TestHttpFetcher::fetched(const FetchRequest &request)
{
    const QFuture<FetchResult> future = m_fetcher->fetch(request);
    if (!finishes(future) || future.resultCount() != 1) {
        FetchResult timedOut;
        timedOut.error = QStringLiteral("the test waited in vain for an answer");
        return timedOut;
    }
    return future.result();
}

void TestHttpFetcher::fetchesBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");

    QTest::newRow("RSS") << QByteArray(
                                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Customs</title>"
                                "<item><title>Tariff notice</title></item></channel></rss>")
                         << QByteArray("application/rss+xml; charset=utf-8");
    QTest::newRow("Atom") << QByteArray("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                                        "<title>Trade</title></feed>")
                          << QByteArray("application/atom+xml");
    QTest::newRow("JSON Feed") << QByteArray(
                                      R"({"version":"https://jsonfeed.org/version/1.1","title":"Douane",)"
                                      R"("items":[{"id":"1","content_text":"Règlement"}]})")
                               << QByteArray("application/feed+json");
    QTest::newRow("empty body") << QByteArray() << QByteArray("text/plain");
}

void TestHttpFetcher::fetchesBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    m_server->respond("/feed", LoopbackHttpServer::ok(body, contentType));
    const QUrl url = m_server->url("/feed");

    const FetchResult result = fetched({.url = url});
    QCOMPARE(result.error, QString());
    QCOMPARE(result.outcome, FetchOutcome::Fetched);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.body, body);
    QCOMPARE(result.contentType, contentType);
    QCOMPARE(result.requestedUrl, url);
    QCOMPARE(result.finalUrl, url);
    QCOMPARE(result.redirects, 0);
    QVERIFY(!result.movedPermanentlyTo);

    QCOMPARE(m_server->requests().size(), 1);
    const LoopbackHttpServer::Request request = m_server->requests().constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QByteArray("/feed"));
    QCOMPARE(request.header("User-Agent"),
             QByteArray("Clearance/" CLEARANCE_VERSION " (+https://github.com/clearance-reader/clearance)"));
    QVERIFY(request.header("Accept").startsWith("application/rss+xml"));
}

// Whether text/html fits a feed is the reader's call: the fetcher reports what the server said.
void TestHttpFetcher::reportsAnyContentType()
{
    m_server->respond("/feed.xml",
                      LoopbackHttpServer::ok("<html><body>Not a feed</body></html>", "text/html"));
    const FetchResult result = fetched({.url = m_server->url("/feed.xml")});
    QCOMPARE(result.outcome, FetchOutcome::Fetched);
    QCOMPARE(result.contentType, QByteArray("text/html"));
    QCOMPARE(result.body, QByteArray("<html><body>Not a feed</body></html>"));
}

void TestHttpFetcher::readsValidatorsAndMaxAge()
{
    m_server->respond("/feed", LoopbackHttpServer::ok("<rss/>", "application/rss+xml")
                                   .header("ETag", "W/\"abc-123\"")
                                   .header("Last-Modified", "Mon, 07 Dec 2026 11:00:00 GMT")
                                   .header("Cache-Control", "public, max-age=900"));
    const FetchResult result = fetched({.url = m_server->url("/feed")});
    QCOMPARE(result.outcome, FetchOutcome::Fetched);
    QCOMPARE(result.etag, QByteArray("W/\"abc-123\""));
    QCOMPARE(result.lastModified, QByteArray("Mon, 07 Dec 2026 11:00:00 GMT"));
    QVERIFY(result.maxAge);
    QCOMPARE(result.maxAge->count(), 900);
    QVERIFY(!result.retryAfter);
}

void TestHttpFetcher::plainRequestIsNotConditional()
{
    m_server->respond("/feed", LoopbackHttpServer::ok("<rss/>", "application/rss+xml"));
    QCOMPARE(fetched({.url = m_server->url("/feed")}).outcome, FetchOutcome::Fetched);
    const LoopbackHttpServer::Request request = m_server->requests().value(0);
    QVERIFY(!request.headers.contains("if-none-match"));
    QVERIFY(!request.headers.contains("if-modified-since"));
}

void TestHttpFetcher::conditionalGet_data()
{
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<QByteArray>("lastModified");

    QTest::newRow("ETag") << QByteArray("\"v42\"") << QByteArray();
    QTest::newRow("Last-Modified") << QByteArray() << QByteArray("Sun, 06 Dec 2026 08:00:00 GMT");
    QTest::newRow("both") << QByteArray("W/\"v43\"") << QByteArray("Sun, 06 Dec 2026 09:00:00 GMT");
}

// The stored validators go out as If-None-Match and If-Modified-Since, byte for byte, and a 304 is
// NotModified with no body.
void TestHttpFetcher::conditionalGet()
{
    QFETCH(QByteArray, etag);
    QFETCH(QByteArray, lastModified);
    Response notModified;
    notModified.status = 304;
    if (!etag.isEmpty())
        notModified.header("ETag", etag);
    m_server->respond("/feed", notModified);

    const FetchResult result =
        fetched({.url = m_server->url("/feed"), .etag = etag, .lastModified = lastModified});
    QCOMPARE(result.outcome, FetchOutcome::NotModified);
    QCOMPARE(result.httpStatus, 304);
    QCOMPARE(result.body, QByteArray());
    QCOMPARE(result.etag, etag);

    const LoopbackHttpServer::Request request = m_server->requests().value(0);
    QCOMPARE(request.header("If-None-Match"), etag);
    QCOMPARE(request.header("If-Modified-Since"), lastModified);
    QCOMPARE(request.headers.contains("if-none-match"), !etag.isEmpty());
    QCOMPARE(request.headers.contains("if-modified-since"), !lastModified.isEmpty());
}

void TestHttpFetcher::statuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter"); // the header; empty: none sent
    QTest::addColumn<FetchOutcome>("outcome");
    QTest::addColumn<qint64>("retryAfterSeconds"); // after the fixed clock; -1: none
    QTest::addColumn<QString>("error");            // a part of it; empty: no error

    const qint64 none = -1;
    QTest::newRow("404") << 404 << QByteArray() << FetchOutcome::Failed << none << "HTTP 404 Not Found";
    QTest::newRow("500") << 500 << QByteArray() << FetchOutcome::Failed << none
                         << "HTTP 500 Internal Server Error";
    QTest::newRow("410") << 410 << QByteArray() << FetchOutcome::Gone << none << "";
    QTest::newRow("429, seconds") << 429 << QByteArray("120") << FetchOutcome::RateLimited << qint64(120)
                                  << "";
    QTest::newRow("429, HTTP-date") << 429 << QByteArray("Mon, 07 Dec 2026 13:00:00 GMT")
                                    << FetchOutcome::RateLimited << qint64(3600) << "";
    QTest::newRow("429, no Retry-After") << 429 << QByteArray() << FetchOutcome::RateLimited << none << "";
    QTest::newRow("429, unreadable Retry-After")
        << 429 << QByteArray("later") << FetchOutcome::RateLimited << none << "";
    QTest::newRow("503, seconds") << 503 << QByteArray("60") << FetchOutcome::RateLimited << qint64(60) << "";
    QTest::newRow("503, HTTP-date") << 503 << QByteArray("Mon, 07 Dec 2026 12:30:00 GMT")
                                    << FetchOutcome::RateLimited << qint64(1800) << "";
    QTest::newRow("503, no Retry-After: an outage")
        << 503 << QByteArray() << FetchOutcome::Failed << none << "HTTP 503 Service Unavailable";
}

void TestHttpFetcher::statuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(FetchOutcome, outcome);
    QFETCH(qint64, retryAfterSeconds);
    QFETCH(QString, error);
    Response response = LoopbackHttpServer::ok("<html>Sorry</html>", "text/html");
    response.status = status;
    if (!retryAfter.isEmpty())
        response.header("Retry-After", retryAfter);
    m_server->respond("/feed", response);
    const QUrl url = m_server->url("/feed");

    const FetchResult result = fetched({.url = url});
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.finalUrl, url);
    if (error.isEmpty()) {
        QCOMPARE(result.error, QString());
    } else {
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QVERIFY2(result.error.contains(url.toDisplayString()), qPrintable(result.error));
    }
    if (retryAfterSeconds < 0) {
        QVERIFY(!result.retryAfter);
    } else {
        QVERIFY(result.retryAfter);
        QCOMPARE(FetchTestSupport::fixedNow().secsTo(*result.retryAfter), retryAfterSeconds);
    }
}

void TestHttpFetcher::decodesCompressedBodies_data()
{
    QTest::addColumn<Response::Encoding>("encoding");
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("gzip") << Response::Encoding::Gzip << QByteArray("gzip");
    QTest::newRow("deflate") << Response::Encoding::Deflate << QByteArray("deflate");
}

// QNetworkAccessManager asks for gzip and deflate and decodes them itself as long as Accept-Encoding
// is left to it: the body arrives as the feed's own bytes.
void TestHttpFetcher::decodesCompressedBodies()
{
    QFETCH(Response::Encoding, encoding);
    QFETCH(QByteArray, name);
    QByteArray rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Tariffs</title>";
    for (int i = 0; i < 200; ++i)
        rss += "<item><title>Notice " + QByteArray::number(i * 7919 % 1000) + "</title></item>";
    rss += "</channel></rss>";
    Response response = LoopbackHttpServer::ok(rss, "application/rss+xml");
    response.encoding = encoding;
    m_server->respond("/feed", response);

    const FetchResult result = fetched({.url = m_server->url("/feed")});
    QCOMPARE(result.outcome, FetchOutcome::Fetched);
    QCOMPARE(result.body, rss);
    QVERIFY(m_server->requests().value(0).header("Accept-Encoding").contains(name));
    QVERIFY2(m_server->bodyBytesSent() < rss.size() / 2, "the server did not compress");
}

void TestHttpFetcher::refusesOtherSchemes_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("ftp") << "ftp://example.org/feed.xml";
    QTest::newRow("file") << "file:///etc/passwd";
    QTest::newRow("no scheme") << "example.org/feed.xml";
    QTest::newRow("empty") << "";
}

void TestHttpFetcher::refusesOtherSchemes()
{
    QFETCH(QString, url);
    const QFuture<FetchResult> future = m_fetcher->fetch({.url = QUrl(url)});
    QVERIFY(future.isFinished()); // at once, without a connection
    const FetchResult result = future.result();
    QCOMPARE(result.outcome, FetchOutcome::Failed);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY2(result.error.contains(QStringLiteral("is not an http or https address")),
             qPrintable(result.error));
    QCOMPARE(m_fetcher->pendingCount(), 0);
}

void TestHttpFetcher::reportsARefusedConnection()
{
    // A port that was free a moment ago and has no listener now.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/feed").arg(closed.serverPort()));
    closed.close();

    const FetchResult result = fetched({.url = url});
    QCOMPARE(result.outcome, FetchOutcome::Failed);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY2(result.error.startsWith(QStringLiteral("Could not fetch ") + url.toDisplayString()),
             qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestHttpFetcher)
#include "tst_httpfetcher.moc"
