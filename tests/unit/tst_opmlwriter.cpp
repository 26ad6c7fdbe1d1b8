#include "ingest/OpmlReader.h"
#include "ingest/OpmlWriter.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Clearance;

// OPML 2.0 as Clearance writes it, read back by OpmlReader to the same subscriptions.
class TestOpmlWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data();
    void roundTrips();
    void groupsFolders();
    void writesOpml2();
    void dropsWhatXmlCannotHold();
};

namespace {

OpmlOutline feed(const char *title, const char *url, const QString &folder = {}, const char *site = "")
{
    return OpmlOutline{QString::fromUtf8(title),      QUrl(QString::fromUtf8(url)),
                       QUrl(QString::fromUtf8(site)), folder,
                       QStringLiteral("rss"),         QString()};
}

OpmlOutline page(const char *title, const char *url, const QString &folder = {}, const char *pattern = "")
{
    return OpmlOutline{QString::fromUtf8(title),     QUrl(),
                       QUrl(QString::fromUtf8(url)), folder,
                       QStringLiteral("link"),       QString::fromUtf8(pattern)};
}

QString folder(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *n : names)
        list.append(QString::fromUtf8(n));
    return OpmlOutline::folderPath(list);
}

const QDateTime kCreated(QDate(2026, 12, 7), QTime(23, 5, 9), Qt::UTC);

} // namespace

void TestOpmlWriter::roundTrips_data()
{
    QTest::addColumn<QList<OpmlOutline>>("outlines");
    QTest::newRow("one feed") << QList<OpmlOutline>{
        feed("WCO News", "https://www.wcoomd.example/rss.xml", {}, "https://www.wcoomd.example/")};
    QTest::newRow("folders, nested") << QList<OpmlOutline>{
        feed("A", "https://a.example/rss", folder({"Customs"})),
        feed("B", "https://b.example/rss", folder({"Customs", "Africa"})),
        feed("C", "https://c.example/rss", folder({"Customs", "Africa", "East"})),
        feed("D", "https://d.example/rss", folder({"Trade"})), feed("E", "https://e.example/rss")};
    QTest::newRow("Arabic and French") << QList<OpmlOutline>{
        feed("الجمارك المغربية", "https://douane.example/ar/rss", folder({"أخبار", "المغرب"})),
        feed("Douanes françaises : actualités à la une", "https://douane.example/fr/rss",
             folder({"Actualités", "Été"}), "https://douane.example/fr/é")};
    QTest::newRow("characters to escape") << QList<OpmlOutline>{
        feed("Trade & \"Customs\" <news> it's", "https://x.example/rss?a=1&b=<2>&c=\"3\"",
             folder({"R&D <\"quotes\"> 'n' stuff"}), "https://x.example/?q=a&b")};
    QTest::newRow("slashes and backslashes in folder names") << QList<OpmlOutline>{
        feed("Imports", "https://i.example/rss", folder({"Imports / Exports", "A\\B", "C\\"}))};
    QTest::newRow("page sources") << QList<OpmlOutline>{
        page("WCO newsroom", "https://www.wcoomd.example/en/media/newsroom.aspx", folder({"Customs"}),
             "/en/media/newsroom/*"),
        page("Without a pattern", "https://news.example/latest", folder({"Customs"})),
        feed("A feed after them", "https://a.example/rss", folder({"Customs"}))};
    QTest::newRow("non-ASCII addresses")
        << QList<OpmlOutline>{feed("IDN", "https://bücher.example/rss/über", {}, "https://bücher.example/")};
}

void TestOpmlWriter::roundTrips()
{
    QFETCH(QList<OpmlOutline>, outlines);
    const QByteArray written = OpmlWriter::write(outlines, QStringLiteral("Clearance & co"), kCreated);
    const Result<OpmlReader::Document> read = OpmlReader::read(written);
    QVERIFY2(read.ok(), qPrintable(read.error() + QLatin1Char('\n') + QString::fromUtf8(written)));
    QCOMPARE(read->title, QStringLiteral("Clearance & co"));
    QVERIFY(read->skipped.isEmpty());
    QCOMPARE(read->outlines.size(), outlines.size());
    for (qsizetype i = 0; i < outlines.size(); ++i) {
        const OpmlOutline &a = read->outlines.at(i);
        const OpmlOutline &b = outlines.at(i);
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.feedUrl, b.feedUrl);
        QCOMPARE(a.siteUrl, b.siteUrl);
        QCOMPARE(a.folder, b.folder);
        QCOMPARE(a.type, b.type);
        QCOMPARE(a.linkPattern, b.linkPattern);
        QVERIFY(a == b);
    }
}

void TestOpmlWriter::groupsFolders()
{
    // Interleaved folders are written as one outline each, in the order they first come.
    const QList<OpmlOutline> outlines{
        feed("A1", "https://a1.example/", folder({"A"})), feed("B1", "https://b1.example/", folder({"B"})),
        feed("Top", "https://top.example/"), feed("A2", "https://a2.example/", folder({"A"}))};
    const QByteArray written = OpmlWriter::write(outlines, QString(), kCreated);
    QCOMPARE(written.count("text=\"A\""), 1);
    const Result<OpmlReader::Document> read = OpmlReader::read(written);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QStringList titles;
    for (const OpmlOutline &o : read->outlines)
        titles.append(o.title);
    QCOMPARE(titles, (QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("B1"),
                                  QStringLiteral("Top")}));
}

void TestOpmlWriter::writesOpml2()
{
    const QByteArray written = OpmlWriter::write({feed("Trade & <Customs>", "https://x.example/rss"),
                                                  page("Newsroom", "https://x.example/news", {}, "/news/*")},
                                                 QStringLiteral("Clearance"), kCreated);
    QVERIFY(written.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    QVERIFY(written.contains("<opml version=\"2.0\""));
    QVERIFY(written.contains("<dateCreated>Mon, 07 Dec 2026 23:05:09 GMT</dateCreated>"));
    QVERIFY(written.contains("text=\"Trade &amp; &lt;Customs&gt;\""));
    QVERIFY(written.contains("type=\"rss\" xmlUrl=\"https://x.example/rss\""));
    QVERIFY(written.contains("type=\"link\" url=\"https://x.example/news\""));
    QVERIFY(written.contains("clearance:linkPattern=\"/news/*\""));
    // Well-formed for any XML reader, not only for Clearance's.
    QXmlStreamReader xml(written);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // Without page patterns, no namespace of Clearance's.
    QVERIFY(!OpmlWriter::write({feed("A", "https://a.example/")}, {}, kCreated).contains("clearance"));
}

void TestOpmlWriter::dropsWhatXmlCannotHold()
{
    // A title from a feed can hold control characters; XML 1.0 cannot, so they go, and the rest stays.
    const QString title = QStringLiteral("Bell") + QChar(0x07) + QStringLiteral("Nul") + QChar(0xFFFE) +
                          QStringLiteral("😀") + QChar(0xD800) + QStringLiteral("end");
    OpmlOutline o = feed("", "https://x.example/rss");
    o.title = title;
    const QByteArray written = OpmlWriter::write({o}, title, kCreated);
    const Result<OpmlReader::Document> read = OpmlReader::read(written);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->outlines.first().title, QStringLiteral("BellNul😀end"));
    QCOMPARE(read->title, QStringLiteral("BellNul😀end"));
}

QTEST_GUILESS_MAIN(TestOpmlWriter)
#include "tst_opmlwriter.moc"
