#include "SampleArticle.h"
#include "TestLibrary.h"
#include "ingest/ArticleReaderFactory.h"
#include "ingest/HtmlPageParser.h"
#include "service/Importer.h"
#include "tagging/Tagger.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <sys/resource.h>

using namespace Clearance;

// Files built to hurt the import (issue 16): each is refused with a message and writes nothing, or is
// read in bounded time and memory.
class TestHostileInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    // First: it measures the process's peak memory, which the others would raise.
    void readsGiantItemInBoundedMemory_data();
    void readsGiantItemInBoundedMemory();
    void cutsGiantJsonStringsCleanly_data();
    void cutsGiantJsonStringsCleanly();
    void cutsGiantPageBeforeSanitizing();
    void refusesEntityExpansion_data();
    void refusesEntityExpansion();
    void keepsModestEntities();
    void sniffsPastLongProlog_data();
    void sniffsPastLongProlog();
    void refusesEndlessProlog();
    void checksAttributesInLinearTime();
    void refusesThousandsOfAttributesWithDoctype();
    void stripsControlCharacters_data();
    void stripsControlCharacters();
    void clampsFutureDates();
    void saysWhereUtf8Breaks_data();
    void saysWhereUtf8Breaks();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QByteArray fixture(const QString &name);
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<Importer> m_importer;
};

namespace {

QByteArray rss(const QByteArray &prolog, const QByteArray &description)
{
    return "<?xml version=\"1.0\"?>" + prolog +
           "<rss version=\"2.0\"><channel><title>Hostile</title><item><title>One item</title>"
           "<guid>https://hostile.example/1</guid><description>" +
           description + "</description></item></channel></rss>";
}

// A document type declaration whose internal subset defines one entity of `size` characters.
QByteArray oneEntity(qsizetype size)
{
    return "<!DOCTYPE rss [<!ENTITY e \"" + QByteArray(size, 'x') + "\">]>";
}

} // namespace

void TestHostileInput::init()
{
    m_library = std::make_unique<TestLibrary>();
    m_importer = std::make_unique<Importer>(*m_library->store, Tagger::standard());
}

void TestHostileInput::cleanup()
{
    m_importer.reset();
    m_library.reset();
}

QString TestHostileInput::write(const QString &name, const QByteArray &bytes)
{
    return writeTestFile(m_library->dir.path(), name, bytes);
}

QByteArray TestHostileInput::fixture(const QString &name)
{
    QFile file(testData(QStringLiteral("feeds/hostile/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestHostileInput::readsGiantItemInBoundedMemory_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("tail");
    // Each row is measured against the process's peak so far: a row that grows it by less than the
    // bound passes, whatever the rows before it took. Before the cuts the RSS row took 626 MB more, the
    // JSON one 741 MB.
    const QByteArray rssFeed = rss({}, "%%");
    QTest::newRow("rss") << rssFeed.first(rssFeed.indexOf("%%")) << rssFeed.sliced(rssFeed.indexOf("%%") + 2);
    QTest::newRow("json feed")
        << QByteArray("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Big\", "
                      "\"items\": [{\"id\": \"1\", \"title\": \"Giant\", \"content_text\": \"")
        << QByteArray("\"}]}");
}

void TestHostileInput::readsGiantItemInBoundedMemory()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    QSKIP("a sanitizer's own memory would be counted");
#endif
    // An item whose text is 50 MB: it was read and sanitized whole before ArticleReader cut it to
    // kMaxArticleText. It is cut as it is read now.
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, tail);
    QFile file(m_library->dir.filePath(QStringLiteral("giant.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(head);
    const QByteArray line = "The customs administration of Mali adopted the plan, and more words here. ";
    for (qsizetype written = 0; written < 50 * 1024 * 1024; written += line.size())
        file.write(line);
    file.write(tail);
    file.close();
    auto peak = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return qint64(usage.ru_maxrss) * 1024;
    };
    const qint64 before = peak();
    const auto report = m_importer->importFile(file.fileName());
    const qint64 growth = peak() - before;
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const auto rows = m_library->store->listArticles({}, ListPage::all());
    const auto article = m_library->store->article(rows->first().id);
    QVERIFY(article->notes.testFlag(ArticleNote::Truncated));
    QVERIFY(article->body.size() <= kMaxArticleText);
    QVERIFY2(growth < 200 * 1024 * 1024, qPrintable(QStringLiteral("%1 MB").arg(growth / (1024 * 1024))));
}

void TestHostileInput::cutsGiantJsonStringsCleanly_data()
{
    // Where a JSON string is cut it must stay JSON: the cut may fall inside a character of several bytes,
    // an escape or a surrogate pair, at each of these shifts.
    QTest::addColumn<int>("shift");
    for (int shift = 0; shift <= 12; ++shift)
        QTest::addRow("shift %d", shift) << shift;
}

void TestHostileInput::cutsGiantJsonStringsCleanly()
{
    QFETCH(int, shift);
    const QByteArray tricky = "\xE2\x82\xAC\\u00e9\\ud83d\\ude00\\\\\\\"\xF0\x9F\x98\x80";
    // The string's text reaches the cut (2 * kMaxArticleSource bytes) `shift` bytes into `tricky`.
    const qsizetype cut = 2 * kMaxArticleSource;
    const QByteArray text = QByteArray(cut - shift, 'a') + tricky.repeated(4);
    QByteArray json = "[{\"title\": \"Giant\", \"body\": \"" + text + "\"}]";
    QBuffer buffer(&json);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    auto reader = ArticleReaderFactory::open(buffer);
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
    QList<Article> articles;
    while ((*reader)->read(articles, 10)) {
    }
    QVERIFY2((*reader)->error().isEmpty(), qPrintable((*reader)->error()));
    QCOMPARE(articles.size(), 1);
    QVERIFY(articles.first().notes.testFlag(ArticleNote::Truncated));
    QVERIFY(articles.first().body.startsWith(QLatin1String("aaaa")));
}

void TestHostileInput::cutsGiantPageBeforeSanitizing()
{
    // A page near the 16 MB limit was sanitized whole (ten times its size in memory); now only what an
    // article can use is.
    const QString paragraph =
        QStringLiteral("<p>The customs administration of <b>Mali</b> adopted the plan.</p>\n");
    const QString page = QStringLiteral("<!doctype html><html><head><title>Big</title></head><body>") +
                         paragraph.repeated(3 * kMaxArticleSource / paragraph.size()) +
                         QStringLiteral("</body></html>");
    const Article article = HtmlPageParser::parse(page);
    QVERIFY(article.notes.testFlag(ArticleNote::Truncated));
    QVERIFY2(article.body.size() <= kMaxArticleSource, qPrintable(QString::number(article.body.size())));
    QVERIFY(article.body.startsWith(QLatin1String("The customs administration of Mali")));
}

void TestHostileInput::refusesEntityExpansion_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // 0.9 MB that would expand to 1.2 billion characters (std::bad_alloc before the budget).
    QTest::newRow("300,000 references to 4,000 characters")
        << rss(oneEntity(4000), QByteArray("&e;").repeated(300000));
    // 154 KB, 200 million characters.
    QTest::newRow("50,000 references to 4,000 characters")
        << rss(oneEntity(4000), QByteArray("&e;").repeated(50000));
    QTest::newRow("references in an attribute")
        << rss(oneEntity(4000), "<![CDATA[x]]>")
               .replace("<title>", QByteArray("<title x=\"" + QByteArray("&e;").repeated(30000) + "\">"));
    QTest::newRow("entities of entities") << fixture(QStringLiteral("entities-nested.xml"));
}

void TestHostileInput::refusesEntityExpansion()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!bytes.isEmpty());
    const auto report = m_importer->importFile(write(QStringLiteral("laughs.xml"), bytes));
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QLatin1String("entities expand to more than")),
             qPrintable(report.error()));
    QCOMPARE(*m_library->store->countArticles(), 0);
}

void TestHostileInput::keepsModestEntities()
{
    const auto report = m_importer->importFile(
        write(QStringLiteral("modest.xml"), fixture(QStringLiteral("entities-modest.xml"))));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, 1);
    const auto rows = m_library->store->listArticles({}, ListPage::all());
    const auto article = m_library->store->article(rows->first().id);
    QCOMPARE(article->title, QStringLiteral("The World Customs Organization meets"));
    QCOMPARE(article->source, QStringLiteral("World Customs Organization"));
}

void TestHostileInput::sniffsPastLongProlog_data()
{
    QTest::addColumn<QByteArray>("prolog");
    const QByteArray comment = "<!-- " + QByteArray("A long licence text. ").repeated(5000) + "-->\n";
    QTest::newRow("100 KB comment") << comment;
    QTest::newRow("100 KB internal subset")
        << "<!DOCTYPE rss [\n" +
               QByteArray("<!ATTLIST item lang CDATA \"en\"> <!-- ] > --> <?pi ]>?>\n").repeated(2000) +
               "<!ENTITY wco \"World Customs Organization\">]>\n";
    QTest::newRow("comments and a doctype, 1 MB")
        << comment.repeated(10) + "<!DOCTYPE rss SYSTEM \"rss.dtd\">" + comment;
}

void TestHostileInput::sniffsPastLongProlog()
{
    QFETCH(QByteArray, prolog);
    QVERIFY(prolog.size() > 64 * 1024);
    const auto report = m_importer->importFile(
        write(QStringLiteral("long.xml"), rss(prolog, "Mali customs adopted the plan.")));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->format, QStringLiteral("RSS 2.0"));
    QCOMPARE(report->added, 1);
    const auto rows = m_library->store->listArticles({}, ListPage::all());
    const auto article = m_library->store->article(rows->first().id);
    QCOMPARE(article->title, QStringLiteral("One item"));
    QCOMPARE(article->body, QStringLiteral("Mali customs adopted the plan."));
}

void TestHostileInput::refusesEndlessProlog()
{
    // Past a few megabytes of prolog the file is not looked through for its root element: refused.
    const QByteArray comment = "<!-- " + QByteArray("A long licence text. ").repeated(50000) + "-->\n";
    const auto report =
        m_importer->importFile(write(QStringLiteral("endless.xml"), rss(comment.repeated(5), "Text.")));
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QLatin1String("comments and declarations before its first element")),
             qPrintable(report.error()));
    QCOMPARE(*m_library->store->countArticles(), 0);
}

namespace {

// A feed whose item title has `count` attributes.
QByteArray manyAttributes(int count, const QByteArray &prolog = {})
{
    QByteArray attributes;
    for (int i = 0; i < count; ++i)
        attributes += " a" + QByteArray::number(i) + "=\"1\"";
    return rss(prolog, "Mali customs adopted the plan.")
        .replace("<title>One", QByteArray("<title" + attributes + ">One"));
}

} // namespace

void TestHostileInput::checksAttributesInLinearTime()
{
    // Each attribute was compared with all the others of its element: 200,000 took 73 s. Four times the
    // attributes must take about four times as long, not sixteen.
    auto importTime = [this](int count) {
        const QString path = write(QStringLiteral("attributes%1.xml").arg(count), manyAttributes(count));
        QElapsedTimer timer;
        timer.start();
        const auto report = m_importer->importFile(path);
        const qint64 elapsed = timer.nsecsElapsed();
        return report.ok() && report->added + report->unchanged == 1 ? elapsed : qint64(-1);
    };
    importTime(2000); // warm up (the tagger's tables)
    const qint64 few = importTime(10000);
    const qint64 many = importTime(40000);
    QVERIFY(few > 0 && many > 0);
    QVERIFY2(many < 9 * few, qPrintable(QStringLiteral("10,000 attributes: %1 ms, 40,000: %2 ms")
                                            .arg(few / 1000000)
                                            .arg(many / 1000000)));
}

void TestHostileInput::refusesThousandsOfAttributesWithDoctype()
{
    // A document type declaration hands the feed to QXmlStreamReader, whose check is quadratic: an
    // element with more attributes than any feed gives one is refused before it reads it.
    const QByteArray doctype = "<!DOCTYPE rss>";
    const auto report =
        m_importer->importFile(write(QStringLiteral("many.xml"), manyAttributes(5000, doctype)));
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QLatin1String("more than 1000 attributes")), qPrintable(report.error()));
    QCOMPARE(*m_library->store->countArticles(), 0);
    const auto fine =
        m_importer->importFile(write(QStringLiteral("fine.xml"), manyAttributes(999, "<!DOCTYPE rss>")));
    QVERIFY2(fine.ok(), qPrintable(fine.error()));
    QCOMPARE(fine->added, 1);
}

void TestHostileInput::stripsControlCharacters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("title");
    const QString title = QStringLiteral("Mali adopts [2Jthe plan");
    for (const char *file : {"controls-rss.xml", "controls-atom.xml", "controls-jsonfeed.json",
                             "controls-array.json", "controls-page.html"}) {
        QTest::newRow(file) << QString::fromLatin1(file) << fixture(QString::fromLatin1(file)) << title;
    }
    // A text file with control characters in its first 64 KiB is binary data: these come later.
    const QByteArray filler = QByteArray("Words about customs in Mali and Nepal. ").repeated(2000);
    QTest::newRow("text") << QStringLiteral("controls.txt")
                          << "Mali adopts the plan\n\n" + filler +
                                 "\n\nFirst\x07 paragraph\xC2\x9B.\r\n\r\nSecond\x08\x1B one.\x7F\n"
                          << QStringLiteral("Mali adopts the plan");
}

void TestHostileInput::stripsControlCharacters()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, title);
    QVERIFY(!bytes.isEmpty());
    const auto report = m_importer->importFile(write(name, bytes));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, 1);
    const auto rows = m_library->store->listArticles({}, ListPage::all());
    const auto article = m_library->store->article(rows->first().id);
    QCOMPARE(article->title, title);
    QVERIFY2(article->body.endsWith(QLatin1String("First paragraph.\n\nSecond one.")),
             qPrintable(article->body.right(40)));
    for (const QString &field :
         {article->title, article->body, article->html, article->url, article->source, article->guid}) {
        for (const QChar c : field) {
            const char16_t u = c.unicode();
            QVERIFY2(
                (u >= 0x20 && u < 0x7F) || u > 0x9F || u == u'\n' || u == u'\t',
                qPrintable(
                    QStringLiteral("U+%1 in \"%2\"").arg(u, 4, 16, QLatin1Char('0')).arg(field.left(80))));
        }
    }
}

void TestHostileInput::clampsFutureDates()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto report = m_importer->importFile(
        write(QStringLiteral("future.xml"), fixture(QStringLiteral("future-date.xml"))));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, 2);
    const auto rows = m_library->store->listArticles({}, ListPage::all());
    QCOMPARE(rows->size(), 2);
    for (const auto &row : *rows) {
        const auto article = m_library->store->article(row.id);
        if (article->title == QLatin1String("Always on top")) {
            // The import time, to the second the library keeps.
            QVERIFY2(article->published.toSecsSinceEpoch() >= before.toSecsSinceEpoch() &&
                         article->published.toSecsSinceEpoch() <= after.toSecsSinceEpoch(),
                     qPrintable(article->published.toString(Qt::ISODate)));
            QVERIFY(article->notes.testFlag(ArticleNote::FutureDate));
            QVERIFY(!article->publishedEstimated);
        } else {
            QCOMPARE(article->published.toUTC().toString(Qt::ISODate),
                     QStringLiteral("2024-03-05T10:00:00Z"));
            QVERIFY(!article->notes.testFlag(ArticleNote::FutureDate));
        }
    }
    // Within a day ahead (a clock or a time zone set wrong) the date stands.
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
    const QByteArray soonFeed =
        rss({}, "Soon.")
            .replace("<guid>", QByteArray("<pubDate>" + soon.toString(Qt::RFC2822Date).toLatin1() +
                                          "</pubDate><guid>"));
    QVERIFY(m_importer->importFile(write(QStringLiteral("soon.xml"), soonFeed)).ok());
    const auto soonRows = m_library->store->listArticles({}, ListPage::all());
    bool found = false;
    for (const auto &row : *soonRows) {
        const auto article = m_library->store->article(row.id);
        if (article->title == QLatin1String("One item")) {
            found = true;
            QCOMPARE(article->published.toSecsSinceEpoch(), soon.toSecsSinceEpoch());
            QVERIFY(!article->notes.testFlag(ArticleNote::FutureDate));
        }
    }
    QVERIFY(found);
}

void TestHostileInput::saysWhereUtf8Breaks_data()
{
    // Bad bytes after characters of two and three bytes: the offset is in bytes, the column in
    // characters (from 1), both the real ones. QXmlStreamReader put a.xml's at line 1, column 38; JSON
    // columns counted bytes.
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    const QByteArray e = "\xC3\xA9"; // é
    auto row = [this](const char *file, const char *where) {
        QTest::newRow(file) << QString::fromLatin1(file) << fixture(QString::fromLatin1(file))
                            << QString::fromUtf8(where);
    };
    row("invalid-utf8.xml", "byte 0xff at offset 120 (line 3, column 25)");
    row("invalid-utf8-doctype.xml", "byte 0xff at offset 135 (line 4, column 25)");
    row("invalid-utf8-jsonfeed.json", "(line 2, column 34)");
    row("invalid-utf8-array.json", "(line 2, column 23)");
    QTest::newRow("xml, far into the file")
        << QStringLiteral("far.xml")
        << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>T</title>\n"
           "<item><title>x</title><description>" +
               QByteArray(e.repeated(50) + "\n").repeated(3000) + e.repeated(7) +
               "\xC3(</description></item></channel></rss>\n"
        << QStringLiteral("byte 0xc3 at offset 303133 (line 3003, column 8)");
    QTest::newRow("json syntax after characters")
        << QStringLiteral("syntax.json")
        << "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [\n{\"title\": \"" + e + e +
               "\xE2\x82\xAC\"} x]}\n"
        << QStringLiteral("(line 2, column 18)");
    QTest::newRow("text") << QStringLiteral("bad.txt") << "Title\n\n" + e.repeated(10) + "\xFF rest\n"
                          << QStringLiteral("byte 0xff at offset 27");
    QTest::newRow("text, past the first block")
        << QStringLiteral("far.txt")
        << "Title\n\n" + QByteArray(e.repeated(100) + "\n").repeated(700) + "\xC3(\n"
        << QStringLiteral("byte 0xc3 at offset 140707");
}

void TestHostileInput::saysWhereUtf8Breaks()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QVERIFY(!bytes.isEmpty());
    const auto report = m_importer->importFile(write(name, bytes));
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(where), qPrintable(report.error()));
    QCOMPARE(*m_library->store->countArticles(), 0);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
