#include "SampleArticle.h"
#include "TestLibrary.h"
#include "service/Importer.h"
#include "service/SampleLibrary.h"
#include "tagging/Tagger.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringEncoder>
#include <QTest>

#include <atomic>

using namespace Clearance;

// Importing files into a library: what is added, what is refused, and that a refusal writes nothing.
class TestImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsAndIgnoresReimport();
    void importsVariants_data();
    void importsVariants();
    void refusesWithoutWriting_data();
    void refusesWithoutWriting();
    void tagsAndGuessesLanguage();
    void bundledSampleHasTenArticles();
    void importsManyChunksInOrder();
    void updatesChangedItemsKeepingTheReadersMarks();
    void cancelMidFileRollsBack();
    void cancelAfterTheLastChunkRollsBack();
    void sourceIsTheFeedElseTheFileName_data();
    void sourceIsTheFeedElseTheFileName();
    void contentGuidIsTheHashOfTheSimplifiedText_data();
    void contentGuidIsTheHashOfTheSimplifiedText();

private:
    QString write(const QString &name, const QByteArray &bytes);
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<Importer> m_importer;
};

namespace {
const QByteArray kTwoArticles =
    "Mali Joins Customs Reform\n\nMali Joins Customs Reform\n\nThe customs administration of "
    "Mali adopted the WCO reform plan.\n\nNepal Opens Border Post\n\nNepal Opens Border "
    "Post\n\nNepal opened a new post on its border with India.\n";
}

void TestImporter::init()
{
    m_library = std::make_unique<TestLibrary>();
    m_importer = std::make_unique<Importer>(*m_library->store, Tagger::standard());
}

void TestImporter::cleanup()
{
    m_importer.reset();
    m_library.reset();
}

QString TestImporter::write(const QString &name, const QByteArray &bytes)
{
    return writeTestFile(m_library->dir.path(), name, bytes);
}

void TestImporter::importsAndIgnoresReimport()
{
    const QString path = write(QStringLiteral("two.txt"), kTwoArticles);
    const auto first = m_importer->importFile(path);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->added, 2);
    const auto second = m_importer->importFile(path);
    QVERIFY(second.ok());
    QCOMPARE(second->added, 0);
    QCOMPARE(second->unchanged, 2);
    QCOMPARE(*m_library->store->countArticles(), 2);
}

void TestImporter::importsVariants_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray crlf = kTwoArticles;
    crlf.replace("\n", "\r\n");
    QTest::newRow("crlf") << crlf;
    QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbf") + kTwoArticles;
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("utf-16 with bom") << QByteArray(utf16.encode(QString::fromUtf8(kTwoArticles)));
    QByteArray missing = kTwoArticles;
    missing.replace("Mali Joins Customs Reform\n\nMali Joins Customs Reform", "Mali Joins Customs Reform");
    QTest::newRow("missing repeated title") << missing;
    QByteArray blanks = kTwoArticles;
    blanks.replace("\n\n", "\n\n\n\n");
    QTest::newRow("extra blank lines") << QByteArray("\n\n") + blanks;
}

void TestImporter::importsVariants()
{
    QFETCH(QByteArray, bytes);
    const auto report = m_importer->importFile(write(QStringLiteral("variant.txt"), bytes));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, 2);
    // The same articles as the plain file: importing that now adds nothing.
    QCOMPARE(m_importer->importFile(write(QStringLiteral("plain.txt"), kTwoArticles))->added, 0);
}

void TestImporter::refusesWithoutWriting_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("png") << QByteArray::fromHex(
                                "89504e470d0a1a0a0000000d494844520000000100000001080600000037")
                         << QStringLiteral("PNG");
    QTest::newRow("latin-1") << QByteArray(
                                    "Titre\n\nTitre\n\nLa douane du S\xe9n\xe9gal a adopt\xe9 le plan.\n")
                             << QStringLiteral("UTF-8");
    QTest::newRow("no article") << QByteArray("just one line without a body\n")
                                << QStringLiteral("no article");
    QTest::newRow("broken feed after good items")
        << QByteArray("<rss version=\"2.0\"><channel><item><title>Mali</title><description>Mali customs."
                      "</description></item>\n<item><title>Bad</item></channel></rss>")
        << QStringLiteral("line 2, column");
    QTest::newRow("opml")
        << QByteArray("<opml><body><outline text=\"WCO\" xmlUrl=\"https://w.example/\"/></body></opml>")
        << QStringLiteral("a list of feeds");
}

void TestImporter::refusesWithoutWriting()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    QVERIFY(m_importer->importFile(write(QStringLiteral("before.txt"), kTwoArticles)).ok());
    const auto report = m_importer->importFile(write(QStringLiteral("bad.txt"), bytes));
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(messagePart), qPrintable(report.error()));
    QVERIFY2(report.error().contains(QLatin1String("bad.txt")), "the message names the file");
    QCOMPARE(*m_library->store->countArticles(), 2);
}

void TestImporter::tagsAndGuessesLanguage()
{
    QVERIFY(m_importer->importFile(write(QStringLiteral("two.txt"), kTwoArticles)).ok());
    ArticleFilter lldc;
    lldc.values(FacetKind::Region) = {QStringLiteral("lldc")};
    QCOMPARE(*m_library->store->countArticles(lldc), 2); // Mali and Nepal are landlocked
    const auto rows = m_library->store->listArticles({}, ListPage::all());
    const auto article = m_library->store->article(rows->first().id);
    QCOMPARE(article->language, QStringLiteral("en"));
    QVERIFY(article->publishedEstimated);
    QVERIFY(article->guid.startsWith(QLatin1String("sha1:")));
}

void TestImporter::bundledSampleHasTenArticles()
{
    const auto report = SampleLibrary::populate(*m_importer);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, 10);
    QCOMPARE(SampleLibrary::populate(*m_importer)->added, 0);
}

void TestImporter::importsManyChunksInOrder()
{
    // Several chunks, tagged on worker threads while earlier ones are stored: one transaction, in order.
    QList<Article> articles;
    for (int i = 0; i < 3000; ++i) {
        Article a;
        a.title = QStringLiteral("Report %1").arg(i);
        a.body = i % 2 ? QStringLiteral("Customs officers in Mali, number %1.").arg(i)
                       : QStringLiteral("The Nepal Customs report %1.").arg(i);
        articles.append(a);
    }
    const auto report = m_importer->importArticles(articles, QStringLiteral("generated"));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, 3000);
    ArticleFilter lldc;
    lldc.values(FacetKind::Region) = {QStringLiteral("lldc")};
    QCOMPARE(*m_library->store->countArticles(lldc), 3000);
    ArticleFilter mali;
    mali.values(FacetKind::Country) = {QStringLiteral("ML")};
    QCOMPARE(*m_library->store->countArticles(mali), 1500);
    const auto rows = m_library->store->listArticles({}, ListPage::all());
    QCOMPARE(rows->size(), 3000);
    for (qsizetype i = 0; i < rows->size(); ++i)
        QCOMPARE(rows->at(i).title, QStringLiteral("Report %1").arg(i));
    QCOMPARE(m_importer->importArticles(articles, QStringLiteral("again"))->added, 0);
}

namespace {
QByteArray feed(const QString &secondTitle, const QString &secondText)
{
    return QStringLiteral(
               "<rss version=\"2.0\"><channel><title>Feed</title>"
               "<item><guid>https://f.example/1</guid><title>Mali Joins Customs Reform</title>"
               "<description>The customs administration of Mali adopted the plan.</description></item>"
               "<item><guid>https://f.example/2</guid><title>%1</title><description>%2</description></item>"
               "<item><title></title></item></channel></rss>")
        .arg(secondTitle, secondText)
        .toUtf8();
}
} // namespace

void TestImporter::updatesChangedItemsKeepingTheReadersMarks()
{
    const QString path = write(QStringLiteral("feed.xml"), feed(QStringLiteral("Nepal Opens Border Post"),
                                                                QStringLiteral("Nepal opened a post.")));
    const auto first = m_importer->importFile(path);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->added, 2);
    QCOMPARE(first->skipped, 1);
    QCOMPARE(first->format, QStringLiteral("RSS 2.0"));
    ArticleFilter nepal;
    nepal.values(FacetKind::Country) = {QStringLiteral("NP")};
    const qint64 id = m_library->store->articleIds(nepal)->value(0);
    QVERIFY(id > 0);
    // The reader's marks: read, starred, a tag added by hand and an automatic one removed.
    QVERIFY(m_library->store->setRead({id}, true));
    QVERIFY(m_library->store->setStarred({id}, true));
    QVERIFY(m_library->store->addManualTag(id, FacetKind::Initiative, QStringLiteral("aeo"),
                                           QStringLiteral("AEO")));
    QVERIFY(m_library->store->removeTag(id, FacetKind::Region, QStringLiteral("lldc")));

    const auto unchanged = m_importer->importFile(path);
    QCOMPARE(unchanged->added, 0);
    QCOMPARE(unchanged->updated, 0);
    QCOMPARE(unchanged->unchanged, 2);

    // The feed changes the item: now about Chad, not Nepal.
    const QString changed = write(QStringLiteral("feed2.xml"), feed(QStringLiteral("Chad Opens Border Post"),
                                                                    QStringLiteral("Chad opened a post.")));
    const auto update = m_importer->importFile(changed);
    QVERIFY2(update.ok(), qPrintable(update.error()));
    QCOMPARE(update->added, 0);
    QCOMPARE(update->updated, 1);
    QCOMPARE(update->unchanged, 1);
    QCOMPARE(*m_library->store->countArticles(), 2);
    const auto article = m_library->store->article(id);
    QCOMPARE(article->title, QStringLiteral("Chad Opens Border Post"));
    QVERIFY(article->read);
    QVERIFY(article->starred);
    // Re-tagged: Chad in, Nepal out; the manual tag kept; the removed tag not back (Chad is landlocked).
    QCOMPARE(*m_library->store->countArticles(nepal), 0);
    ArticleFilter chad;
    chad.values(FacetKind::Country) = {QStringLiteral("TD")};
    QCOMPARE(*m_library->store->articleIds(chad), QList<qint64>{id});
    ArticleFilter aeo;
    aeo.values(FacetKind::Initiative) = {QStringLiteral("aeo")};
    QCOMPARE(*m_library->store->articleIds(aeo), QList<qint64>{id});
    ArticleFilter lldc;
    lldc.values(FacetKind::Region) = {QStringLiteral("lldc")};
    QVERIFY(!m_library->store->articleIds(lldc)->contains(id));
    // Search follows the new text only.
    ArticleFilter search;
    search.search = QStringLiteral("Nepal");
    QCOMPARE(*m_library->store->countArticles(search), 0);
    search.search = QStringLiteral("Chad");
    QCOMPARE(*m_library->store->countArticles(search), 1);
    // A fresh store (the index loaded from SQLite) agrees with the one updated in memory.
    ArticleStore fresh(*m_library->database);
    QCOMPARE(*fresh.articleIds(chad), QList<qint64>{id});
    QCOMPARE(*fresh.countArticles(nepal), 0);
}

void TestImporter::cancelMidFileRollsBack()
{
    QByteArray xml = "<rss version=\"2.0\"><channel><title>Big</title>";
    for (int i = 0; i < 6000; ++i)
        xml += "<item><title>Item " + QByteArray::number(i) + "</title><description>Customs in Mali " +
               QByteArray::number(i) + ".</description></item>";
    xml += "</channel></rss>";
    const QString path = write(QStringLiteral("big.xml"), xml);
    int asked = 0;
    // Cancelled after several chunks were read, so some were already stored in the transaction.
    const auto report = m_importer->importFile(path, [&asked] { return ++asked > 6; });
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QLatin1String("cancelled")), qPrintable(report.error()));
    QCOMPARE(*m_library->store->countArticles(), 0);
    ArticleFilter search;
    search.search = QStringLiteral("Mali");
    QCOMPARE(*m_library->store->countArticles(search), 0);
    const auto again = m_importer->importFile(path);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->added, 6000);
}

// A cancel that comes once the whole file has been read, before it commits, still rolls it back:
// LibraryService's caller no longer takes the file's report then, so a commit would go unreported.
void TestImporter::cancelAfterTheLastChunkRollsBack()
{
    const QString path = write(QStringLiteral("two.txt"), kTwoArticles);
    // The two articles are one chunk, read in one call (by the pipeline), which also
    // says there are no more; the check is then asked once more, before the commit.
    std::atomic<int> asked = 0;
    const auto report = m_importer->importFile(path, [&asked] { return ++asked > 1; });
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QLatin1String("cancelled")), qPrintable(report.error()));
    QCOMPARE(asked.load(), 2);
    QCOMPARE(*m_library->store->countArticles(), 0);
}

void TestImporter::sourceIsTheFeedElseTheFileName_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("source");
    QTest::newRow("text: the file's name") << QStringLiteral("two.txt") << QStringLiteral("two");
    QTest::newRow("feed: its title") << testData(QStringLiteral("feeds/rss20.xml"))
                                     << QStringLiteral("WCO Newsroom");
}

// Every article says where it came from: the feed's own name, else the file's.
void TestImporter::sourceIsTheFeedElseTheFileName()
{
    QFETCH(QString, file);
    QFETCH(QString, source);
    const QString path = file.contains(QLatin1Char('/')) ? file : write(file, kTwoArticles);
    const auto report = m_importer->importFile(path);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const auto rows = m_library->store->listArticles({}, ListPage::all());
    QVERIFY(rows.ok());
    QVERIFY(!rows->isEmpty());
    for (const ArticleSummary &row : *rows)
        QCOMPARE(row.source, source);
}

void TestImporter::contentGuidIsTheHashOfTheSimplifiedText_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::newRow("plain") << QStringLiteral("Mali joins") << QStringLiteral("The customs of Mali.");
    QTest::newRow("white space of every kind")
        << QStringLiteral("  Mali\tjoins \u00a0 ") << QStringLiteral("\n\nOne.\n\n  Two\u2003words.\r\n\v\f");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral(" ") << QStringLiteral("\n\n");
    QTest::newRow("beyond the BMP and Arabic")
        << QStringLiteral("\U0001F30D الجمارك") << QStringLiteral("Sénégal \U0001F4E6 douane");
    QTest::newRow("a lone surrogate")
        << QString(QChar(0xD800)) + QStringLiteral(" x") << QStringLiteral("y ") + QChar(0xDC00);
}

// The identity of an article without a guid is what every library already holds for it: the hash of
// its simplified title and text in UTF-8, however the import computes it.
void TestImporter::contentGuidIsTheHashOfTheSimplifiedText()
{
    QFETCH(QString, title);
    QFETCH(QString, body);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(title.simplified().toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(body.simplified().toUtf8());
    Article article;
    article.title = title;
    article.body = body;
    QCOMPARE(Importer::contentGuid(article),
             QStringLiteral("sha1:") + QString::fromLatin1(hash.result().toHex()));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
