#include "ingest/OpmlReader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Clearance;

// OPML files as feed readers write them (tests/data/opml, one in the style of each), their quirks, and
// files that are not lists of feeds or are built to hurt.
class TestOpmlReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void saysWhyOutlinesAreLeftOut_data();
    void saysWhyOutlinesAreLeftOut();
    void refuses_data();
    void refuses();
    void refusesTooManyOutlines();
    void refusesDeepNesting();
    void readsNoExternalEntity();
    void readsSequentialDevices();
    void splitsFolderPaths_data();
    void splitsFolderPaths();
};

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CLEARANCE_TEST_DATA "/opml/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture missing: %s", qPrintable(name));
    return file.readAll();
}

// An outline as one line: folder | title | feed | site | type (| pattern for a page source).
QString line(const OpmlOutline &o)
{
    QString out = o.folder + QLatin1String(" | ") + o.title + QLatin1String(" | ") +
                  o.feedUrl.toString(QUrl::FullyEncoded) + QLatin1String(" | ") +
                  o.siteUrl.toString(QUrl::FullyEncoded) + QLatin1String(" | ") + o.type;
    if (!o.linkPattern.isEmpty())
        out += QLatin1String(" | ") + o.linkPattern;
    return out;
}

QStringList lines(const QList<OpmlOutline> &outlines)
{
    QStringList out;
    for (const OpmlOutline &o : outlines)
        out.append(line(o));
    return out;
}

QStringList skippedLines(const QList<OpmlReader::Skipped> &skipped)
{
    QStringList out;
    for (const OpmlReader::Skipped &s : skipped)
        out.append(QString::number(s.position) + QLatin1Char(' ') + s.title);
    return out;
}

} // namespace

void TestOpmlReader::reads_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("outlines");
    QTest::addColumn<QStringList>("skipped");

    QTest::newRow("RSS Guard: OPML 2.0, its own namespace, a category without a title")
        << "rssguard.opml"
        << "RSS Guard"
        << list({"Customs | WCO News | https://www.wcoomd.example/en/media/newsroom/rss.xml | "
                 "https://www.wcoomd.example/en/media/newsroom.aspx | rss",
                 "Customs | EU Taxation and Customs Union | "
                 "https://taxation-customs.ec.example/news/atom.xml | "
                 "https://taxation-customs.ec.example/news | rss",
                 "Trade | WTO news | https://www.wto.example/library/rss/latest_news_e.xml | "
                 "https://www.wto.example/ | rss",
                 " | Douane (Maroc) | https://www.douane.gov.example/rss/actualites | "
                 "https://www.douane.gov.example/ | rss"})
        << QStringList{};
    QTest::newRow("Liferea: OPML 1.0, tabs, nested folders, a search folder")
        << "liferea.opml"
        << "Liferea Feed List Export"
        << list({"Customs/Africa | South African Revenue Service | https://www.sars.gov.example/feed/ | "
                 "https://www.sars.gov.example/ | rss",
                 "Customs/Africa | Kenya Revenue Authority | "
                 "https://www.kra.go.example/news?format=feed&type=rss | https://www.kra.go.example/news | "
                 "rss",
                 "Customs/Europe | Douane suisse | https://www.bazg.admin.example/bazg/fr/home.rss | "
                 "https://www.bazg.admin.example/ | rss"})
        << QStringList{};
    QTest::newRow("QuiteRSS: no type attribute")
        << "quiterss.opml"
        << "QuiteRSS"
        << list(
               {"Customs administrations | China Customs | http://english.customs.gov.example/rss/news.xml | "
                "http://english.customs.gov.example/ | ",
                "Customs administrations | Agence des services frontaliers | "
                "https://www.cbsa-asfc.gc.example/rss/news-nouvelles-fra.xml | "
                "https://www.cbsa-asfc.gc.example/ | ",
                " | U.S. CBP | https://www.cbp.example/rss/newsroom/media-releases | "
                "https://www.cbp.example/newsroom | "})
        << QStringList{};
    QTest::newRow("Akregator: folders with ids, no title")
        << "akregator.opml"
        << ""
        << list({"Customs | UK Border Force | "
                 "https://www.gov.example/government/organisations/border-force.atom | "
                 "https://www.gov.example/border-force | rss",
                 "Customs/Asia | Japan Customs | https://www.customs.go.example/english/rss/news.rdf | "
                 "https://www.customs.go.example/english/ | rss"})
        << QStringList{};
    QTest::newRow("NetNewsWire: OPML 1.1, a comment, an escaped ampersand")
        << "netnewswire.opml"
        << "Subscriptions-OnMyMac.opml"
        << list({"Trade | UNCTAD | https://unctad.example/rss.xml | https://unctad.example/ | rss",
                 "Trade | Global Trade Alert | https://www.globaltradealert.example/feed | "
                 "https://www.globaltradealert.example/ | rss",
                 " | Trade & Customs Blog | https://tradeblog.example/feed.json | https://tradeblog.example/ "
                 "| rss"})
        << QStringList{};
    QTest::newRow("Feedly: Arabic and French titles")
        << "feedly.opml"
        << "Amina subscriptions in feedly Cloud"
        << list({"Customs | WCO News | https://www.wcoomd.example/en/media/newsroom/rss.xml | "
                 "https://www.wcoomd.example/en/media/newsroom.aspx | rss",
                 "Customs | الجمارك | https://customs.gov.example/ar/rss | https://customs.gov.example/ar | "
                 "rss",
                 "Commerce | Douanes françaises : actualités | https://www.douane.gouv.example/rss.xml | "
                 "https://www.douane.gouv.example/ | rss"})
        << QStringList{};
    QTest::newRow("Inoreader: a feed in two folders is read once")
        << "inoreader.opml"
        << "Subscriptions of Omar from Inoreader [https://www.inoreader.com]"
        << list({"Customs | WCO News | https://www.wcoomd.example/en/media/newsroom/rss.xml | "
                 "https://www.wcoomd.example/en/media/newsroom.aspx | rss",
                 "Customs | ASYCUDA | https://asycuda.example/feed/ | https://asycuda.example | rss"})
        << list({"5 WCO News"});
    QTest::newRow("declared ISO-8859-1")
        << "latin1.opml"
        << "Français"
        << list({"Actualités | Douane française à Marseille | https://douane.example/flux.xml |  | rss"})
        << QStringList{};
    QTest::newRow("quirks: no version, capitals, feed://, feeds in feeds, escaped folders, page sources")
        << "quirks.opml"
        << ""
        << list({" | Upper-case attributes | https://upper.example/rss | https://upper.example/about | ",
                 " | Exporter's capitals | https://capitals.example/rss | https://capitals.example/ | ",
                 " | Old feed scheme | http://old.example/rss.xml |  | ",
                 " | Only a title | https://title.example/atom |  | atom",
                 " | https://nameless.example/feed | https://nameless.example/feed |  | ",
                 "Imports \\/ Exports | Parent feed | https://parent.example/rss |  | ",
                 "Imports \\/ Exports | Child feed | https://child.example/rss |  | ",
                 "Imports \\/ Exports/A\\\\B | Deep | https://deep.example/rss |  | ",
                 " | WCO newsroom |  | https://www.wcoomd.example/en/media/newsroom.aspx | link"})
        << list({"6 Relative", "7 Script", "8 Mail", "9 Not a URL", "16 Blogroll", "17 Typed, no address"});
}

void TestOpmlReader::reads()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QStringList, outlines);
    QFETCH(QStringList, skipped);
    const Result<OpmlReader::Document> read = OpmlReader::read(fixture(file));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->title, title);
    QCOMPARE(lines(read->outlines), outlines);
    QCOMPARE(skippedLines(read->skipped), skipped);
}

void TestOpmlReader::saysWhyOutlinesAreLeftOut_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("reason");
    QTest::newRow("relative") << 0 << "its address \"/rss.xml\" is not a full URL";
    QTest::newRow("javascript") << 1 << "its address \"javascript:alert(1)\" is not an http or https address";
    QTest::newRow("mailto") << 2 << "is not an http or https address";
    QTest::newRow("invalid") << 3 << "is not a valid URL";
    QTest::newRow("inclusion") << 4 << "includes another OPML file";
    QTest::newRow("feed without address") << 5 << "a feed without an address";
}

void TestOpmlReader::saysWhyOutlinesAreLeftOut()
{
    QFETCH(int, index);
    QFETCH(QString, reason);
    const Result<OpmlReader::Document> read = OpmlReader::read(fixture(QStringLiteral("quirks.opml")));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(index < read->skipped.size());
    QVERIFY2(read->skipped.at(index).reason.contains(reason), qPrintable(read->skipped.at(index).reason));
}

void TestOpmlReader::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << "the file is empty";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "binary data";
    QTest::newRow("text") << QByteArray("https://www.wcoomd.org/feed\n") << "not XML";
    QTest::newRow("json") << QByteArray("{\"version\": \"https://jsonfeed.org/version/1.1\"}") << "not XML";
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body><a href=x>x</a></body></html>")
                          << "a web page, not an OPML list";
    QTest::newRow("a feed") << fixture(QStringLiteral("not-opml.xml"))
                            << "it is a feed (its root element is <rss>), not an OPML list of feeds";
    QTest::newRow("other xml") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                               << "not an OPML list of feeds (its root element is <svg>)";
    QTest::newRow("not well-formed") << fixture(QStringLiteral("broken.opml")) << "not well-formed XML";
    QTest::newRow("invalid UTF-8") << fixture(QStringLiteral("invalid-utf8.opml"))
                                   << "not valid UTF-8: byte 0xff at offset 85 (line 3, column 20)";
    QTest::newRow("entity bomb") << fixture(QStringLiteral("entity-bomb.opml"))
                                 << "entities expand to more than";
    QTest::newRow("no feeds") << fixture(QStringLiteral("no-feeds.opml"))
                              << "it is an OPML file but lists no feed";
    QTest::newRow("every feed refused")
        << fixture(QStringLiteral("all-refused.opml"))
        << "none of the feeds it lists can be subscribed to: the first, \"Local\", is left out because its "
           "address \"file:///home/me/feed.xml\" is not an http or https address";
    QTest::newRow("undeclared encoding")
        << QByteArray("<?xml version=\"1.0\" encoding=\"x-klingon\"?><opml/>") << "x-klingon";
}

void TestOpmlReader::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const Result<OpmlReader::Document> read = OpmlReader::read(bytes);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(messagePart), qPrintable(read.error()));
}

void TestOpmlReader::refusesTooManyOutlines()
{
    QByteArray bytes("<opml><body>");
    for (qsizetype i = 0; i <= OpmlReader::kMaxOutlines; ++i)
        bytes += "<outline text=\"f\" xmlUrl=\"https://f.example/" + QByteArray::number(i) + "\"/>";
    bytes += "</body></opml>";
    const Result<OpmlReader::Document> read = OpmlReader::read(bytes);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QLatin1String("outlines")), qPrintable(read.error()));
    // One fewer is read.
    bytes.replace("<outline text=\"f\" xmlUrl=\"https://f.example/0\"/>", "");
    QCOMPARE(OpmlReader::read(bytes)->outlines.size(), OpmlReader::kMaxOutlines);
}

void TestOpmlReader::refusesDeepNesting()
{
    // A hundred thousand nested folders would make each path ever longer: refused at the bound.
    QByteArray bytes("<opml><body>");
    for (int i = 0; i < 100'000; ++i)
        bytes += "<outline text=\"d\">";
    bytes += "<outline text=\"f\" xmlUrl=\"https://f.example/\"/>";
    for (int i = 0; i < 100'000; ++i)
        bytes += "</outline>";
    bytes += "</body></opml>";
    const Result<OpmlReader::Document> read = OpmlReader::read(bytes);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QLatin1String("nested more than 64 deep")), qPrintable(read.error()));
}

void TestOpmlReader::readsNoExternalEntity()
{
    // An entity declared as a file's content must not bring that file into a title.
    QTemporaryDir dir;
    QFile secret(dir.filePath(QStringLiteral("secret.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("SECRET-CONTENT");
    secret.close();
    const QByteArray url = QUrl::fromLocalFile(secret.fileName()).toEncoded();
    const QByteArray bytes = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY xxe SYSTEM \"" + url +
                             "\">]><opml version=\"2.0\"><head><title>T &xxe;</title></head><body>"
                             "<outline text=\"A\" xmlUrl=\"https://a.example/rss\"/></body></opml>";
    const Result<OpmlReader::Document> read = OpmlReader::read(bytes);
    if (read.ok()) {
        QVERIFY2(!read->title.contains(QLatin1String("SECRET")), qPrintable(read->title));
        QCOMPARE(read->outlines.size(), 1);
    } else {
        QVERIFY2(!read.error().contains(QLatin1String("SECRET")), qPrintable(read.error()));
    }
}

void TestOpmlReader::readsSequentialDevices()
{
    // A pipe or a download: XmlInput reads it with QXmlStreamReader.
    class Pipe final : public QIODevice
    {
    public:
        explicit Pipe(QByteArray data)
            : m_data(std::move(data))
        {}
        bool isSequential() const override { return true; }
        qint64 bytesAvailable() const override { return m_data.size() - m_at + QIODevice::bytesAvailable(); }

    protected:
        qint64 readData(char *data, qint64 max) override
        {
            const qint64 n = std::min(max, m_data.size() - m_at);
            std::memcpy(data, m_data.constData() + m_at, std::size_t(n));
            m_at += n;
            return n;
        }
        qint64 writeData(const char *, qint64) override { return -1; }

    private:
        QByteArray m_data;
        qint64 m_at = 0;
    };
    Pipe device(fixture(QStringLiteral("feedly.opml")));
    QVERIFY(device.open(QIODevice::ReadOnly));
    QVERIFY(device.isSequential());
    const Result<OpmlReader::Document> read = OpmlReader::read(device);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->outlines.size(), 3);
    QCOMPARE(read->outlines.at(1).title, QStringLiteral("الجمارك"));
}

void TestOpmlReader::splitsFolderPaths_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("path");
    QTest::newRow("none") << QStringList{} << "";
    QTest::newRow("one") << list({"Customs"}) << "Customs";
    QTest::newRow("nested") << list({"Customs", "Africa"}) << "Customs/Africa";
    QTest::newRow("slash in a name") << list({"Imports / Exports", "EU"}) << "Imports \\/ Exports/EU";
    QTest::newRow("backslash in a name") << list({"A\\B"}) << "A\\\\B";
    QTest::newRow("trailing backslash") << list({"A\\", "B"}) << "A\\\\/B";
    QTest::newRow("Arabic") << list({"الجمارك", "أفريقيا"}) << "الجمارك/أفريقيا";
}

void TestOpmlReader::splitsFolderPaths()
{
    QFETCH(QStringList, names);
    QFETCH(QString, path);
    QCOMPARE(OpmlOutline::folderPath(names), path);
    QCOMPARE(OpmlOutline::folderNames(path), names);
}

QTEST_GUILESS_MAIN(TestOpmlReader)
#include "tst_opmlreader.moc"
