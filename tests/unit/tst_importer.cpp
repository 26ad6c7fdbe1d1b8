#include "SampleArticle.h"
#include "TestLibrary.h"
#include "ingest/Importer.h"
#include "ingest/SampleLibrary.h"
#include "tagging/Tagger.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
