#include "ingest/FeedDiscovery.h"

#include <QTest>

using namespace Clearance;

// The feeds a page declares or seems to link to, and telling a feed from a page by its first bytes.
class TestFeedDiscovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finds_data();
    void finds();
    void decodesBytes();
    void classifies_data();
    void classifies();
};

namespace {

// A feed found as one line: url | title | type, and " (guess)" for a guess.
QStringList lines(const QList<FeedDiscovery::Feed> &feeds)
{
    QStringList out;
    for (const FeedDiscovery::Feed &f : feeds)
        out.append(f.url.toString(QUrl::FullyEncoded) + QLatin1String(" | ") + f.title +
                   QLatin1String(" | ") + f.type +
                   (f.guessed ? QLatin1String(" (guess)") : QLatin1String("")));
    return out;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

void TestFeedDiscovery::finds_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("feeds");

    QTest::newRow("RSS and Atom declared in the head")
        << "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" title=\"News\" "
           "href=\"/rss.xml\">"
           "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"  All\n news \" "
           "href=\"https://x.example/atom.xml\"></head><body></body></html>"
        << "https://x.example/news/"
        << list({"https://x.example/rss.xml | News | application/rss+xml",
                 "https://x.example/atom.xml | All news | application/atom+xml"});
    QTest::newRow("rel a list, any case; type with parameters; a relative address")
        << "<LINK REL=\"Alternate Feed\" TYPE=\"Application/RSS+XML; charset=utf-8\" HREF=\"feed/\" TITLE=T>"
        << "https://x.example/news/index.html"
        << list({"https://x.example/news/feed/ | T | application/rss+xml"});
    QTest::newRow("the first base, for links before it too")
        << "<link rel=alternate type=application/rss+xml href=rss><base href=\"https://cdn.example/site/\">"
           "<base href=\"https://ignored.example/\"><link rel=alternate type=application/feed+json "
           "href=feed.json>"
        << "https://x.example/"
        << list({"https://cdn.example/site/rss |  | application/rss+xml",
                 "https://cdn.example/site/feed.json |  | application/feed+json"});
    QTest::newRow("a relative base")
        << "<base href=\"/blog/\"><link rel=alternate type=application/atom+xml href=atom>"
        << "https://x.example/a/b" << list({"https://x.example/blog/atom |  | application/atom+xml"});
    QTest::newRow("duplicates and fragments, in page order")
        << "<link rel=alternate type=application/rss+xml href=/a><link rel=alternate type=application/json "
           "href=/b.json><link rel=alternate type=application/rss+xml href=\"/a#x\" title=again>"
           "<link rel=alternate type=application/rdf+xml href=/c.rdf>"
        << "https://x.example/"
        << list({"https://x.example/a |  | application/rss+xml",
                 "https://x.example/b.json |  | application/json",
                 "https://x.example/c.rdf |  | application/rdf+xml"});
    QTest::newRow("alternates that are not feeds")
        << "<link rel=alternate hreflang=fr type=text/html href=/fr/><link rel=alternate "
           "type=application/json+oembed href=/oembed><link rel=alternate href=/nothing.xml>"
           "<link rel=stylesheet type=text/css href=/s.css><link rel=\"alternateish\" "
           "type=application/rss+xml href=/x><link rel=alternate type=application/rss+xml>"
        << "https://x.example/" << QStringList();
    QTest::newRow("addresses that are not the web's")
        << "<link rel=alternate type=application/rss+xml href=\"java\nscript:alert(1)\">"
           "<link rel=alternate type=application/rss+xml href=\"data:text/xml,<rss/>\">"
           "<link rel=alternate type=application/rss+xml href=\"ftp://x.example/rss\">"
           "<link rel=alternate type=application/rss+xml href=\" https://x.example/ok \">"
        << "https://x.example/" << list({"https://x.example/ok |  | application/rss+xml"});
    QTest::newRow("none declared: links that look like feeds, on the same site")
        << "<body><a href=\"/feed/\">RSS <b>feed</b></a><a href=\"https://other.example/rss\">Other</a>"
           "<a href=\"/sitemap.xml\">Sitemap</a><a href=\"https://x.example/news/atom.xml?lang=en\">Atom</a>"
           "<a href=\"/feed.json\">JSON</a><a href=\"/about\">About</a><a href=\"/news.rss#top\">News</a>"
           "<a href=\"/feed/\">again</a><a href=\"javascript:void('/rss')\">script</a></body>"
        << "https://www.x.example/"
        << list({"https://www.x.example/feed/ | RSS feed |  (guess)",
                 "https://x.example/news/atom.xml?lang=en | Atom |  (guess)",
                 "https://www.x.example/feed.json | JSON |  (guess)",
                 "https://www.x.example/news.rss | News |  (guess)"});
    QTest::newRow("declared feeds: no guesses")
        << "<a href=\"/feed/\">RSS</a><link rel=alternate type=application/atom+xml href=/atom>"
        << "https://x.example/" << list({"https://x.example/atom |  | application/atom+xml"});
    QTest::newRow("a link in a script is not a link")
        << "<script>document.write('<link rel=alternate type=application/rss+xml href=/s>')</script>"
        << "https://x.example/" << QStringList();
    QTest::newRow("the page itself is not its feed")
        << "<link rel=alternate type=application/rss+xml href=\"\"><link rel=alternate "
           "type=application/rss+xml href=\"#\">"
        << "https://x.example/rss" << QStringList();
}

void TestFeedDiscovery::finds()
{
    QFETCH(QString, html);
    QFETCH(QString, page);
    QFETCH(QStringList, feeds);
    QCOMPARE(lines(FeedDiscovery::find(QStringView(html), QUrl(page))), feeds);
}

void TestFeedDiscovery::decodesBytes()
{
    // The page's bytes, in the encoding it declares.
    const QByteArray page("<html><head><meta charset=\"windows-1252\"><link rel=alternate "
                          "type=application/rss+xml title=\"Actualit\xe9s\" href=/rss></head></html>");
    QCOMPARE(lines(FeedDiscovery::find(page, QUrl(QStringLiteral("https://x.example/")))),
             list({"https://x.example/rss | Actualités | application/rss+xml"}));
}

void TestFeedDiscovery::classifies_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("content");
    const int feed = int(FeedDiscovery::Content::Feed);
    const int opml = int(FeedDiscovery::Content::Opml);
    const int page = int(FeedDiscovery::Content::Page);
    const int other = int(FeedDiscovery::Content::Other);
    QTest::newRow("RSS") << QByteArray("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>") << feed;
    QTest::newRow("Atom, after a comment")
        << QByteArray("<!-- generated --><feed xmlns=\"http://www.w3.org/2005/Atom\">") << feed;
    QTest::newRow("RSS 1.0") << QByteArray(
                                    "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">")
                             << feed;
    QTest::newRow("RSS in UTF-16") << QByteArray("\xff\xfe<\0r\0s\0s\0>\0", 12) << feed;
    QTest::newRow("JSON Feed")
        << QByteArray("{\"version\": \"https:\\/\\/jsonfeed.org\\/version\\/1.1\", \"items\": [") << feed;
    QTest::newRow("other JSON") << QByteArray("{\"status\": \"ok\"}") << other;
    QTest::newRow("OPML") << QByteArray("<?xml version=\"1.0\"?><opml version=\"2.0\">") << opml;
    QTest::newRow("HTML") << QByteArray("<!DOCTYPE html>\n<html lang=\"en\"><head>") << page;
    QTest::newRow("HTML without a doctype") << QByteArray("\n  <html><body>") << page;
    QTest::newRow("other XML") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\">") << other;
    QTest::newRow("text") << QByteArray("Not found") << other;
    QTest::newRow("nothing") << QByteArray() << other;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << other;
}

void TestFeedDiscovery::classifies()
{
    QFETCH(QByteArray, head);
    QFETCH(int, content);
    QCOMPARE(int(FeedDiscovery::classify(head)), content);
}

QTEST_GUILESS_MAIN(TestFeedDiscovery)
#include "tst_feeddiscovery.moc"
