#include "ingest/PageLinkFinder.h"

#include <QFile>
#include <QTest>

using namespace Clearance;

// The article links of news listings (tests/data/pages: pages in the forms newsrooms take), with and
// without a pattern, and pages built to hurt.
class TestPageLinkFinder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finds_data();
    void finds();
    void survivesHostilePages_data();
    void survivesHostilePages();
};

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CLEARANCE_TEST_DATA "/pages/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture missing: %s", qPrintable(name));
    return file.readAll();
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

QStringList strings(const QList<QUrl> &urls)
{
    QStringList out;
    for (const QUrl &url : urls)
        out.append(url.toString(QUrl::FullyEncoded));
    return out;
}

const char *const kWco = "https://www.wcoomd.org/en/media/newsroom.aspx";
const char *const kWcoArticles[] = {
    "https://www.wcoomd.org/en/media/newsroom/2024/june/wco-secretary-general-visits-brazil.aspx",
    "https://www.wcoomd.org/en/media/newsroom/2024/june/"
    "the-wco-organizes-the-biannual-meeting-of-its-virtual-working-group-on-ged.aspx",
    "https://www.wcoomd.org/en/media/newsroom/2024/june/wco-and-upu-sign-joint-statement.aspx",
    "https://www.wcoomd.org/en/media/newsroom/2024/may/capacity-building-mission-to-mali.aspx",
    "https://www.wcoomd.org/en/media/newsroom/2024/may/global-aeo-conference-concludes.aspx"};

QStringList wcoArticles()
{
    QStringList out;
    for (const char *a : kWcoArticles)
        out.append(QString::fromUtf8(a));
    return out;
}

} // namespace

void TestPageLinkFinder::finds_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("pattern"); // none when empty
    QTest::addColumn<QStringList>("links");

    QTest::newRow("WCO-style newsroom: the list below the listing, the featured article with it")
        << fixture(QStringLiteral("wco-newsroom.html")) << kWco << "" << wcoArticles();
    QTest::newRow("WCO-style newsroom, a folder pattern: the archive pages too")
        << fixture(QStringLiteral("wco-newsroom.html")) << kWco << "/en/media/newsroom/*"
        << QStringList{QStringLiteral("https://www.wcoomd.org/en/media/newsroom/2024.aspx"),
                       QStringLiteral("https://www.wcoomd.org/en/media/newsroom/2023.aspx"),
                       QStringLiteral("https://www.wcoomd.org/en/media/newsroom/2022.aspx")} +
               wcoArticles();
    QTest::newRow("WCO-style newsroom, a pattern for articles")
        << fixture(QStringLiteral("wco-newsroom.html")) << kWco << "/en/media/newsroom/*/*/*.aspx"
        << wcoArticles();
    QTest::newRow("WCO-style newsroom, a pattern as a full address")
        << fixture(QStringLiteral("wco-newsroom.html")) << kWco
        << "https://www.wcoomd.org/en/media/newsroom/2024/may/*"
        << list({"https://www.wcoomd.org/en/media/newsroom/2024/may/capacity-building-mission-to-mali.aspx",
                 "https://www.wcoomd.org/en/media/newsroom/2024/may/global-aeo-conference-concludes.aspx"});
    QTest::newRow("semantic markup: teasers with headers and footers, an aside, a site header and footer")
        << fixture(QStringLiteral("customs-news.html")) << "https://customs.example/news/"
        << ""
        << list({"https://customs.example/news/2026/12/new-tariff-classification-rulings-published",
                 "https://customs.example/news/2026/12/seizure-of-counterfeit-medicines-at-the-port",
                 "https://customs.example/news/2026/11/single-window-reaches-one-million-declarations"});
    QTest::newRow("a plain list of articles at the site's root, beside a menu of sections")
        << QByteArray(
               "<body><div class=top><a href=/>Home</a> <a href=/about>About</a> <a "
               "href=/contact>Contact</a> "
               "<a href=/faq>FAQ</a></div><ul class=releases>"
               "<li><a href=\"/2026/12/01/minister-opens-border-post\">Minister opens the new border post</a>"
               "<li><a href=\"/2026/11/28/new-rules-for-e-commerce\">New rules for e-commerce parcels</a>"
               "<li><a href=\"/2026/11/20/annual-report\">Annual report 2025 is out</a></ul></body>")
        << "https://news.example/"
        << ""
        << list({"https://news.example/2026/12/01/minister-opens-border-post",
                 "https://news.example/2026/11/28/new-rules-for-e-commerce",
                 "https://news.example/2026/11/20/annual-report"});
    QTest::newRow("query-string articles on the listing's own script")
        << QByteArray("<div id=menu><a href=\"list.php?cat=1\">Cat</a></div><table>"
                      "<tr><td><a href=\"view.php?id=101\">Customs reform enters into force today</a>"
                      "<tr><td><a href=\"view.php?id=102\">Tariff changes for the new year announced</a>"
                      "<tr><td><a href=\"view.php?id=103\">Director meets regional counterparts</a></table>"
                      "<a href=\"list.php?page=2\">Next</a>")
        << "https://douane.example/list.php"
        << ""
        << list({"https://douane.example/view.php?id=101", "https://douane.example/view.php?id=102",
                 "https://douane.example/view.php?id=103"});
    QTest::newRow("a query pattern")
        << QByteArray("<a href=\"view.php?id=101\">a</a><a href=\"view.php?print=1\">p</a>")
        << "https://douane.example/"
        << "/view.php?id=*" << list({"https://douane.example/view.php?id=101"});
    QTest::newRow("base href, fragments and duplicates")
        << QByteArray(
               "<base href=\"https://www.site.example/news/\"><ul><li><a href=\"one-long-headline-here\">"
               "One long headline for the test</a><li><a href=\"one-long-headline-here#comments\">3 "
               "comments</a>"
               "<li><a href=\"two-long-headline-here\">Two long headlines for the test</a></ul>")
        << "https://site.example/news/"
        << ""
        << list({"https://www.site.example/news/one-long-headline-here",
                 "https://www.site.example/news/two-long-headline-here"});
    QTest::newRow("only links elsewhere and not the web's: nothing")
        << QByteArray(
               "<a href=\"https://other.example/news/a-long-article-name\">Another site's long headline</a>"
               "<a href=\"javascript:go('/news/x')\">Script</a><a href=\"data:text/html,<a>\">Data</a>"
               "<a href=\"mailto:press@site.example\">Press</a><a href=\"#top\">Top</a>"
               "<a href=\"https://sub.site.example/news/a-long-article-name\">Subdomain</a>")
        << "https://site.example/news/"
        << "" << QStringList();
    QTest::newRow("a pattern keeps to the site too")
        << QByteArray("<a href=\"https://other.example/news/x\">x</a><a href=\"/news/y\">y</a>")
        << "https://site.example/"
        << "/news/*" << list({"https://site.example/news/y"});
}

void TestPageLinkFinder::finds()
{
    QFETCH(QByteArray, page);
    QFETCH(QString, url);
    QFETCH(QString, pattern);
    QFETCH(QStringList, links);
    std::optional<PageLinkPattern> parsed;
    if (!pattern.isEmpty()) {
        Result<PageLinkPattern> p = PageLinkPattern::parse(pattern);
        QVERIFY2(p.ok(), qPrintable(p.error()));
        parsed = std::move(p).value();
    }
    QCOMPARE(strings(PageLinkFinder::find(page, QUrl(url), parsed)), links);
}

void TestPageLinkFinder::survivesHostilePages_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<int>("links");

    const QByteArray items(
        "<ul class=news><li><a href=\"/news/first-long-article-name\">The first long headline "
        "here</a><li><a href=\"/news/second-long-article-name\">The second long headline here</a>"
        "</ul>");
    QTest::newRow("nested 200,000 deep around the list")
        << QByteArray(QByteArray("<div>").repeated(200'000) + items + QByteArray("</div>").repeated(200'000))
        << 2;
    QTest::newRow("nested 200,000 deep in a nav, list outside it")
        << QByteArray(QByteArray("<nav>") + QByteArray("<div>").repeated(200'000) +
                      "<a href=/news/in-nav-x>n</a>" + QByteArray("</div>").repeated(200'000) + "</nav>" +
                      items)
        << 2;
    QTest::newRow("unclosed everything")
        << QByteArray("<div><p><span><li><a href=\"/news/first-long-article-name\">x").repeated(50'000) << 1;
    QByteArray many;
    for (int i = 0; i < 40'000; ++i)
        many += "<p><a href=\"/news/article-number-" + QByteArray::number(i) +
                "\">An article with a headline</a>";
    QTest::newRow("more links than are read") << many << 20'000;
    QTest::newRow("an attribute a megabyte long")
        << QByteArray(QByteArray("<a href=\"/news/") + QByteArray(1 << 20, 'x') + "\" class=\"" +
                      QByteArray(1 << 20, 'y') + "\">x</a>" + items)
        << 3;
    // The quote runs to the next one, as browsers read it: the tag swallows the start of the list.
    QTest::newRow("unbalanced quote") << QByteArray(QByteArray("<a href=\"/news/oops>") + items) << 2;
    QTest::newRow("nothing but text") << QByteArray(1 << 20, 'a') << 0;
    QTest::newRow("invalid UTF-8") << QByteArray(
                                          "\xfd\xff\xfe<a href=\"/news/first-long-article-name\">x</a>\xc3")
                                   << 1;
}

void TestPageLinkFinder::survivesHostilePages()
{
    QFETCH(QByteArray, page);
    QFETCH(int, links);
    const QList<QUrl> found = PageLinkFinder::find(page, QUrl(QStringLiteral("https://site.example/news/")));
    QCOMPARE(found.size(), links);
    for (const QUrl &url : found)
        QCOMPARE(url.host(), QStringLiteral("site.example"));
}

QTEST_GUILESS_MAIN(TestPageLinkFinder)
#include "tst_pagelinkfinder.moc"
