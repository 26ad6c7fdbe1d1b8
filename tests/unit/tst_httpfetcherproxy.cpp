#include "FetchTestSupport.h"
#include "LoopbackHttpServer.h"
#include "fetch/HttpFetcher.h"

#include <QTest>

#include <memory>

using namespace Clearance;
using FetchTestSupport::finishes;

// Through which proxy a fetch goes: the system's settings (here the http_proxy variable) unless the
// options name one. The loopback server plays the proxy: it is asked for the absolute address.
class TestHttpFetcherProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void followsTheSystemSettings();
    void explicitProxy();

private:
    static FetchResult fetched(HttpFetcher &fetcher, const QUrl &url);

    std::unique_ptr<LoopbackHttpServer> m_proxy;
    const QUrl m_url{QStringLiteral("http://feeds.example.invalid/customs.xml")};
};

void TestHttpFetcherProxy::init()
{
    m_proxy = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_proxy->listen());
    m_proxy->respond(m_url.toEncoded(), LoopbackHttpServer::ok("<rss/>", "application/rss+xml"));
    qputenv("http_proxy", m_proxy->url("").toEncoded());
    qunsetenv("HTTP_PROXY");
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
}

void TestHttpFetcherProxy::cleanup()
{
    qunsetenv("http_proxy");
    m_proxy.reset();
}

FetchResult TestHttpFetcherProxy::fetched(HttpFetcher &fetcher, const QUrl &url)
{
    const QFuture<FetchResult> future = fetcher.fetch({.url = url});
    if (!finishes(future) || future.resultCount() != 1)
        return {};
    return future.result();
}

void TestHttpFetcherProxy::followsTheSystemSettings()
{
    FetchOptions options = FetchTestSupport::options();
    options.proxy.reset();
    HttpFetcher fetcher(options);

    const FetchResult result = fetched(fetcher, m_url);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.outcome, FetchOutcome::Fetched);
    QCOMPARE(m_proxy->requests().size(), 1);
    QCOMPARE(m_proxy->requests().constFirst().path, m_url.toEncoded());
}

void TestHttpFetcherProxy::explicitProxy()
{
    qunsetenv("http_proxy");
    FetchOptions options = FetchTestSupport::options();
    options.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxy->port());
    HttpFetcher fetcher(options);

    const FetchResult result = fetched(fetcher, m_url);
    QCOMPARE(result.outcome, FetchOutcome::Fetched);
    QCOMPARE(m_proxy->requests().value(0).path, m_url.toEncoded());
}

QTEST_GUILESS_MAIN(TestHttpFetcherProxy)
#include "tst_httpfetcherproxy.moc"
