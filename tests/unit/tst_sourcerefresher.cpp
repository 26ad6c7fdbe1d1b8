#include "FetchTestSupport.h"
#include "LoopbackHttpServer.h"
#include "ServiceTestSupport.h"
#include "service/LibraryService.h"
#include "service/LibraryThread.h"
#include "service/SourceRefresher.h"
#include "storage/SourceStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Clearance;
using namespace std::chrono_literals;

// Fetching sources end to end against a scripted server on 127.0.0.1: the imports, what each fetch
// leaves on its source, and what a bad answer must not do to the articles already there.
class TestSourceRefresher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstFetchThenConditionalRequest();
    void anErrorPageKeepsTheArticlesAndBacksOff();
    void goneDisablesTheSource();
    void aPermanentRedirectRewritesTheAddress();
    void aHostThatAsksToSlowDownIsLeftAlone();
    void aPageSourceFetchesNewArticlePagesOnce();
    void cancelEndsTheRun();

private:
    qint64 addSource(const QByteArray &path, const QString &title = {},
                     Source::Kind kind = Source::Kind::Feed, const QString &pattern = {});
    Source stored(qint64 id) const { return *SourceStore(*m_library->database).source(id); }
    // Refreshes the sources (stored now) and waits for the run's reports.
    QList<SourceFetchReport> refresh(const QList<qint64> &ids);
    qint64 articlesFrom(qint64 id) const
    {
        ArticleFilter filter;
        filter.sources = {id};
        return *m_library->store->countArticles(filter);
    }

    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<LibraryThread> m_thread;
    std::unique_ptr<SourceRefresher> m_refresher;
};

namespace {

QByteArray rss(const QStringList &guids)
{
    QByteArray items;
    for (const QString &g : guids)
        items += "<item><guid>" + g.toUtf8() + "</guid><title>Customs news " + g.toUtf8() +
                 "</title><description>The customs administration of Mali reported " + g.toUtf8() +
                 ".</description></item>";
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback Customs</title>" + items +
           "</channel></rss>";
}

LoopbackHttpServer::Response feed(const QStringList &guids, const QByteArray &etag = {})
{
    LoopbackHttpServer::Response r = LoopbackHttpServer::ok(rss(guids), "application/rss+xml");
    if (!etag.isEmpty())
        r.header("ETag", etag);
    return r;
}

LoopbackHttpServer::Response status(int code, QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    LoopbackHttpServer::Response r;
    r.status = code;
    r.headers = std::move(headers);
    r.body = "status";
    return r;
}

} // namespace

void TestSourceRefresher::init()
{
    m_library = std::make_unique<TestLibrary>();
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_thread = std::make_unique<LibraryThread>(m_library->path(), Tagger::standard());
    QCOMPARE(openAndWait(*m_thread->service()), QString());
    m_refresher = std::make_unique<SourceRefresher>(m_thread->service(), FetchTestSupport::options());
}

void TestSourceRefresher::cleanup()
{
    m_refresher.reset();
    m_thread.reset();
    m_server.reset();
    m_library.reset();
}

qint64 TestSourceRefresher::addSource(const QByteArray &path, const QString &title, Source::Kind kind,
                                      const QString &pattern)
{
    Source s;
    s.url = m_server->url(path).toString();
    s.title = title;
    s.kind = kind;
    s.linkPattern = pattern;
    const auto id = SourceStore(*m_library->database).add(s);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return *id;
}

QList<SourceFetchReport> TestSourceRefresher::refresh(const QList<qint64> &ids)
{
    QList<Source> sources;
    for (qint64 id : ids)
        sources.append(stored(id));
    QSignalSpy finished(m_refresher.get(), &SourceRefresher::finished);
    m_refresher->refresh(sources);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<QList<SourceFetchReport>>();
}

void TestSourceRefresher::firstFetchThenConditionalRequest()
{
    const qint64 id = addSource("/feed.xml");
    m_server->respond("/feed.xml", feed({QStringLiteral("a"), QStringLiteral("b")}, "\"v1\""));
    QList<SourceFetchReport> reports = refresh({id});
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports[0].status, FetchStatus::Ok);
    QCOMPARE(reports[0].added, 2);
    QCOMPARE(articlesFrom(id), 2);
    Source s = stored(id);
    QCOMPARE(s.lastStatus, FetchStatus::Ok);
    QCOMPARE(s.etag, QByteArray("\"v1\""));
    QCOMPARE(s.title, QStringLiteral("Loopback Customs")); // taken from the feed
    QCOMPARE(s.lastFetch, FetchTestSupport::fixedNow());
    QCOMPARE(s.nextFetch, FetchTestSupport::fixedNow().addSecs(3600)); // the default interval
    QCOMPARE(s.itemsSeen, 2);

    // The next request is conditional; the server says nothing changed.
    m_server->respond("/feed.xml", status(304));
    reports = refresh({id});
    QCOMPARE(reports[0].status, FetchStatus::NotModified);
    QCOMPARE(m_server->requestsFor("/feed.xml").last().header("If-None-Match"), QByteArray("\"v1\""));
    QCOMPARE(stored(id).etag, QByteArray("\"v1\""));
    QCOMPARE(articlesFrom(id), 2);
}

void TestSourceRefresher::anErrorPageKeepsTheArticlesAndBacksOff()
{
    const qint64 id = addSource("/feed.xml", QStringLiteral("Customs"));
    m_server->respond("/feed.xml", feed({QStringLiteral("a"), QStringLiteral("b")}, "\"v1\""));
    QCOMPARE(refresh({id}).value(0).status, FetchStatus::Ok);

    // A captive portal answers 200 with its sign-in page.
    m_server->respond("/feed.xml",
                      LoopbackHttpServer::ok("<html><body><form><p>Sign in to continue</p></form>"
                                             "</body></html>",
                                             "text/html"));
    QList<SourceFetchReport> reports = refresh({id});
    QCOMPARE(reports[0].status, FetchStatus::Failed);
    QVERIFY2(reports[0].error.contains(QLatin1String("a web page, not a feed")),
             qPrintable(reports[0].error));
    QVERIFY(reports[0].failed());
    QCOMPARE(articlesFrom(id), 2);
    Source s = stored(id);
    QCOMPARE(s.failures, 1);
    QCOMPARE(s.lastError, reports[0].error);
    QVERIFY(s.etag.isEmpty()); // read whole next time
    QCOMPARE(s.nextFetch, FetchTestSupport::fixedNow().addSecs(3600));

    // A server error next: the back-off doubles.
    m_server->respond("/feed.xml", status(500));
    reports = refresh({id});
    QCOMPARE(reports[0].status, FetchStatus::Failed);
    QCOMPARE(reports[0].httpStatus, 500);
    QCOMPARE(stored(id).failures, 2);
    QCOMPARE(stored(id).nextFetch, FetchTestSupport::fixedNow().addSecs(2 * 3600));

    // A feed that suddenly lists nothing keeps its articles and says so.
    m_server->respond("/feed.xml", feed({}));
    reports = refresh({id});
    QCOMPARE(reports[0].status, FetchStatus::Ok);
    QVERIFY(!reports[0].error.isEmpty());
    QCOMPARE(articlesFrom(id), 2);
    QCOMPARE(stored(id).failures, 0);
}

void TestSourceRefresher::goneDisablesTheSource()
{
    const qint64 id = addSource("/gone.xml", QStringLiteral("Old"));
    m_server->respond("/gone.xml", status(410));
    const QList<SourceFetchReport> reports = refresh({id});
    QCOMPARE(reports[0].status, FetchStatus::Gone);
    QVERIFY(!stored(id).enabled);
    QCOMPARE(stored(id).lastStatus, FetchStatus::Gone);
    QVERIFY(stored(id).lastError.contains(QLatin1String("410")));
}

void TestSourceRefresher::aPermanentRedirectRewritesTheAddress()
{
    const qint64 id = addSource("/old.xml", QStringLiteral("Moved"));
    m_server->respond("/old.xml", LoopbackHttpServer::redirect(301, "/new.xml"));
    m_server->respond("/new.xml", feed({QStringLiteral("a")}));
    const QList<SourceFetchReport> reports = refresh({id});
    QCOMPARE(reports[0].status, FetchStatus::Ok);
    QCOMPARE(stored(id).url, m_server->url("/new.xml").toString());
    QCOMPARE(reports[0].movedTo, m_server->url("/new.xml").toString());

    // A temporary one does not.
    const qint64 other = addSource("/temp.xml", QStringLiteral("Temporary"));
    m_server->respond("/temp.xml", LoopbackHttpServer::redirect(302, "/new.xml"));
    QCOMPARE(refresh({other}).value(0).status, FetchStatus::Ok);
    QCOMPARE(stored(other).url, m_server->url("/temp.xml").toString());
}

void TestSourceRefresher::aHostThatAsksToSlowDownIsLeftAlone()
{
    const qint64 busy = addSource("/busy.xml", QStringLiteral("Busy"));
    const qint64 sibling = addSource("/sibling.xml", QStringLiteral("Sibling"));
    m_server->respond("/busy.xml", status(429, {{"Retry-After", "120"}}));
    m_server->respond("/sibling.xml", feed({QStringLiteral("a")}));
    QCOMPARE(refresh({busy}).value(0).status, FetchStatus::RateLimited);
    // A failure's back-off (an hour the first time), Retry-After being a minimum over it.
    QCOMPARE(stored(busy).nextFetch, FetchTestSupport::fixedNow().addSecs(3600));

    // Another source on the same host waits too, without a request.
    const QList<SourceFetchReport> reports = refresh({sibling});
    QCOMPARE(reports[0].status, FetchStatus::RateLimited);
    QVERIFY(m_server->requestsFor("/sibling.xml").isEmpty());
    QCOMPARE(stored(sibling).nextFetch, FetchTestSupport::fixedNow().addSecs(120)); // the host's pause
    QCOMPARE(stored(sibling).failures, 0);
}

void TestSourceRefresher::aPageSourceFetchesNewArticlePagesOnce()
{
    const qint64 id = addSource("/newsroom", QStringLiteral("Newsroom"), Source::Kind::Page,
                                QStringLiteral("/newsroom/2026/*"));
    QByteArray listing = "<html><body><nav><a href=\"/\">Home</a><a href=\"/about\">About</a></nav><ul>";
    for (const char *slug : {"niger-joins-rkc", "mali-launches-single-window", "chad-trains-officers"})
        listing += QByteArray("<li><a href=\"/newsroom/2026/") + slug + "\">" + slug + "</a></li>";
    listing += "</ul></body></html>";
    m_server->respond("/newsroom", LoopbackHttpServer::ok(listing, "text/html"));
    for (const char *slug : {"niger-joins-rkc", "mali-launches-single-window", "chad-trains-officers"}) {
        const QByteArray page = QByteArray("<html><head><title>") + slug +
                                "</title></head><body><article><h1>Customs news: " + slug +
                                "</h1><p>The customs administration announced " + slug +
                                " today, with the support of the WCO.</p></article></body></html>";
        m_server->respond(QByteArray("/newsroom/2026/") + slug, LoopbackHttpServer::ok(page, "text/html"));
    }
    QList<SourceFetchReport> reports = refresh({id});
    QCOMPARE(reports[0].status, FetchStatus::Ok);
    QCOMPARE(reports[0].added, 3);
    QCOMPARE(articlesFrom(id), 3);
    QCOMPARE(m_server->requestsFor("/about").size(), 0);

    // Again: the listing only, no article page twice.
    const qsizetype before = m_server->requests().size();
    reports = refresh({id});
    QCOMPARE(reports[0].status, FetchStatus::Ok);
    QCOMPARE(reports[0].added, 0);
    QCOMPARE(m_server->requests().size(), before + 1);
}

void TestSourceRefresher::cancelEndsTheRun()
{
    const qint64 id = addSource("/stall.xml", QStringLiteral("Stalled"));
    LoopbackHttpServer::Response stall;
    stall.stall = true;
    m_server->respond("/stall.xml", stall);
    QSignalSpy finished(m_refresher.get(), &SourceRefresher::finished);
    m_refresher->refresh({stored(id)});
    QTRY_COMPARE(m_server->requestsFor("/stall.xml").size(), 1);
    QVERIFY(m_refresher->isRunning());
    m_refresher->cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_refresher->isRunning());
    QCOMPARE(stored(id).lastStatus, FetchStatus::Never); // nothing recorded for a fetch cut short
}

QTEST_GUILESS_MAIN(TestSourceRefresher)
#include "tst_sourcerefresher.moc"
