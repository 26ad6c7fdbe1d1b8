#include "html/HtmlBlockReader.h"
#include "html/HtmlSanitizer.h"
#include "ingest/ArticleReaderFactory.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Clearance;

// The stored HTML read back over the body: the reader must find, character for character, the text the
// sanitizer wrote beside that HTML, or the reading pane falls back to plain paragraphs.
class TestHtmlBlockReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheSanitizersText_data();
    void findsTheSanitizersText();
    void randomMarkupLinesUp();
    void everyFixtureLinesUp();
    void blocksOverTheBody();
};

void TestHtmlBlockReader::findsTheSanitizersText_data()
{
    QTest::addColumn<QString>("input"); // as a feed gives it
    const auto row = [](const char *name, const QString &input) { QTest::newRow(name) << input; };
    row("inline formatting",
        QStringLiteral("<p>Text <b onmouseover=x>bold</b> <i>it</i> <code>c</code></p>"));
    row("links, safe and not",
        QStringLiteral("<p><a href=\"https://x.example/?a=1&amp;b=2\">abs</a> <a href=\"rel.html\">rel</a> "
                       "<a href=\"javascript:x\">js</a> <a href=\"mailto:p@w.example\">mail</a></p>"));
    row("lists", QStringLiteral("<ul><li>One<li>Two</ul>"));
    row("nested lists",
        QStringLiteral("<ul><li>a<ol><li>b</li><li><p>c</p><p>d</p></li></ol>e</li><li>f</li></ul>"));
    row("line breaks", QStringLiteral("First line<br>same paragraph<br><br>Second<br><br><br>Third<br>"));
    row("space around a line break", QStringLiteral("<p>a <b><br> b</b> <br>c</p>"));
    row("divs become paragraphs", QStringLiteral("<div>One</div><div>Two <em>x</em></div>"));
    row("unclosed tags", QStringLiteral("<blockquote>Quote <strong>bold"));
    row("text in a quote", QStringLiteral("<blockquote>a<p>b</p>c</blockquote>"));
    row("table", QStringLiteral("<table><caption>Rates</caption><tr><th>A</th><td>1</td></tr>"
                                "<tr><td>B </td><td> 2</td><td></td></tr></table>"));
    row("nested table", QStringLiteral("<table><tr><td>a<table><tr><td>b</td><td>c</td></tr></table>d</td>"
                                       "<td>e</td></tr></table>"));
    row("entities", QStringLiteral("<p>caf&eacute; &amp; <b>&lt;th&eacute;&gt;</b> &#8212; &#x1F600; "
                                   "&nbsp;x &quot;q&quot; &bogus;</p>"));
    row("pre", QStringLiteral("<pre>\n  line 1\n\n  line 2  \n</pre><p>after</p>"));
    row("line break in pre", QStringLiteral("<pre>a<br>  b</pre>"));
    row("white space and no-break spaces",
        QStringLiteral("<p>a\u00a0\u00a0b \n c<i> d</i>\u2003</p><p>\u2003<b>e</b></p>"));
    row("upper-case tags", QStringLiteral("<P>One <B>two</B></P><SCRIPT>x</SCRIPT><Br>Three"));
    row("dropped content", QStringLiteral("<p><b><script>x</script></b>After<img src=x onerror=y>"
                                          "<style>p{}</style><iframe>f</iframe> end</p>"));
    row("headings and cells outside tables",
        QStringLiteral("<h2>Head <em>line</em></h2><td>a</td><td>b</td>"));
    row("surrogate pairs", QStringLiteral("<p>\U0001D400 <b>\U0001F600 WCO</b></p>"));
    // Broken markup where the sanitizer's HTML once lost a break its text keeps, or had one the text
    // has not (tst_htmlsanitizer has what each now gives).
    row("line break in a cell", QStringLiteral("<table><tr><td>a<br>b</td></tr></table>"));
    row("div inside bold", QStringLiteral("<b>one<div>two</div>three</b>"));
    row("div inside a link",
        QStringLiteral("<p><a href=\"https://x.example/\">one<div>two</div></a> after</p>"));
    row("div inside a list item", QStringLiteral("<ul><li>one<div>two</div>three</li></ul>"));
    row("div inside a cell",
        QStringLiteral("<table><tr><td>one<div>two</div></td><td>three</td></tr></table>"));
    row("div inside pre", QStringLiteral("<pre>one <div>two</div>  three</pre>"));
    row("end tag of a list not open", QStringLiteral("<p><em>one</ol>two</em></p>"));
    row("end tag of a heading not open", QStringLiteral("<ul><li><b>one</h2>two</b></li></ul>"));
    row("empty heading in an item", QStringLiteral("<ul><li>one<h2></h2>two</li></ul>"));
    row("end tag of a cell not open", QStringLiteral("<p><b>one</td>two</b></p>"));
    row("empty cell after words", QStringLiteral("<ul><li>one<td></td>two</li></ul>"));
    row("paragraph closed by the next cell",
        QStringLiteral("<table><tr><td><p>one<td>two</td></tr></table>"));
    row("cell after words outside a table", QStringLiteral("<p>one<td>two</td>three</p>"));
    row("words after a cell outside a table", QStringLiteral("<td>one</td>two <i>three</i>"));
    row("cell closed by an inline end tag", QStringLiteral("<ul><li><b>one<td>two</b>three</li></ul>"));
    row("block closed by an inline end tag", QStringLiteral("<h2><b>one<p>two</b>three</h2>"));
    row("space before an empty element, then a cell",
        QStringLiteral("<table><tr><th>one <b></b> <td>two</td><td>three <i></i><td>four</td></tr></table>"));
    row("space before a link not kept, then more",
        QStringLiteral("<p>one <a href=\"javascript:x\"></a>\n<b>two</b></p>"));
}

void TestHtmlBlockReader::findsTheSanitizersText()
{
    QFETCH(QString, input);
    const SanitizedHtml sanitized =
        HtmlSanitizer::sanitize(input, QUrl(QStringLiteral("https://news.example/")));
    QVERIFY2(!sanitized.html.isEmpty(), "the case must keep some markup");
    const HtmlBlockReader::Result read = HtmlBlockReader::read(sanitized.html);
    QCOMPARE(read.text, sanitized.text);
    // The blocks cover the text's paragraphs: every character shown is the body's, in order.
    qsizetype at = 0;
    for (const BodyBlock &b : read.blocks) {
        QVERIFY(!b.pieces.isEmpty());
        for (const BodyBlock::Range &piece : b.pieces) {
            QVERIFY(piece.start >= at && piece.length > 0 && piece.end() <= read.text.size());
            at = piece.end();
        }
        for (const BodyBlock::Run &run : b.runs)
            QVERIFY(run.range.start >= b.pieces.constFirst().start &&
                    run.range.end() <= b.pieces.constLast().end());
    }
    const auto blocks = HtmlBlockReader::blocksOver(sanitized.html, sanitized.text, {});
    QVERIFY(blocks);
    QCOMPARE(*blocks, read.blocks);
}

// Markup made at random from the pieces feeds use, the same every run. The reader follows the sanitizer
// step by step, so on any input it finds the text the sanitizer writes; and on the sanitizer's own HTML
// it finds the body written beside it, every time: the HTML keeps every break the text has (a <br> in a
// table, a block inside an inline element, the end tag of a block not open) and no other.
void TestHtmlBlockReader::randomMarkupLinesUp()
{
    static const QStringList pieces{QStringLiteral("<p>"),
                                    QStringLiteral("</p>"),
                                    QStringLiteral("<b>"),
                                    QStringLiteral("</b>"),
                                    QStringLiteral("<i>"),
                                    QStringLiteral("</i>"),
                                    QStringLiteral("<strong>"),
                                    QStringLiteral("</strong>"),
                                    QStringLiteral("<em>"),
                                    QStringLiteral("</em>"),
                                    QStringLiteral("<a href=\"https://x.example/\">"),
                                    QStringLiteral("<a href=\"javascript:x\">"),
                                    QStringLiteral("</a>"),
                                    QStringLiteral("<ul>"),
                                    QStringLiteral("</ul>"),
                                    QStringLiteral("<ol>"),
                                    QStringLiteral("</ol>"),
                                    QStringLiteral("<li>"),
                                    QStringLiteral("</li>"),
                                    QStringLiteral("<br>"),
                                    QStringLiteral("<pre>"),
                                    QStringLiteral("</pre>"),
                                    QStringLiteral("<code>"),
                                    QStringLiteral("</code>"),
                                    QStringLiteral("<blockquote>"),
                                    QStringLiteral("</blockquote>"),
                                    QStringLiteral("<h2>"),
                                    QStringLiteral("</h2>"),
                                    QStringLiteral("<table>"),
                                    QStringLiteral("</table>"),
                                    QStringLiteral("<tr>"),
                                    QStringLiteral("</tr>"),
                                    QStringLiteral("<td>"),
                                    QStringLiteral("</td>"),
                                    QStringLiteral("<th>"),
                                    QStringLiteral("</th>"),
                                    QStringLiteral("<caption>"),
                                    QStringLiteral("<div>"),
                                    QStringLiteral("</div>"),
                                    QStringLiteral("<hr>"),
                                    QStringLiteral("<span>"),
                                    QStringLiteral("<script>x</script>"),
                                    QStringLiteral("<img src=x>"),
                                    QStringLiteral("word"),
                                    QStringLiteral("WCO"),
                                    QStringLiteral(" "),
                                    QStringLiteral("  "),
                                    QStringLiteral("\n"),
                                    QStringLiteral("\u00a0"),
                                    QStringLiteral("\u2003"),
                                    QStringLiteral("&amp;"),
                                    QStringLiteral("&lt;b&gt;"),
                                    QStringLiteral("\u00e9"),
                                    QStringLiteral("\t"),
                                    QStringLiteral("\r\n")};
    QRandomGenerator random(20240305);
    int withHtml = 0;
    for (int i = 0; i < 5000; ++i) {
        QString input;
        const int n = random.bounded(1, 40);
        for (int k = 0; k < n; ++k)
            input += pieces.at(random.bounded(static_cast<int>(pieces.size())));
        const SanitizedHtml sanitized = HtmlSanitizer::sanitize(input);
        QVERIFY2(HtmlBlockReader::read(input).text == sanitized.text, qPrintable(input));
        if (sanitized.html.isEmpty())
            continue;
        ++withHtml;
        const QString reread = HtmlBlockReader::read(sanitized.html).text;
        QVERIFY2(reread == HtmlSanitizer::sanitize(sanitized.html).text, qPrintable(sanitized.html));
        // All 4102 with HTML (3349 lined up before the sanitizer's HTML kept the breaks of its text).
        QVERIFY2(reread == sanitized.text, qPrintable(input));
    }
    QVERIFY(withHtml > 2500);
}

// Every article of the test feeds that kept markup shows it.
void TestHtmlBlockReader::everyFixtureLinesUp()
{
    int withHtml = 0;
    const QDir feeds(QStringLiteral(CLEARANCE_TEST_DATA "/feeds"));
    for (const QString &name : feeds.entryList(QDir::Files)) {
        QFile file(feeds.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto reader = ArticleReaderFactory::open(file);
        if (!reader)
            continue; // the fixtures of broken files
        QList<Article> articles;
        while ((*reader)->read(articles, 100)) {
        }
        for (const Article &a : std::as_const(articles)) {
            if (a.html.isEmpty())
                continue;
            ++withHtml;
            QVERIFY2(HtmlBlockReader::blocksOver(a.html, a.body, a.title),
                     qPrintable(name + QLatin1Char(' ') + a.title));
        }
    }
    QVERIFY(withHtml >= 5);
}

void TestHtmlBlockReader::blocksOverTheBody()
{
    const QString html = QStringLiteral("<h1>Headline</h1><p>Body <b>text</b></p><ul><li>item</li></ul>");
    // An imported page: the headline is in the HTML, not in the body.
    const auto page = HtmlBlockReader::blocksOver(html, u"Body text\n\nitem", u"Headline");
    QVERIFY(page);
    QCOMPARE(page->size(), 2);
    QCOMPARE(page->at(0).pieces, (QList<BodyBlock::Range>{{0, 9}}));
    QCOMPARE(page->at(0).runs.size(), 1);
    QCOMPARE(page->at(0).runs.constFirst().range, (BodyBlock::Range{5, 4}));
    QVERIFY(page->at(0).runs.constFirst().bold);
    QCOMPARE(page->at(1).pieces, (QList<BodyBlock::Range>{{11, 4}}));
    QVERIFY(page->at(1).listItem);
    // Whole: the headline too.
    const auto whole = HtmlBlockReader::blocksOver(html, u"Headline\n\nBody text\n\nitem", u"Other");
    QVERIFY(whole);
    QCOMPARE(whole->size(), 3);
    QCOMPARE(whole->at(0).kind, BodyBlock::Kind::Heading);
    QCOMPARE(whole->at(0).headingLevel, 1);
    // Anything else does not line up: another word, other white space, another paragraph break.
    QVERIFY(!HtmlBlockReader::blocksOver(html, u"Body text\n\nitem", u"Other"));
    QVERIFY(!HtmlBlockReader::blocksOver(html, u"Headline\n\nBody text\n\nitems", u""));
    QVERIFY(!HtmlBlockReader::blocksOver(html, u"Headline\n\nBody  text\n\nitem", u""));
    QVERIFY(!HtmlBlockReader::blocksOver(html, u"Headline\n\nBody\n\ntext\n\nitem", u""));
    QVERIFY(!HtmlBlockReader::blocksOver(html, u"Headline\nBody text\n\nitem", u""));
    QVERIFY(!HtmlBlockReader::blocksOver(html, u"", u""));
}

QTEST_GUILESS_MAIN(TestHtmlBlockReader)
#include "tst_htmlblockreader.moc"
