#include "TestLibrary.h"
#include "service/Importer.h"
#include "storage/SourceStore.h"
#include "tagging/Tagger.h"

#include <QTest>

using namespace Clearance;

// Importing what a source's fetch gave: a feed must be a feed, an article page is a page, the articles
// remember their source, and anything refused leaves the library as it was.
class TestImportFetched final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsAFeedAndRecordsItsSource();
    void refusesWhatIsNoFeed_data();
    void refusesWhatIsNoFeed();
    void anEmptyFeedChangesNothing();
    void readsAnArticlePage();

private:
    qint64 articlesFromTheSource() const
    {
        ArticleFilter filter;
        filter.sources = {m_sourceId};
        return *m_library->store->countArticles(filter);
    }

    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<SourceStore> m_sources;
    std::unique_ptr<Importer> m_importer;
    qint64 m_sourceId = 0;
};

namespace {

const QByteArray kFeed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Customs News</title><link>https://news.example/</link>
<item><guid>n-1</guid><title>Mali joins the WCO reform plan</title>
<description>The customs administration of Mali adopted the plan.</description></item>
<item><guid>n-2</guid><title>Nepal opens a border post</title>
<description>Nepal opened a new post on its border with India.</description></item>
</channel></rss>)";

} // namespace

void TestImportFetched::init()
{
    m_library = std::make_unique<TestLibrary>();
    m_sources = std::make_unique<SourceStore>(*m_library->database);
    m_importer = std::make_unique<Importer>(*m_library->store, Tagger::standard());
    Source source;
    source.url = QStringLiteral("https://news.example/feed.xml");
    source.title = QStringLiteral("Customs News");
    m_sourceId = *m_sources->add(source);
}

void TestImportFetched::importsAFeedAndRecordsItsSource()
{
    const FetchedDocument document{kFeed, QStringLiteral("https://news.example/feed.xml"),
                                   QStringLiteral("Customs News"), m_sourceId, true};
    const auto report = m_importer->importFetched(document);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, 2);
    QCOMPARE(report->format, QStringLiteral("RSS 2.0"));
    QCOMPARE(report->title, QStringLiteral("Customs News")); // the channel's, for a source without a title
    QCOMPARE(articlesFromTheSource(), 2);

    const auto again = m_importer->importFetched(document);
    QVERIFY(again.ok());
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, 2);
    QCOMPARE(articlesFromTheSource(), 2);
}

void TestImportFetched::refusesWhatIsNoFeed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("error page") << QByteArray(
                                       "<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
                                       "<body><h1>Not Found</h1><p>The page is gone.</p></body></html>")
                                << QStringLiteral("a web page, not a feed");
    QTest::newRow("captive portal") << QByteArray("<html><body><form action=\"/login\"><p>Sign in to the "
                                                  "hotel Wi-Fi to continue.</p></form></body></html>")
                                    << QStringLiteral("a web page, not a feed");
    QTest::newRow("plain text") << QByteArray("Service temporarily unavailable, try again later.\n")
                                << QStringLiteral("plain text, not a feed");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("broken half-way") << kFeed.left(kFeed.indexOf("<item><guid>n-2")) + "<item><title>cut"
                                     << QStringLiteral("was not imported");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("PNG");
}

void TestImportFetched::refusesWhatIsNoFeed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const auto before = m_library->store->countArticles({});
    const auto report = m_importer->importFetched(
        FetchedDocument{body, QStringLiteral("https://news.example/feed.xml"), QString(), m_sourceId, true});
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(message), qPrintable(report.error()));
    QVERIFY2(report.error().contains(QLatin1String("https://news.example/feed.xml")),
             qPrintable(report.error()));
    QCOMPARE(*m_library->store->countArticles({}), *before);
    QCOMPARE(articlesFromTheSource(), 0);
}

void TestImportFetched::anEmptyFeedChangesNothing()
{
    QVERIFY(m_importer->importFetched(FetchedDocument{kFeed, QStringLiteral("https://news.example/feed.xml"),
                                                      QString(), m_sourceId, true}));
    // The feed suddenly lists nothing: an import of nothing, the articles already read untouched.
    const QByteArray empty =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Customs News</title>"
        "</channel></rss>";
    const auto report = m_importer->importFetched(
        FetchedDocument{empty, QStringLiteral("https://news.example/feed.xml"), QString(), m_sourceId, true});
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added + report->updated + report->unchanged, 0);
    QCOMPARE(*m_library->store->countArticles({}), 2);
    QCOMPARE(articlesFromTheSource(), 2);
}

void TestImportFetched::readsAnArticlePage()
{
    const QByteArray page =
        "<html><head><title>WCO newsroom</title></head><body><nav><a href=\"/\">Home</a></nav>"
        "<article><h1>Customs of Niger adopt the Revised Kyoto Convention</h1>"
        "<p>Niger became the newest contracting party.</p></article></body></html>";
    const QString url = QStringLiteral("https://www.wcoomd.org/en/media/newsroom/2026/december/niger.aspx");
    const auto report = m_importer->importFetched(
        FetchedDocument{page, url, QStringLiteral("WCO newsroom"), m_sourceId, false});
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, 1);
    const auto list = m_library->store->listArticles({}, ListPage::all());
    QCOMPARE(list->size(), 1);
    const auto article = m_library->store->article(list->constFirst().id);
    QCOMPARE(article->title, QStringLiteral("Customs of Niger adopt the Revised Kyoto Convention"));
    QCOMPARE(article->url, url);                               // the page gave no link of its own
    QCOMPARE(article->source, QStringLiteral("WCO newsroom")); // nor a site name
    QCOMPARE(articlesFromTheSource(), 1);
}

QTEST_GUILESS_MAIN(TestImportFetched)
#include "tst_importfetched.moc"
