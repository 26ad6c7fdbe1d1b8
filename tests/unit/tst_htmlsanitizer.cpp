#include "html/HtmlEntities.h"
#include "html/HtmlSanitizer.h"

#include <QTest>

using namespace Clearance;

// Untrusted HTML in, plain paragraphs and a whitelisted subset out: nothing that runs or loads.
class TestHtmlSanitizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitizes_data();
    void sanitizes();
    void decodesEntities_data();
    void decodesEntities();
    void pageModeDropsChrome();
};

void TestHtmlSanitizer::sanitizes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    const QString base = QStringLiteral("https://news.example/a/");
    QTest::newRow("paragraphs") << "<p>One</p><p>Two</p>"
                                << "One\n\nTwo"
                                << "";
    QTest::newRow("script dropped with content")
        << "<p>Safe</p><script>alert('<p>x</p>')</script><p>After</p>"
        << "Safe\n\nAfter"
        << "";
    QTest::newRow("style, iframe, form, object dropped")
        << "<style>p{}</style><iframe src=x>frame text</iframe><form><input value=a>Form text</form>"
           "<object data=x>obj</object><p>Kept</p>"
        << "Kept"
        << "";
    QTest::newRow("event handlers and styles stripped")
        << "<p onclick=\"steal()\" style=\"color:red\" class=x>Text <b onmouseover=x>bold</b></p>"
        << "Text bold"
        << "<p>Text <b>bold</b></p>";
    QTest::newRow("javascript and data urls dropped, text kept")
        << "<p><a href=\"javascript:alert(1)\">js</a> <a href=\" JaVa\tScRiPt:x\">js2</a> "
           "<a href=\"data:text/html,<script>\">data</a> <a href=\"vbscript:x\">vb</a></p>"
        << "js js2 data vb"
        << "";
    QTest::newRow("safe links kept, relative resolved")
        << "<p><a href=\"https://x.example/?a=1&amp;b=2\" target=_blank>abs</a> <a href=\"rel.html\">rel</a> "
           "<a href=\"mailto:press@wco.example\">mail</a></p>"
        << "abs rel mail"
        << "<p><a href=\"https://x.example/?a=1&amp;b=2\">abs</a> <a "
           "href=\"https://news.example/a/rel.html\">rel</a> "
           "<a href=\"mailto:press@wco.example\">mail</a></p>";
    QTest::newRow("images never load")
        << "<p>Before<img src=\"https://t.example/p.gif\" onerror=\"x()\">after</p>"
        << "Beforeafter"
        << "";
    QTest::newRow("svg and math dropped") << "<svg><script>x</script><text>s</text></svg><p>ok</p>"
                                          << "ok"
                                          << "";
    QTest::newRow("lists") << "<ul><li>One<li>Two</ul>"
                           << "One\n\nTwo"
                           << "<ul><li>One</li><li>Two</li></ul>";
    QTest::newRow("double br separates paragraphs") << "First line<br>same paragraph<br><br>Second"
                                                    << "First line\nsame paragraph\n\nSecond"
                                                    << "<p>First line<br>same paragraph<br><br>Second</p>";
    QTest::newRow("divs become paragraphs") << "<div>One</div><div>Two <em>x</em></div>"
                                            << "One\n\nTwo x"
                                            << "<p>One</p><p>Two <em>x</em></p>";
    QTest::newRow("unclosed tags closed") << "<blockquote><p>Quote <strong>bold"
                                          << "Quote bold"
                                          << "<blockquote><p>Quote <strong>bold</strong></p></blockquote>";
    QTest::newRow("stray end tags ignored") << "</b></p>Text</i>"
                                            << "Text"
                                            << "";
    QTest::newRow("comments and doctype skipped") << "<!DOCTYPE html><!-- <p>no</p> --><p>yes</p>"
                                                  << "yes"
                                                  << "";
    QTest::newRow("table basics")
        << "<table><tr><th>A</th><td>1</td></tr><tr><td>B</td><td>2</td></tr></table>"
        << "A 1\n\nB 2"
        << "<table><tr><th>A</th><td>1</td></tr><tr><td>B</td><td>2</td></tr></table>";
    QTest::newRow("entities in text and attributes")
        << "<p>caf&eacute; &amp; th&eacute; &#8212; &#x1F600; &nbsp;x &notin; &bogus;</p>"
        << QStringLiteral("caf\u00e9 & th\u00e9 \u2014 \U0001F600 x \u2209 &bogus;") << "";
    QTest::newRow("text is escaped in html") << "<b>a &lt;script&gt; b</b>"
                                             << "a <script> b"
                                             << "<p><b>a &lt;script&gt; b</b></p>";
    QTest::newRow("pre keeps lines") << "<pre>line 1\n  line 2</pre>"
                                     << "line 1\n  line 2"
                                     << "<pre>line 1\n  line 2</pre>";
    QTest::newRow("cdata inside html") << "<p><![CDATA[in cdata]]></p>"
                                       << "in cdata"
                                       << "";
    QTest::newRow("unquoted and broken attributes")
        << "<a href=https://q.example/x>q</a><p title=\"unclosed>t"
        << "q"
        << "<p><a href=\"https://q.example/x\">q</a></p>";
    QTest::newRow("upper-case tags") << "<P>One <B>two</B></P><SCRIPT>x</SCRIPT><Br>Three"
                                     << "One two\n\nThree"
                                     << "<p>One <b>two</b></p><p>Three</p>";
    QTest::newRow("dropped element nested in itself") << "<div><object><object>a</object>b</object>c</div>"
                                                      << "c"
                                                      << "";
    QTest::newRow("element left empty dropped") << "<p><b><script>x</script></b>After</p>"
                                                << "After"
                                                << "<p>After</p>";
    QTest::newRow("first of repeated attributes")
        << "<p><a href=\"https://one.example/\" HREF=\"https://two.example/\">x</a></p>"
        << "x"
        << "<p><a href=\"https://one.example/\">x</a></p>";
    QTest::newRow("line break in pre") << "<pre>a<br>  b</pre>"
                                       << "a\n  b"
                                       << "<pre>a<br>  b</pre>";
    QTest::newRow("white space collapsed, no-break spaces too")
        << QStringLiteral("<p>a\u00a0\u00a0b \n c<i> d</i></p>") << "a b c d"
        << "<p>a b c<i> d</i></p>";
    // Broken markup: the HTML has every break the text has, and only those (HtmlBlockReader reads it
    // back over the text). Where the text ends a paragraph and the HTML has no boundary, two line breaks.
    QTest::newRow("block inside bold") << "<b>one<div>two</div>three</b>"
                                       << "one\n\ntwo\n\nthree"
                                       << "<p><b>one<br><br>two<br><br>three</b></p>";
    QTest::newRow("block inside a link") << "<p><a href=\"https://x.example/\">one<div>two</div></a></p>"
                                         << "one\n\ntwo"
                                         << "<p><a href=\"https://x.example/\">one<br><br>two</a></p>";
    QTest::newRow("block inside a list item") << "<ul><li>one<div>two</div>three</li></ul>"
                                              << "one\n\ntwo\n\nthree"
                                              << "<ul><li>one<br><br>two<br><br>three</li></ul>";
    QTest::newRow("block inside pre") << "<pre>one <div>two</div>  three</pre>"
                                      << "one\n\ntwo\n\nthree"
                                      << "<pre>one <br><br>two<br><br>  three</pre>";
    QTest::newRow("end tag of a block not open") << "<p><em>one</ol>two</em></p>"
                                                 << "one\n\ntwo"
                                                 << "<p><em>one<br><br>two</em></p>";
    QTest::newRow("empty block in a list item") << "<ul><li>one<h2></h2>two</li></ul>"
                                                << "one\n\ntwo"
                                                << "<ul><li>one<br><br>two</li></ul>";
    QTest::newRow("line break in a cell") << "<table><tr><td>a<br>b</td></tr></table>"
                                          << "a\nb"
                                          << "<table><tr><td>a<br>b</td></tr></table>";
    // A cell's end tag that closes nothing still separates words, and stays for the reader to see.
    QTest::newRow("end tag of a cell not open") << "<p><b>one</td>two</b></p>"
                                                << "one two"
                                                << "<p><b>one</td>two</b></p>";
    QTest::newRow("empty cell between words") << "<ul><li>one<td></td>two</li></ul>"
                                              << "one two"
                                              << "<ul><li>one<td></td>two</li></ul>";
    QTest::newRow("words after a cell outside a table") << "<td>one</td>two <i>three</i>"
                                                        << "one two three"
                                                        << "<td>one</td>two <i>three</i>";
    // A space written before an element that left nothing: a bare <a> keeps it for the reader.
    QTest::newRow("space before an empty element, then a cell")
        << "<table><tr><th>one <b></b><td>two</td></tr></table>"
        << "one two"
        << "<table><tr><th>one <a></th><td>two</td></tr></table>";
    // An element closed before its end tag ends in the text where the HTML ends it (these texts were
    // "one two", "one two three", "one twothree" and "one\n\ntwothree").
    QTest::newRow("paragraph closed by the next cell")
        << "<table><tr><td><p>one<td>two</td></tr></table>"
        << "one\n\ntwo"
        << "<table><tr><td><p>one</p></td><td>two</td></tr></table>";
    QTest::newRow("paragraph closed by a cell") << "<p>one<td>two</td>three</p>"
                                                << "one\n\ntwo three"
                                                << "<p>one</p><td>two</td>three";
    QTest::newRow("cell closed by an inline end tag") << "<ul><li><b>one<td>two</b>three</li></ul>"
                                                      << "one two three"
                                                      << "<ul><li><b>one<td>two</td></b>three</li></ul>";
    QTest::newRow("block closed by an inline end tag") << "<h2><b>one<p>two</b>three</h2>"
                                                       << "one\n\ntwo\n\nthree"
                                                       << "<h2><b>one<p>two</p></b>three</h2>";
    Q_UNUSED(base);
}

void TestHtmlSanitizer::sanitizes()
{
    QFETCH(QString, input);
    const SanitizedHtml out = HtmlSanitizer::sanitize(input, QUrl(QStringLiteral("https://news.example/a/")));
    QTEST(out.text, "text");
    QTEST(out.html, "html");
}

void TestHtmlSanitizer::decodesEntities_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("attribute");
    QTest::addColumn<QString>("expected");
    QTest::newRow("named") << "&Eacute;&hellip;&rsquo;" << false << QStringLiteral("\u00c9\u2026\u2019");
    QTest::newRow("two code points") << "&NotEqualTilde;" << false << QStringLiteral("\u2242\u0338");
    QTest::newRow("legacy without semicolon")
        << "&copy 2024 &amp co" << false << QStringLiteral("\u00a9 2024 & co");
    QTest::newRow("not in an attribute before =") << "?a=1&copy=2" << true << "?a=1&copy=2";
    QTest::newRow("windows-1252 numeric") << "&#150;&#x93;" << false << QStringLiteral("\u2013\u201c");
    QTest::newRow("invalid numeric") << "&#0;&#xD800;&#x110000;" << false
                                     << QStringLiteral("\ufffd\ufffd\ufffd");
    QTest::newRow("unknown kept") << "&zzz; & &;" << false << "&zzz; & &;";
}

void TestHtmlSanitizer::decodesEntities()
{
    QFETCH(QString, input);
    QFETCH(bool, attribute);
    QTEST(HtmlEntities::decode(input, attribute), "expected");
}

void TestHtmlSanitizer::pageModeDropsChrome()
{
    const QString page = QStringLiteral("<header>Site</header><nav>Menu</nav><p>Story</p><aside>Ads</aside>"
                                        "<footer>(c)</footer>");
    QCOMPARE(HtmlSanitizer::sanitize(page, {}, HtmlSanitizer::Mode::Page).text, QStringLiteral("Story"));
    QCOMPARE(HtmlSanitizer::sanitize(page).text, QStringLiteral("Site\n\nMenu\n\nStory\n\nAds\n\n(c)"));
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
