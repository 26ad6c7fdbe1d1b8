#include "TestLibrary.h"
#include "ingest/ArticleReaderFactory.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryFile>
#include <QTest>

using namespace Clearance;

// Every format and encoding of tests/data/feeds, read through ArticleReaderFactory as the importer reads
// them.
class TestFeedParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void streamsInBoundedChunks_data();
    void streamsInBoundedChunks();
};

namespace {

struct Read
{
    QList<Article> articles;
    QString format;
    QString error;
    int skipped = 0;
};

Read readAll(QIODevice &device, qsizetype chunkSize = 100)
{
    Read out;
    auto reader = ArticleReaderFactory::open(device);
    if (!reader) {
        out.error = reader.error();
        return out;
    }
    while ((*reader)->read(out.articles, chunkSize)) {
    }
    out.error = (*reader)->error();
    out.format = (*reader)->formatName();
    out.skipped = (*reader)->skipped();
    return out;
}

Read readFixture(const QString &name)
{
    QFile file(testData(QStringLiteral("feeds/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return Read{{}, {}, QStringLiteral("fixture missing"), 0};
    return readAll(file);
}

QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

void TestFeedParsers::reads_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("index"); // the article checked below
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("guid");
    QTest::addColumn<QString>("published"); // empty: none given (the importer estimates it)
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("source");

    const QString douane = QStringLiteral("Caf\u00e9 et douane \u20ac");
    const QString senegal = QStringLiteral("Le S\u00e9n\u00e9gal modernise sa douane.");
    const QString when = QStringLiteral("2024-03-06T08:30:00Z");
    for (const char *file : {"rss-windows1252.xml", "rss-iso8859-15.xml", "rss-utf16le-bom.xml",
                             "rss-utf16be-nobom.xml", "rss-utf32le-bom.xml", "rss-utf8-bom.xml"}) {
        QTest::newRow(file) << QString::fromLatin1(file) << "RSS 2.0" << 1 << 0 << 0 << douane << senegal
                            << "https://douane.example/1"
                            << "https://douane.example/1" << when << ""
                            << "Douanes";
    }
    for (const char *file : {"rss-iso8859-1.xml", "rss-undeclared-latin1.xml"}) {
        QTest::newRow(file) << QString::fromLatin1(file) << "RSS 2.0" << 1 << 0 << 0
                            << QStringLiteral("Caf\u00e9 et douane EUR") << senegal
                            << "https://douane.example/1"
                            << "https://douane.example/1" << when << ""
                            << "Douanes";
    }
    QTest::newRow("rss 2.0, namespaces, hostile html")
        << "rss20.xml"
        << "RSS 2.0" << 2 << 1 << 0 << "Mali joins the WCO reform plan"
        << "The customs administration of Mali adopted the WCO reform plan.\n\nSecond paragraph with a bad "
           "link and a good one."
        << "https://www.wcoomd.org/en/media/newsroom/mali.aspx"
        << "https://www.wcoomd.org/en/media/newsroom.aspx#1001"
        << "2024-03-05T10:00:00Z"
        << "en"
        << "WCO Newsroom";
    QTest::newRow("rss 2.0, untitled item")
        << "rss20.xml"
        << "RSS 2.0" << 2 << 1 << 1 << "Nepal opened a new border post on its border with India"
        << "Nepal opened a new border post on its border with India. No title here."
        << "https://example.org/nepal"
        << "https://example.org/nepal"
        << ""
        << "en"
        << "WCO Newsroom";
    QTest::newRow("rss 0.91 with doctype and html entities")
        << "rss091-doctype.xml"
        << "RSS 0.91" << 1 << 0 << 0 << QStringLiteral("R\u00e9forme douani\u00e8re au Tchad")
        << QStringLiteral("Le Tchad adopte une r\u00e9forme \u00a9 2024 &unknownentity; fin.")
        << "http://old.example/tchad"
        << "http://old.example/tchad"
        << ""
        << "fr"
        << "Old & Gold";
    QTest::newRow("rss 0.92, escaped html only")
        << "rss092.xml"
        << "RSS 0.92" << 1 << 0 << 0 << "Only a description: Jordan Customs signs an AEO agreement"
        << "Only a description: Jordan Customs signs an AEO agreement."
        << ""
        << ""
        << ""
        << ""
        << "Trade";
    QTest::newRow("rss 1.0 (rdf)") << "rdf.xml"
                                   << "RSS 1.0" << 2 << 0 << 0 << "Aduana de Guatemala"
                                   << "La SAT de Guatemala y la OMA."
                                   << "https://rdf.example/a"
                                   << "https://rdf.example/a"
                                   << "2024-03-07T14:15:00Z"
                                   << "es"
                                   << "RDF News";
    QTest::newRow("atom 1.0, xhtml content and xml:base") << "atom10.xml"
                                                          << "Atom 1.0" << 2 << 0 << 0 << "WCO & WTO partner"
                                                          << "The WCO and the WTO partner.\n\nSecond."
                                                          << "https://atom.example/news/2024/partner.html"
                                                          << "tag:atom.example,2024:1"
                                                          << "2024-03-05T09:00:00Z"
                                                          << "en"
                                                          << "Atom Customs";
    QTest::newRow("atom 1.0, text content") << "atom10.xml"
                                            << "Atom 1.0" << 2 << 0 << 1 << "Plain text entry"
                                            << "Line one of text <not a tag>.\n\nSecond paragraph."
                                            << ""
                                            << "urn:uuid:feed-1#2"
                                            << "2024-03-08T00:00:00Z"
                                            << "en"
                                            << "Atom Customs";
    QTest::newRow("atom 0.3, escaped") << "atom03.xml"
                                       << "Atom 0.3" << 2 << 0 << 0 << "Old Atom entry"
                                       << "Escaped HTML content."
                                       << "https://a03.example/1"
                                       << "tag:a03.example,2005:1"
                                       << "2005-07-31T12:29:29Z"
                                       << ""
                                       << "Atom Zero Three";
    QTest::newRow("atom 0.3, base64") << "atom03.xml"
                                      << "Atom 0.3" << 2 << 0 << 1 << "Base64 entry"
                                      << "Base64 body"
                                      << ""
                                      << "tag:a03.example,2005:2"
                                      << ""
                                      << ""
                                      << "Atom Zero Three";
    QTest::newRow("json feed 1.1, metadata after items") << "jsonfeed11.json"
                                                         << "JSON Feed 1.1" << 2 << 0 << 0 << "JSON Feed item"
                                                         << "The WCO met."
                                                         << "https://jf.example/1"
                                                         << "https://jf.example/#1"
                                                         << "2024-03-05T10:00:00Z"
                                                         << "en"
                                                         << "JF Feed";
    QTest::newRow("json feed 1.1, numeric id, no title")
        << "jsonfeed11.json"
        << "JSON Feed 1.1" << 2 << 0 << 1 << "Only text, no title."
        << "Only text, no title.\n\nSecond paragraph."
        << ""
        << "https://jf.example/#2"
        << ""
        << "fr"
        << "JF Feed";
    QTest::newRow("json feed 1.0") << "jsonfeed10.json"
                                   << "JSON Feed 1.0" << 1 << 0 << 0 << "First"
                                   << "Text."
                                   << ""
                                   << "https://j10.example/a"
                                   << ""
                                   << ""
                                   << "One";
    QTest::newRow("json array") << "articles.json"
                                << "JSON" << 2 << 2 << 0 << "Array article"
                                << "Plain body about Nepal."
                                << "https://arr.example/1"
                                << "https://arr.example/1"
                                << "2024-03-05T10:00:00Z"
                                << "en"
                                << "Array Source";
    QTest::newRow("json array, html content, bad date") << "articles.json"
                                                        << "JSON" << 2 << 2 << 1 << "HTML content"
                                                        << "Para one\n\nPara two"
                                                        << ""
                                                        << ""
                                                        << ""
                                                        << ""
                                                        << "";
    QTest::newRow("html page") << "page.html"
                               << "HTML" << 1 << 0 << 0 << "La douane du Cameroun"
                               << QStringLiteral("Premier paragraphe sur l\u2019OMD.\n\nDeuxi\u00e8me suite.")
                               << "https://page.example/article"
                               << ""
                               << "2024-03-09T10:00:00Z"
                               << "fr"
                               << "";
    QTest::newRow("plain text") << "plain.txt"
                                << "text" << 1 << 0 << 0 << "A single plain article"
                                << "Its text runs on over lines.\n\nSecond paragraph."
                                << ""
                                << ""
                                << ""
                                << ""
                                << "";
}

void TestFeedParsers::reads()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, count);
    QFETCH(int, skipped);
    QFETCH(int, index);
    const Read read = readFixture(file);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.format, format);
    QCOMPARE(read.articles.size(), count);
    QCOMPARE(read.skipped, skipped);
    const Article &a = read.articles.at(index);
    QTEST(a.title, "title");
    QTEST(a.body, "body");
    QTEST(a.url, "url");
    QTEST(a.guid, "guid");
    QTEST(iso(a.published), "published");
    QTEST(a.language, "language");
    QTEST(a.source, "source");
    // Whatever the input, the kept HTML loads nothing and runs nothing.
    for (const char *banned : {"<script", "<iframe", "<img", "<style", "javascript:", "onclick", "onerror"})
        QVERIFY2(!a.html.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
}

void TestFeedParsers::refuses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("broken xml")
        << "broken.xml"
        << "not well-formed XML: Opening and ending tag mismatch. (line 4, column 34)";
    QTest::newRow("broken json") << "broken.json"
                                 << "not well-formed JSON: unterminated object (line 3, column 18)";
    QTest::newRow("opml") << "opml.xml"
                          << "a list of feeds, not of articles; it lists 4 feed(s) such as \"WCO News\"";
    QTest::newRow("opml, with the command that subscribes to its feeds")
        << "opml.xml"
        << "To subscribe to them, use: clearance-cli sources import-opml FILE";
    QTest::newRow("empty") << "empty.xml"
                           << "empty";
    QTest::newRow("only white space") << "whitespace.json"
                                      << "empty";
    QTest::newRow("other xml") << "not-a-feed.xml"
                               << "not a feed (its root element is <svg>)";
}

void TestFeedParsers::refuses()
{
    QFETCH(QString, file);
    QFETCH(QString, messagePart);
    const Read read = readFixture(file);
    QVERIFY2(read.error.contains(messagePart), qPrintable(read.error));
}

void TestFeedParsers::streamsInBoundedChunks_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QByteArray>("separator");
    QTest::addColumn<QByteArray>("tail");
    QTest::newRow("rss") << QByteArray(
                                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>")
                         << QByteArray("<item><title>Item %1</title><guid>https://big.example/%1</guid>"
                                       "<description>&lt;p&gt;The WCO and Mali, paragraph %1 of a long "
                                       "feed.&lt;/p&gt;</description></item>\n")
                         << QByteArray() << QByteArray("</channel></rss>");
    QTest::newRow("json") << QByteArray("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[")
                          << QByteArray(
                                 "{\"id\":\"https://big.example/%1\",\"title\":\"Item %1\","
                                 "\"content_text\":\"The WCO and Mali, paragraph %1 of a long feed.\"}")
                          << QByteArray(",\n") << QByteArray("],\"title\":\"Big\"}");
}

void TestFeedParsers::streamsInBoundedChunks()
{
    // About 30 MB generated now: the reader must hand it out in chunks of the size asked, having read
    // only a little of the file when the first chunk comes (so memory does not grow with the file).
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, item);
    QFETCH(QByteArray, separator);
    QFETCH(QByteArray, tail);
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(head);
    constexpr int kItems = 200000;
    for (int i = 0; i < kItems; ++i) {
        if (i > 0)
            file.write(separator);
        QByteArray one = item;
        file.write(one.replace("%1", QByteArray::number(i)));
    }
    file.write(tail);
    const qint64 size = file.size();
    QVERIFY(size > 20 * 1024 * 1024);
    QVERIFY(file.seek(0));
    auto reader = ArticleReaderFactory::open(file);
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
    QList<Article> chunk;
    QVERIFY((*reader)->read(chunk, 500));
    QCOMPARE(chunk.size(), 500);
    // The JSON reader reads the file once through for the feed's metadata, then streams again.
    QVERIFY2(file.pos() < size / 4 || file.pos() < 2 * 1024 * 1024,
             qPrintable(QStringLiteral("%1 of %2 bytes read for the first chunk").arg(file.pos()).arg(size)));
    QCOMPARE(chunk.first().title, QStringLiteral("Item 0"));
    QCOMPARE(chunk.first().source, QStringLiteral("Big"));
    qsizetype total = chunk.size();
    qsizetype largest = chunk.size();
    for (;;) {
        chunk.clear();
        const bool more = (*reader)->read(chunk, 500);
        total += chunk.size();
        largest = std::max(largest, chunk.size());
        if (!more)
            break;
    }
    QVERIFY2((*reader)->error().isEmpty(), qPrintable((*reader)->error()));
    QCOMPARE(total, kItems);
    QCOMPARE(largest, 500);
}

QTEST_GUILESS_MAIN(TestFeedParsers)
#include "tst_feedparsers.moc"
