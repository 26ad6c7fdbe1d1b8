#include "ArticleDocumentTestSupport.h"
#include "html/HtmlSanitizer.h"
#include "render/ArticleDocument.h"
#include "render/HighlightPalette.h"
#include "render/PlainText.h"
#include "tagging/Tagger.h"

#include <QImage>
#include <QPainter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

using namespace Clearance;

// An article's body built from its stored HTML (lists, links, headings, tables...) when that HTML lines
// up with the body, the plain paragraphs when it does not, and nothing of hostile HTML run or loaded.
class TestArticleDocumentHtml final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void htmlBlocks_data();
    void htmlBlocks();
    void mentionsInsideMarkup_data();
    void mentionsInsideMarkup();
    void searchHitsInListItems();
    void hostileStoredHtmlShowsNothingAndLoadsNothing();
    void bodyBlocksFollowTheHeader();

private:
    std::shared_ptr<const Tagger> m_tagger;
};

namespace {

// An article as a feed item with this HTML would import: the body and the HTML from one sanitizing pass.
Article fromFeed(const QString &html)
{
    const SanitizedHtml sanitized = HtmlSanitizer::sanitize(html);
    Article article;
    article.title = QStringLiteral("Title");
    article.body = sanitized.text;
    article.html = sanitized.html;
    return article;
}

QString listStyleName(QTextListFormat::Style style)
{
    switch (style) {
    case QTextListFormat::ListDisc:
        return QStringLiteral("disc");
    case QTextListFormat::ListCircle:
        return QStringLiteral("circle");
    case QTextListFormat::ListSquare:
        return QStringLiteral("square");
    case QTextListFormat::ListDecimal:
        return QStringLiteral("decimal");
    case QTextListFormat::ListLowerAlpha:
        return QStringLiteral("alpha");
    case QTextListFormat::ListLowerRoman:
        return QStringLiteral("roman");
    default:
        return QStringLiteral("other");
    }
}

// The document's blocks, one line each, to compare whole documents at a glance. A block may start with
// "rtl " (right to left), "h2 " (a heading), "L0 disc@1 " (an item of the document's first list, its
// style and indent) or "in1 " (indented); in the text *bold*, _italic_, `fixed pitch`,
// [text](href) for a link (not the highlights' own), and ⏎ for a line break.
QStringList describe(const QTextDocument &document)
{
    QStringList out;
    QList<const QTextList *> lists;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        QString line;
        const QTextBlockFormat block = b.blockFormat();
        if (block.layoutDirection() == Qt::RightToLeft)
            line += QStringLiteral("rtl ");
        if (block.headingLevel() > 0)
            line += QStringLiteral("h%1 ").arg(block.headingLevel());
        if (const QTextList *list = b.textList()) {
            if (!lists.contains(list))
                lists.append(list);
            line += QStringLiteral("L%1 %2@%3 ")
                        .arg(lists.indexOf(list))
                        .arg(listStyleName(list->format().style()))
                        .arg(list->format().indent());
        } else if (block.indent() > 0) {
            line += QStringLiteral("in%1 ").arg(block.indent());
        }
        // Fragments of the same markup joined, whatever else (a highlight) splits them.
        QString run;
        QString key;
        QTextCharFormat runFormat;
        const auto flush = [&] {
            if (run.isEmpty())
                return;
            if (runFormat.fontFixedPitch())
                run = QLatin1Char('`') + run + QLatin1Char('`');
            if (runFormat.fontItalic())
                run = QLatin1Char('_') + run + QLatin1Char('_');
            if (runFormat.fontWeight() >= QFont::Bold)
                run = QLatin1Char('*') + run + QLatin1Char('*');
            const QString href = runFormat.isAnchor() ? runFormat.anchorHref() : QString();
            if (!href.isEmpty() && !href.startsWith(QLatin1String("clearance-")))
                run = QLatin1Char('[') + run + QStringLiteral("](") + href + QLatin1Char(')');
            line += run;
            run.clear();
        };
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            const QString href = f.isAnchor() && !f.anchorHref().startsWith(QLatin1String("clearance-"))
                                     ? f.anchorHref()
                                     : QString();
            const QString fragmentKey = QStringLiteral("%1%2%3%4")
                                            .arg(f.fontFixedPitch())
                                            .arg(f.fontItalic())
                                            .arg(f.fontWeight() >= QFont::Bold)
                                            .arg(href);
            if (fragmentKey != key)
                flush();
            key = fragmentKey;
            runFormat = f;
            run += it.fragment().text().replace(QChar::LineSeparator, QChar(0x23ce));
        }
        flush();
        out.append(line);
    }
    return out;
}

// A document that records every resource its layout asks for, and gives none.
class ResourceSpy final : public QTextDocument
{
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        Q_UNUSED(type);
        requested.append(name);
        return {};
    }
};

} // namespace

void TestArticleDocumentHtml::initTestCase()
{
    m_tagger = Tagger::standard();
}

void TestArticleDocumentHtml::htmlBlocks_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("html"); // as stored
    QTest::addColumn<bool>("showsHtml");
    QTest::addColumn<QStringList>("expected");
    const auto feed = [](const char *name, const QString &html, const QStringList &expected) {
        const Article a = fromFeed(html);
        QTest::newRow(name) << a.body << a.html << true << expected;
    };
    const auto stored = [](const char *name, const QString &body, const QString &html, bool showsHtml,
                           const QStringList &expected) {
        QTest::newRow(name) << body << html << showsHtml << expected;
    };
    feed("unordered list", QStringLiteral("<p>Intro</p><ul><li>One</li><li>Two</li><li>Three</li></ul>"),
         {QStringLiteral("Intro"), QStringLiteral("L0 disc@1 One"), QStringLiteral("L0 disc@1 Two"),
          QStringLiteral("L0 disc@1 Three")});
    feed("ordered list", QStringLiteral("<ol><li>First</li><li>Second</li></ol><p>After</p>"),
         {QStringLiteral("L0 decimal@1 First"), QStringLiteral("L0 decimal@1 Second"),
          QStringLiteral("After")});
    feed("nested lists",
         QStringLiteral("<ul><li>Goods<ol><li>declared</li><li>cleared</li></ol>then released</li>"
                        "<li>People<ul><li>travellers</li></ul></li></ul>"),
         {QStringLiteral("L0 disc@1 Goods"), QStringLiteral("L1 alpha@2 declared"),
          QStringLiteral("L1 alpha@2 cleared"), QStringLiteral("in1 then released"),
          QStringLiteral("L0 disc@1 People"), QStringLiteral("L2 circle@2 travellers")});
    feed("bold and italic",
         QStringLiteral("<p>Plain <strong>strong</strong>, <b>b</b>, <em>em</em>, <i>i</i> and "
                        "<b><i>both</i></b>.</p>"),
         {QStringLiteral("Plain *strong*, *b*, _em_, _i_ and *_both_*.")});
    feed("links",
         QStringLiteral("<p>See <a href=\"https://www.wcoomd.org/\">the site</a> or "
                        "<a href=\"mailto:press@wco.example\">write</a>.</p>"),
         {QStringLiteral("See [the site](https://www.wcoomd.org/) or [write](mailto:press@wco.example).")});
    stored("unsafe links stored", QStringLiteral("js data file rel vb ok"),
           QStringLiteral("<p><a href=\"javascript:alert(1)\">js</a> <a href=\"data:text/html,x\">data</a> "
                          "<a href=\"file:///etc/passwd\">file</a> <a href=\"//evil.example/\">rel</a> "
                          "<a href=\" vb&#10;script:x\">vb</a> <a href=\"https://ok.example/\">ok</a></p>"),
           true, {QStringLiteral("js data file rel vb [ok](https://ok.example/)")});
    feed("headings", QStringLiteral("<h2>Trade facilitation</h2><p>Text.</p><h4>Notes</h4>"),
         {QStringLiteral("h2 *Trade facilitation*"), QStringLiteral("Text."), QStringLiteral("h4 *Notes*")});
    feed("pre", QStringLiteral("<pre>line 1\n  line 2</pre>"), {QStringLiteral("`line 1⏎  line 2`")});
    feed("inline code", QStringLiteral("<p>Run <code>hs --update</code> daily.</p>"),
         {QStringLiteral("Run `hs --update` daily.")});
    feed("line break", QStringLiteral("<p>Line one<br>line two</p>"), {QStringLiteral("Line one⏎line two")});
    feed("two line breaks, two paragraphs", QStringLiteral("<p>First<br><br><b>Second</b></p>"),
         {QStringLiteral("First"), QStringLiteral("*Second*")});
    feed("blockquote", QStringLiteral("<blockquote><p>Quoted words</p></blockquote><p>After</p>"),
         {QStringLiteral("in1 Quoted words"), QStringLiteral("After")});
    feed("table",
         QStringLiteral("<table><caption>Rates</caption><tr><th>Country</th><th>Rate</th></tr>"
                        "<tr><td>Mali</td><td>5 %</td></tr></table>"),
         {QStringLiteral("_Rates_"), QStringLiteral("*Country* │ *Rate*"), QStringLiteral("Mali │ 5 %")});
    feed("character references",
         QStringLiteral("<p>Caf&eacute; &amp; <b>&lt;tea&gt;</b> &#8212; &quot;q&quot;</p>"),
         {QStringLiteral("Café & *<tea>* — \"q\"")});
    feed("right to left",
         QStringLiteral(
             "<p>The <b>meeting</b>.</p><p>عقدت <b>المنظمة</b> اجتماعا.</p><ul><li>بند أول</li></ul>"),
         {QStringLiteral("The *meeting*."), QStringLiteral("rtl عقدت *المنظمة* اجتماعا."),
          QStringLiteral("rtl L0 disc@1 بند أول")});
    stored("unknown tags keep their text", QStringLiteral("Keep span u f b"),
           QStringLiteral("<p>Keep <span>span</span> <u>u</u> <font color=red>f</font> <b>b</b></p>"), true,
           {QStringLiteral("Keep span u f *b*")});
    stored("an imported page: the headline is the header's", QStringLiteral("Body text"),
           QStringLiteral("<h1>Title</h1><p>Body <b>text</b></p>"), true, {QStringLiteral("Body *text*")});
    // Broken markup feeds send: the HTML lines up with the body, so the formatting shows.
    feed("a block inside bold", QStringLiteral("<p><b>Customs <div>and</div> trade</b></p>"),
         {QStringLiteral("*Customs*"), QStringLiteral("*and*"), QStringLiteral("*trade*")});
    feed("a block inside a list item", QStringLiteral("<ul><li>One<div>more</div></li><li>Two</li></ul>"),
         {QStringLiteral("L0 disc@1 One"), QStringLiteral("in1 more"), QStringLiteral("L0 disc@1 Two")});
    feed("the end tag of a list not open", QStringLiteral("<p><em>One</ol>two</em></p>"),
         {QStringLiteral("_One_"), QStringLiteral("_two_")});
    feed("a line break in a cell",
         QStringLiteral("<table><tr><td>Mali<br>Niger</td><td>5 %</td></tr></table>"),
         {QStringLiteral("Mali⏎Niger │ 5 %")});
    // Fallback: the stored HTML does not say what the body says.
    stored("body updated since", QStringLiteral("A newer text."),
           fromFeed(QStringLiteral("<ul><li>An older <b>text</b>.</li></ul>")).html, false,
           {QStringLiteral("A newer text.")});
    stored("paragraphs differ", QStringLiteral("One Two"), QStringLiteral("<p>One</p><p><b>Two</b></p>"),
           false, {QStringLiteral("One Two")});
    stored("white space differs", QStringLiteral("One\nTwo"), QStringLiteral("<p>One <b>Two</b></p>"), false,
           {QStringLiteral("One⏎Two")});
    stored("no html", QStringLiteral("Plain.\n\nText."), QString(), false,
           {QStringLiteral("Plain."), QStringLiteral("Text.")});
}

void TestArticleDocumentHtml::htmlBlocks()
{
    QFETCH(QString, body);
    QFETCH(QString, html);
    QFETCH(bool, showsHtml);
    QFETCH(QStringList, expected);
    Article article;
    article.title = QStringLiteral("Title");
    article.body = body;
    article.html = html;
    ArticleDocument::Options options;
    options.includeHeader = false;
    const ArticleDocument doc(article, m_tagger, options);
    QCOMPARE(doc.showsHtml(), showsHtml);
    const auto document = doc.toDocument();
    QCOMPARE(describe(*document), expected);
    QCOMPARE(document->blockCount(), doc.bodyBlockCount());
}

void TestArticleDocumentHtml::mentionsInsideMarkup_data()
{
    QTest::addColumn<QString>("html"); // as a feed gives it
    QTest::addColumn<QString>("mention");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("href"); // the link it is in
    QTest::addColumn<bool>("bold");
    QTest::addColumn<bool>("listItem");
    QTest::newRow("strong") << QStringLiteral(
                                   "<p>Met the <strong>World Customs Organization</strong> in Brussels.</p>")
                            << QStringLiteral("World Customs Organization") << QStringLiteral("wco")
                            << QString() << true << false;
    QTest::newRow("link") << QStringLiteral(
                                 "<p>Read <a href=\"https://www.wcoomd.org/\">the WCO site</a>.</p>")
                          << QStringLiteral("WCO") << QStringLiteral("wco")
                          << QStringLiteral("https://www.wcoomd.org/") << false << false;
    QTest::newRow("bold link") << QStringLiteral(
                                      "<p><b><a href=\"https://www.wto.org/\">WTO</a></b> news</p>")
                               << QStringLiteral("WTO") << QStringLiteral("wto")
                               << QStringLiteral("https://www.wto.org/") << true << false;
    QTest::newRow("list item") << QStringLiteral(
                                      "<p>Partners:</p><ul><li>the <i>UNCTAD</i></li><li>the WTO</li></ul>")
                               << QStringLiteral("WTO") << QStringLiteral("wto") << QString() << false
                               << true;
}

void TestArticleDocumentHtml::mentionsInsideMarkup()
{
    QFETCH(QString, html);
    QFETCH(QString, mention);
    QFETCH(QString, id);
    QFETCH(QString, href);
    QFETCH(bool, bold);
    QFETCH(bool, listItem);
    const Article article = fromFeed(html);
    const ArticleDocument doc(article, m_tagger);
    QVERIFY(doc.showsHtml());
    const auto document = doc.toDocument();

    // Every highlight is exactly its mention's text, the title's and the body's alike.
    const QString text = Tagger::textOf(article);
    QList<std::pair<QString, QString>> expected;
    for (const Mention &m : doc.organizationMentions())
        expected.append({m.id, text.mid(m.start, m.length)});
    QVERIFY(expected.contains(std::pair(id, mention)));
    QCOMPARE(fragmentsWith(*document, ArticleDocument::OrganizationIdProperty), expected);

    const qsizetype at = document->toPlainText().indexOf(mention);
    QVERIFY(at >= 0);
    const HighlightPalette colors{QPalette()};
    const QString kind = QStringLiteral("intergovernmental");
    for (int i = static_cast<int>(at); i < at + mention.size(); ++i) {
        const QTextCharFormat f = formatAt(*document, i);
        // The highlight's colours over the element's format, which stays.
        QCOMPARE(f.property(ArticleDocument::OrganizationIdProperty).toString(), id);
        QCOMPARE(f.background().color(), colors.organization(kind).background);
        QVERIFY(f.toolTip().contains(HighlightPalette::kindName(kind)));
        QCOMPARE(f.fontWeight() >= QFont::Bold, bold);
        QVERIFY(f.isAnchor());
        QCOMPARE(f.anchorHref(), href.isEmpty() ? ArticleDocument::organizationHref(id) : href);
        if (!href.isEmpty())
            QCOMPARE(f.underlineStyle(), QTextCharFormat::SingleUnderline);
    }
    QCOMPARE(document->findBlock(static_cast<int>(at)).textList() != nullptr, listItem);
}

void TestArticleDocumentHtml::searchHitsInListItems()
{
    Article article = fromFeed(QStringLiteral("<p>Guatemala:</p><ul><li>Customs in <b>Guatemala</b></li>"
                                              "<li>Trade with guatémala's neighbours</li></ul>"));
    ArticleDocument::Options options;
    options.includeHeader = false;
    options.search = QStringLiteral("guatemala");
    options.palette = lightPalette();
    const auto document = ArticleDocument(article, m_tagger, options).toDocument();
    QStringList hits;
    QList<bool> inList;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().property(ArticleDocument::SearchHitProperty).toBool()) {
                hits.append(it.fragment().text());
                inList.append(b.textList() != nullptr);
                if (b.textList())
                    QCOMPARE(it.fragment().charFormat().background().color(),
                             HighlightPalette(lightPalette()).searchHit().background);
            }
        }
    }
    QCOMPARE(hits, (QStringList{QStringLiteral("Guatemala"), QStringLiteral("Guatemala"),
                                QStringLiteral("guatémala")}));
    QCOMPARE(inList, (QList<bool>{false, true, true}));
    // The hit in bold stays bold.
    const qsizetype at = document->toPlainText().indexOf(QStringLiteral("in Guatemala"));
    QVERIFY(formatAt(*document, static_cast<int>(at + 3)).fontWeight() >= QFont::Bold);
}

// What a hand-edited database could hold: none of it runs, shows or loads.
void TestArticleDocumentHtml::hostileStoredHtmlShowsNothingAndLoadsNothing()
{
    Article article;
    article.title = QStringLiteral("Title");
    article.body = QStringLiteral("Hello world\n\nSafe text here");
    article.html = QStringLiteral(
        "<p>Hello <script>alert(1)</script><img src=\"file:///etc/passwd\" onerror=\"alert(2)\">"
        "<b onclick=\"steal()\" style=\"background:url(https://track.example/b.gif)\">world</b></p>"
        "<style>p{background:url(https://track.example/s.gif)}</style>"
        "<iframe src=\"https://evil.example/\">frame</iframe><object data=\"x.swf\">obj</object>"
        "<p>Safe <svg><image href=\"https://track.example/i.gif\"/>svg</svg>"
        "<a href=\"javascript:alert(3)\">text</a> <img src=x>here<link rel=stylesheet href=s.css></p>");
    ArticleDocument::Options options;
    options.includeHeader = false;
    const ArticleDocument doc(article, m_tagger, options);
    QVERIFY(doc.showsHtml()); // read as HTML, not passed over
    ResourceSpy document;
    doc.fill(document);
    QCOMPARE(describe(document),
             (QStringList{QStringLiteral("Hello *world*"), QStringLiteral("Safe text here")}));
    for (const char *gone : {"alert", "steal", "background", "frame", "obj", "svg", "passwd", "track"})
        QVERIFY2(!document.toPlainText().contains(QLatin1String(gone)), gone);
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            QVERIFY(!f.isImageFormat());
            QVERIFY(!f.isAnchor());
            QVERIFY(!f.hasProperty(QTextFormat::BackgroundBrush));
        }
    }
    // Laid out and painted, it asks for nothing.
    document.setTextWidth(400);
    QImage image(400, 300, QImage::Format_ARGB32);
    QPainter painter(&image);
    document.drawContents(&painter);
    painter.end();
    QVERIFY(document.requested.isEmpty());
}

// The PDF export tells the header's blocks from the body's by the body's count, which for HTML is
// not the count of plain paragraphs (a pre with a blank line is one block and two paragraphs).
void TestArticleDocumentHtml::bodyBlocksFollowTheHeader()
{
    Article article = fromFeed(QStringLiteral("<p>First <b>paragraph</b>.</p><pre>code\n\nmore code</pre>"
                                              "<ul><li>item</li></ul>"));
    article.url = QStringLiteral("https://news.example/a");
    QVERIFY(PlainText::paragraphs(article.body).size() == 4);
    const ArticleDocument doc(article, m_tagger);
    QVERIFY(doc.showsHtml());
    QCOMPARE(doc.bodyBlockCount(), 3);
    const auto document = doc.toDocument();
    const QTextBlock firstBody = document->findBlockByNumber(document->blockCount() - doc.bodyBlockCount());
    QCOMPARE(firstBody.text(), QStringLiteral("First paragraph."));
    QCOMPARE(firstBody.previous().text(), article.url);
}

QTEST_MAIN(TestArticleDocumentHtml)
#include "tst_articledocumenthtml.moc"
