#include "html/HtmlBlockReader.h"
#include "html/HtmlElementPolicy.h"
#include "html/HtmlSanitizer.h"
#include "html/HtmlTokenizer.h"

#include <QTest>

using namespace Clearance;
using namespace Clearance::HtmlElementPolicy;

Q_DECLARE_METATYPE(Clearance::HtmlElement)

// The sanitizer and the block reader follow one element policy: for every element it knows, in the
// places feeds put it, the sanitizer writes what the policy says (kept, dropped, a paragraph of its
// own, words of a cell, part of a line) and the reader, given the sanitizer's HTML, finds the same
// text and shows the element as the policy says (a heading, a list item, a quote, bold...).
class TestHtmlElementPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitizerAndReaderAgree_data();
    void sanitizerAndReaderAgree();
};

namespace {

// The block holding the character at `index` of the text, or nullptr.
const BodyBlock *blockAt(const QList<BodyBlock> &blocks, qsizetype index)
{
    for (const BodyBlock &b : blocks) {
        for (const BodyBlock::Range &piece : b.pieces) {
            if (index >= piece.start && index < piece.end())
                return &b;
        }
    }
    return nullptr;
}

// The formatting the reader gives the character at `index` of the text.
BodyBlock::Run runAt(const BodyBlock &block, qsizetype index)
{
    for (const BodyBlock::Run &run : block.runs) {
        if (index >= run.range.start && index < run.range.end())
            return run;
    }
    return {};
}

} // namespace

void TestHtmlElementPolicy::sanitizerAndReaderAgree_data()
{
    QTest::addColumn<HtmlElement>("element");
    QTest::addColumn<QString>("context"); // %1: the element with "b" inside, between "a" and "c"
    QTest::addColumn<int>("quoteDepth");  // of the context
    QTest::addColumn<int>("listDepth");
    const struct
    {
        const char *name;
        QString markup;
        int quoteDepth;
        int listDepth;
    } contexts[] = {
        {"top", QStringLiteral("%1"), 0, 0},
        {"paragraph", QStringLiteral("<p>%1</p>"), 0, 0},
        {"quote", QStringLiteral("<blockquote>%1</blockquote>"), 1, 0},
        {"item", QStringLiteral("<ul><li>%1</li></ul>"), 0, 1},
    };
    for (int i = 1; i <= int(kLastHtmlElement); ++i) {
        const auto element = HtmlElement(i);
        for (const auto &context : contexts) {
            QTest::addRow("%s in %s", htmlElementName(element).data(), context.name)
                << element << context.markup << context.quoteDepth << context.listDepth;
        }
    }
}

void TestHtmlElementPolicy::sanitizerAndReaderAgree()
{
    QFETCH(HtmlElement, element);
    QFETCH(QString, context);
    QFETCH(int, quoteDepth);
    QFETCH(int, listDepth);
    const QString name = htmlElementName(element);
    const QString link = QStringLiteral("https://news.example/b");
    const QString input = context.arg(
        QStringLiteral("a<%1 href=\"%2\">b</%1>c").arg(name, link)); // every element gets the href
    const SanitizedHtml sanitized = HtmlSanitizer::sanitize(input);

    // The reader finds the sanitizer's text, in the input as in the sanitizer's HTML.
    QCOMPARE(HtmlBlockReader::read(input).text, sanitized.text);
    const HtmlBlockReader::Result read =
        HtmlBlockReader::read(sanitized.html.isEmpty() ? input : sanitized.html);
    QCOMPARE(read.text, sanitized.text);

    // The sanitizer keeps the elements the policy allows, and only those.
    const QString startTag = QLatin1Char('<') + name + QLatin1Char('>');
    if (isAllowed(element) && element != HtmlElement::P && element != HtmlElement::A)
        QVERIFY2(sanitized.html.contains(startTag), qPrintable(sanitized.html));
    if (!isAllowed(element))
        QVERIFY2(!sanitized.html.contains(startTag), qPrintable(sanitized.html));

    const qsizetype b = sanitized.text.indexOf(QLatin1Char('b'));
    if (isDroppedWithContent(element) && !isVoid(element)) {
        QCOMPARE(b, -1);
        QVERIFY(sanitized.text.contains(QLatin1Char('a')) && sanitized.text.contains(QLatin1Char('c')));
        return;
    }
    QVERIFY2(b >= 0, qPrintable(sanitized.text));
    const QStringList paragraphs = sanitized.text.split(QLatin1String("\n\n"));
    const BodyBlock *block = blockAt(read.blocks, b);
    QVERIFY(block);
    if (isBlock(element)) {
        // A paragraph of its own, read as a block of its own.
        QCOMPARE(paragraphs, QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(read.blocks.size(), 3);
        QCOMPARE(block->pieces, QList<BodyBlock::Range>({{b, 1}}));
        QCOMPARE(block->headingLevel, headingLevel(element));
        const BodyBlock::Kind kind = isPreformatted(element)     ? BodyBlock::Kind::Preformatted
                                     : headingLevel(element) > 0 ? BodyBlock::Kind::Heading
                                                                 : BodyBlock::Kind::Paragraph;
        QCOMPARE(block->kind, kind);
        QCOMPARE(block->quoteDepth, quoteDepth + (isQuote(element) ? 1 : 0));
        // An item outside any list is one of the article's list of such items.
        const int lists = listDepth + (isList(element) ? 1 : 0);
        QCOMPARE(block->listDepth, element == HtmlElement::Li ? std::max(lists, 1) : lists);
        QCOMPARE(block->listItem, element == HtmlElement::Li);
    } else if (isCell(element)) {
        // Words of a row: a space between the cell's and the next, in one paragraph.
        QVERIFY2(sanitized.text.contains(QLatin1String("b c")), qPrintable(sanitized.text));
        QCOMPARE(blockAt(read.blocks, b + 2), block);
    } else if (element == HtmlElement::Br) {
        QCOMPARE(paragraphs, QStringList({QStringLiteral("a\nbc")}));
    } else {
        // Part of the line: a, b and c are one word.
        QCOMPARE(paragraphs, QStringList({QStringLiteral("abc")}));
        QCOMPARE(read.blocks.size(), 1);
    }

    // The element's text looks as the policy says.
    const TextStyle style = textStyle(element);
    if (style.bold || style.italic || style.code || style.link)
        QVERIFY(isAllowed(element));
    const BodyBlock::Run run = runAt(*block, b);
    QCOMPARE(run.bold, style.bold);
    QCOMPARE(run.italic, style.italic);
    QCOMPARE(run.code, style.code);
    QCOMPARE(run.href, style.link ? link : QString());
}

QTEST_GUILESS_MAIN(TestHtmlElementPolicy)
#include "tst_htmlelementpolicy.moc"
