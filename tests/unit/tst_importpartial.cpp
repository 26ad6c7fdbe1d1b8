#include "SampleArticle.h"
#include "TestLibrary.h"
#include "service/Importer.h"
#include "tagging/Tagger.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Clearance;

// Importer on items that are not whole articles (a headline and no text, text and no title, nothing)
// and on items the library refuses: each becomes an article with its note, is skipped and counted, or
// is named in the report; one such item never refuses the rest of its file.
class TestImportPartial final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keepsItemsWithoutTextOrTitle_data();
    void keepsItemsWithoutTextOrTitle();
    void textArrivingLaterUpdatesTheNote();
    void itemRefusedByTheLibraryIsNamedAndTheRestStored();
    void databaseFailureNamesTheItemAndWritesNothing();

private:
    // "title | text or (no text) | notes" for every article of the library, sorted.
    QStringList describeLibrary() const;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<Importer> m_importer;
};

namespace {

QString describe(const Article &a)
{
    QStringList notes;
    if (a.notes.testFlag(ArticleNote::NoText))
        notes.append(QStringLiteral("no text"));
    if (a.notes.testFlag(ArticleNote::TitleFromText))
        notes.append(QStringLiteral("title from text"));
    return a.title + QStringLiteral(" | ") +
           (a.body.isEmpty() ? QStringLiteral("(no text)") : a.body.left(30)) + QStringLiteral(" | ") +
           notes.join(QLatin1String(", "));
}

QByteArray feedOf(int items, int bigItem = -1)
{
    QByteArray xml = "<rss version=\"2.0\"><channel><title>Wire</title>";
    for (int i = 1; i <= items; ++i) {
        const QByteArray text = i == bigItem ? QByteArray(400 * 1024, 'x') : "Customs of Mali, report.";
        xml += "<item><guid>https://wire.example/" + QByteArray::number(i) + "</guid><title>Report " +
               QByteArray::number(i) + "</title><description>" + text + "</description></item>";
    }
    return xml + "</channel></rss>";
}

} // namespace

void TestImportPartial::init()
{
    m_library = std::make_unique<TestLibrary>();
    m_importer = std::make_unique<Importer>(*m_library->store, Tagger::standard());
}

void TestImportPartial::cleanup()
{
    m_importer.reset();
    m_library.reset();
}

QStringList TestImportPartial::describeLibrary() const
{
    QStringList described;
    const auto rows = m_library->store->listArticles({}, ListPage::all());
    for (const ArticleSummary &row : *rows)
        described.append(describe(*m_library->store->article(row.id)));
    described.sort();
    return described;
}

void TestImportPartial::keepsItemsWithoutTextOrTitle_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QStringList>("articles");
    const QString noText = QStringLiteral(" | (no text) | no text");
    QTest::newRow("RSS") << QStringLiteral("rss-headlines.xml") << 1
                         << QStringList{
                                QStringLiteral(
                                    "Empty content, text in media | The WTO Trade Facilitation Agr | "),
                                QStringLiteral("Empty description") + noText,
                                QStringLiteral("Image only") + noText,
                                QStringLiteral("Kenya Revenue Authority rolls out a new single window for "
                                               "transit cargo at Mombasa | Kenya Revenue Authority rolls  | "
                                               "title from text"),
                                QStringLiteral("Text in a media group | Customs officers of Nepal trai | "),
                                QStringLiteral("Video only") + noText,
                                QStringLiteral("WCO Council opens its annual session") + noText,
                                QStringLiteral("Whitespace description") + noText,
                            };
    QTest::newRow("Atom") << QStringLiteral("atom-links-only.xml") << 1
                          << QStringList{
                                 QStringLiteral("Mercator Programme mission to Mali") + noText,
                                 QStringLiteral("Post-clearance audit & risk") + noText,
                                 QStringLiteral(
                                     "Senegal customs adopts electronic certificates of origin for "
                                     "ECOWAS trade | Senegal customs adopts electro | "
                                     "title from text"),
                             };
    QTest::newRow("JSON array")
        << QStringLiteral("headlines.json") << 3
        << QStringList{
               QStringLiteral("A body of spaces") + noText,
               QStringLiteral("An empty body") + noText,
               QStringLiteral("An image") + noText,
               QStringLiteral("Bolivia customs joins the WCO Time Release Study") + noText,
               QStringLiteral("Guatemala's Tax Administration (SAT) signed a memorandum "
                              "with the WCO on valuation | Guatemala's Tax "
                              "Administration | title from text"),
               QStringLiteral("Plain | Rwanda Revenue Authority exten | "),
           };
    QTest::newRow("JSON Feed") << QStringLiteral("jsonfeed-headlines.json") << 1
                               << QStringList{
                                      QStringLiteral("Chad and Cameroon launch a joint border post to speed "
                                                     "transit | Chad and Cameroon launch a joi | "
                                                     "title from text"),
                                      QStringLiteral("Empty HTML") + noText,
                                      QStringLiteral("Uzbekistan customs signs transit agreement") + noText,
                                  };
    QTest::newRow("text") << QStringLiteral("headlines.txt") << 0
                          << QStringList{
                                 QStringLiteral("Mongolia joins the Revised Kyoto Convention | Mongolia, a "
                                                "landlocked country | "),
                                 QStringLiteral("WCO opens regional office in Dakar") + noText,
                             };
}

void TestImportPartial::keepsItemsWithoutTextOrTitle()
{
    QFETCH(QString, file);
    QFETCH(int, skipped);
    QFETCH(QStringList, articles);
    const auto report = m_importer->importFile(testData(QStringLiteral("feeds/partial/") + file));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, articles.size());
    QCOMPARE(report->skipped, skipped);
    QVERIFY(report->refused.isEmpty());
    QCOMPARE(describeLibrary(), articles);
    // Nothing of a dropped image, frame or script reaches the stored HTML of an article without text.
    QSqlQuery q(m_library->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM articles WHERE body = '' AND html IS NOT NULL")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Found by their titles; importing again adds nothing.
    ArticleFilter search;
    search.search = articles.first().section(QLatin1Char(' '), 0, 0);
    QVERIFY(*m_library->store->countArticles(search) >= 1);
    QCOMPARE(m_importer->importFile(testData(QStringLiteral("feeds/partial/") + file))->added, 0);
}

void TestImportPartial::textArrivingLaterUpdatesTheNote()
{
    // A headline first, its text in a later fetch of the same feed: one article, now with text.
    auto item = [](const QByteArray &description) -> QByteArray {
        return "<rss version=\"2.0\"><channel><title>Wire</title><item><guid>https://wire.example/7</guid>"
               "<title>Mali joins the WCO</title>" +
               description + "</item></channel></rss>";
    };
    const QString headline = writeTestFile(m_library->dir.path(), QStringLiteral("a.xml"), item({}));
    const QString full = writeTestFile(m_library->dir.path(), QStringLiteral("b.xml"),
                                       item("<description>The customs of Mali joined.</description>"));
    QCOMPARE(m_importer->importFile(headline)->added, 1);
    QCOMPARE(describeLibrary(), QStringList{QStringLiteral("Mali joins the WCO | (no text) | no text")});
    const auto report = m_importer->importFile(full);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->updated, 1);
    QCOMPARE(describeLibrary(),
             QStringList{QStringLiteral("Mali joins the WCO | The customs of Mali joined. | ")});
    ArticleFilter mali;
    mali.values(FacetKind::Country) = {QStringLiteral("ML")};
    QCOMPARE(*m_library->store->countArticles(mali), 1);
}

void TestImportPartial::itemRefusedByTheLibraryIsNamedAndTheRestStored()
{
    // A rule of the library's (here a trigger a team might add) refuses one item: that item is left
    // out whole and named by its place in the file; the other items are stored and searchable.
    QSqlQuery q(m_library->database->connection());
    QVERIFY2(q.exec(QStringLiteral(
                 "CREATE TRIGGER refuse_report_3 BEFORE INSERT ON articles "
                 "WHEN new.title = 'Report 3' BEGIN SELECT RAISE(ABORT, 'no third report'); END")),
             qPrintable(q.lastError().text()));
    const QString path = writeTestFile(m_library->dir.path(), QStringLiteral("wire.xml"), feedOf(5));
    const auto report = m_importer->importFile(path);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, 4);
    QCOMPARE(report->refused.size(), 1);
    QCOMPARE(report->refused.first().position, 3);
    QCOMPARE(report->refused.first().title, QStringLiteral("Report 3"));
    QVERIFY2(report->refused.first().reason.contains(QLatin1String("no third report")),
             qPrintable(report->refused.first().reason));
    QCOMPARE(*m_library->store->countArticles(), 4);
    ArticleFilter search;
    search.search = QStringLiteral("report");
    QCOMPARE(*m_library->store->countArticles(search), 4);
    // No tags or index entries of the refused item were left behind.
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM article_auto_facets), "
                                  "(SELECT count(*) FROM articles_fts)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 4);
    QCOMPARE(q.value(1).toInt(), 4);
}

void TestImportPartial::databaseFailureNamesTheItemAndWritesNothing()
{
    // The library file cannot grow past a few pages more (as on a full disk): the large fourth item
    // does not fit. The import stops there, names the item, and leaves the library as it was.
    QVERIFY(m_importer
                ->importFile(writeTestFile(m_library->dir.path(), QStringLiteral("before.txt"),
                                           "Before\n\nBefore\n\nCustoms news.\n"))
                .ok());
    QSqlQuery q(m_library->database->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    q.finish();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 20)));
    q.finish();
    const QString path = writeTestFile(m_library->dir.path(), QStringLiteral("wire.xml"), feedOf(6, 4));
    const auto report = m_importer->importFile(path);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QLatin1String("Item 4")), qPrintable(report.error()));
    QVERIFY2(report.error().contains(QLatin1String("Report 4")), qPrintable(report.error()));
    QVERIFY2(report.error().contains(QLatin1String("wire.xml")), qPrintable(report.error()));
    QCOMPARE(*m_library->store->countArticles(), 1);
    ArticleFilter search;
    search.search = QStringLiteral("report");
    QCOMPARE(*m_library->store->countArticles(search), 0);
}

QTEST_GUILESS_MAIN(TestImportPartial)
#include "tst_importpartial.moc"
