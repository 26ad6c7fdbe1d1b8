#include "HtmlSanitizerPass.h"

#include "HtmlElementPolicy.h"
#include "HtmlTokenizer.h"

#include <QString>
#include <QVarLengthArray>

namespace Clearance {

namespace {

using Element = HtmlElement;
using namespace HtmlElementPolicy;

// Whether `html` ends with the start tag of `name`, "<name>".
bool endsWithStartTag(QStringView html, QLatin1String name)
{
    const qsizetype length = name.size() + 2;
    return html.size() >= length && html.endsWith(QLatin1Char('>')) &&
           html.at(html.size() - length) == QLatin1Char('<') &&
           html.sliced(html.size() - length + 1, name.size()) == name;
}

// The state of one sanitizing pass. Text goes straight into the paragraph being written and the HTML,
// and elements are told apart by HtmlElement: no string is built per token. Local to this file, so
// that the compiler folds its steps into run().
class Pass final
{
public:
    Pass(const QUrl &base, HtmlSanitizer::Mode mode);
    Q_DISABLE_COPY_MOVE(Pass)

    SanitizedHtml run(QStringView input);

    // What walkHtml() calls.
    bool dropping() const { return m_dropDepth > 0; }
    void start(const HtmlToken &token);
    void end(Element e);
    void text(QStringView chunk);

private:
    bool isDropped(Element e) const;
    bool isOpen(Element e) const { return m_open.contains(e); }
    void autoClose(Element e);
    void closeImplied();
    void closeTop();
    bool flushPendingSpace(); // whether it wrote a space
    void settleSpace();
    void ensureParagraph(bool paragraphBegun);
    void beginText(bool paragraphBegun);
    void closeImplicitParagraph();
    void lineBreak();
    bool cellBreak(); // whether it separated words
    void flushParagraph();
    void appendParagraph(QStringView paragraph);

    QUrl m_base;
    bool m_page;
    // The dropped element we are inside, and how many times it nests in itself there (0: none).
    Element m_dropped = Element::Unknown;
    int m_dropDepth = 0;
    QVarLengthArray<Element, 32> m_open; // the kept elements open in the output, innermost last
    int m_pre = 0;
    bool m_pendingSpace = false;   // white space seen since the last character written
    qsizetype m_spaceEnd = -1;     // where the last space written for pending white space ends in m_html
    bool m_spaceUnsettled = false; // that space is before no element in the HTML: see settleSpace()
    qsizetype m_separatorEnd = -1; // where the start tag of the last cell that separated words ends
    bool m_markup = false;         // anything beyond plain paragraphs was kept
    // Whether the text ended a paragraph since text last went into the HTML, and how many block tags
    // (or double line breaks) the HTML has had since it did: with none, the HTML owes it the break.
    bool m_paragraphEnded = false;
    int m_blockTags = 0;
    QString m_html;
    QString m_current; // the paragraph being written
    QString m_text;    // the paragraphs written; null while there are none
};

Pass::Pass(const QUrl &base, HtmlSanitizer::Mode mode)
    : m_base(base)
    , m_page(mode == HtmlSanitizer::Mode::Page)
{}

SanitizedHtml Pass::run(QStringView input)
{
    walkHtml(input, *this);
    flushParagraph();
    while (!m_open.isEmpty())
        closeTop();
    SanitizedHtml out;
    out.text = std::move(m_text);
    if (m_markup)
        out.html = std::move(m_html);
    return out;
}

bool Pass::isDropped(Element e) const
{
    return isDroppedWithContent(e) || (m_page && isChrome(e));
}

void Pass::start(const HtmlToken &token)
{
    const Element e = token.element;
    if (m_dropDepth > 0) {
        if (e == m_dropped && !token.selfClosing && !isVoid(e))
            ++m_dropDepth;
        return;
    }
    if (isDropped(e)) {
        if (!token.selfClosing && !isVoid(e)) {
            m_dropped = e;
            m_dropDepth = 1;
        }
        return;
    }
    if (e == Element::Br) {
        lineBreak();
        return;
    }
    const bool block = isBlock(e);
    const bool cell = isCell(e);
    const bool separated = cell && cellBreak();
    if (block)
        flushParagraph();
    if (!isAllowed(e)) {
        // A block we do not keep still separates paragraphs in the HTML: close an open one.
        if (block)
            closeImplicitParagraph();
        return;
    }
    autoClose(e);
    const bool inlineElement = isInline(e);
    const bool spaceWritten = inlineElement && flushPendingSpace();
    if (e == Element::A) {
        const QString href = HtmlSanitizer::safeLink(token.attribute(QLatin1String("href")), m_base);
        if (href.isEmpty()) {
            // The link text stays, the link goes, and a space written for it is before no element.
            m_spaceUnsettled = m_spaceUnsettled || spaceWritten;
            return;
        }
        ensureParagraph(!m_current.isEmpty());
        m_html += QLatin1String("<a href=\"");
        HtmlSanitizer::appendEscaped(m_html, href);
        m_html += QLatin1String("\">");
    } else {
        if (inlineElement)
            ensureParagraph(!m_current.isEmpty());
        else if (cell)
            settleSpace();
        m_html += QLatin1Char('<') + htmlElementName(e) + QLatin1Char('>');
        m_blockTags += m_paragraphEnded && block;
        if (separated)
            m_separatorEnd = m_html.size();
    }
    m_markup = m_markup || e != Element::P;
    m_spaceUnsettled = m_spaceUnsettled && !inlineElement;
    if (isPreformatted(e))
        ++m_pre;
    m_open.append(e);
}

void Pass::end(Element e)
{
    if (m_dropDepth > 0) {
        if (e == m_dropped)
            --m_dropDepth;
        return;
    }
    const bool block = isBlock(e);
    if (block) {
        flushParagraph();
    } else if (isCell(e) && cellBreak() && !isOpen(e)) {
        // The end tag of a cell that is not open closes nothing, yet separates words in the text: it
        // stays as it came, for the reader to find that space.
        m_html += QLatin1String("</") + htmlElementName(e) + QLatin1Char('>');
    }
    if (!isAllowed(e)) {
        if (block)
            closeImplicitParagraph();
        return;
    }
    if (!isOpen(e))
        return;
    while (m_open.last() != e)
        closeImplied();
    closeTop();
}

// The end tags the start tag of `e` implies (HtmlElementPolicy::impliedEndFrom).
void Pass::autoClose(Element e)
{
    const qsizetype from = impliedEndFrom(e, m_open.size(), [this](qsizetype i) { return m_open.at(i); });
    while (m_open.size() > from)
        closeImplied();
}

// An element closed before its end tag (by another's start or end tag) ends in the text as its end tag
// would, since the HTML holds that end tag: a block ends the paragraph there, a cell adds its space.
void Pass::closeImplied()
{
    if (!m_current.isEmpty()) {
        const Element e = m_open.last();
        if (isCell(e))
            cellBreak();
        else if (isBlock(e))
            flushParagraph();
    }
    closeTop();
}

void Pass::closeTop()
{
    const Element e = m_open.last();
    m_open.removeLast();
    if (isPreformatted(e))
        --m_pre;
    // Block tags count only once the text has ended a paragraph (see beginText()).
    const bool block = m_paragraphEnded && isBlock(e);
    // An element left empty (its content dropped) is dropped too; but a cell whose start separated the
    // words before it from those after in the text, for the reader to find that space.
    const QLatin1String name = htmlElementName(e);
    if (endsWithStartTag(m_html, name) && !(m_html.size() == m_separatorEnd && isCell(e))) {
        m_html.chop(name.size() + 2);
        m_blockTags -= block;
        m_spaceUnsettled = m_spaceUnsettled || m_html.size() == m_spaceEnd; // see settleSpace()
    } else {
        if (m_spaceUnsettled && isCell(e))
            settleSpace();
        m_html += QLatin1String("</") + name + QLatin1Char('>');
        m_blockTags += block;
    }
}

// White space before an inline element belongs outside it: "a <b>b</b>", not "a<b> b</b>".
bool Pass::flushPendingSpace()
{
    const bool write = m_pendingSpace && !m_current.isEmpty() && !m_current.endsWith(QLatin1Char('\n'));
    m_pendingSpace = false;
    if (!write)
        return false;
    settleSpace();
    m_current += QLatin1Char(' ');
    m_html += QLatin1Char(' ');
    m_spaceEnd = m_html.size();
    return true;
}

// The space written for pending white space before an inline element is written by the reader where it
// finds the element. When the element left nothing in the HTML (a link not kept, an element left
// empty), the reader keeps the space pending instead, and would write it again after a cell's own
// space, or fold it into white space that follows where this writes both. Before those, a bare <a> (a
// link without href, which the reader drops as this does) makes the reader write the space there.
void Pass::settleSpace()
{
    if (m_spaceUnsettled)
        m_html += QLatin1String("<a>");
    m_spaceUnsettled = false;
}

// Text at the top level, or in a container that does not hold text directly, goes in a paragraph; but
// not text that goes on with a paragraph the text has begun (after a cell at the top level): a new
// paragraph there would end the text's in the HTML only.
void Pass::ensureParagraph(bool paragraphBegun)
{
    if (!paragraphBegun && (m_open.isEmpty() || wrapsTextInParagraph(m_open.last()))) {
        m_html += QLatin1String("<p>");
        m_open.append(Element::P);
        m_blockTags += m_paragraphEnded;
    }
}

// Before text goes into the HTML: its paragraph, and the end of the one before if the text ended it
// where the HTML has no boundary (a div inside b, the end tag of a list that is not open). That end
// is two line breaks, as many feeds write it: unlike closing and opening elements again, it leaves
// the elements open as they are, and so what later tags close and the text they end.
void Pass::beginText(bool paragraphBegun)
{
    ensureParagraph(paragraphBegun);
    if (m_paragraphEnded && m_blockTags == 0)
        m_html += QLatin1String("<br><br>");
    m_paragraphEnded = false;
    m_blockTags = 0;
}

void Pass::closeImplicitParagraph()
{
    if (!m_open.isEmpty() && m_open.last() == Element::P)
        closeTop();
}

void Pass::text(QStringView chunk)
{
    if (m_pre > 0) {
        if (!chunk.isEmpty()) {
            beginText(!m_current.isEmpty());
            HtmlSanitizer::appendEscaped(m_html, chunk);
            m_current += chunk;
        }
        return;
    }
    // Runs of white space become one space, written before the next word if there is one and
    // the line has begun. The words are written in place (the chunk and one space is the most
    // that can come out), and without a branch per character: a branch mispredicted at the end
    // of every word was most of the time this took.
    const qsizetype before = m_current.size();
    m_current.resize(before + chunk.size() + 1);
    QChar *out = m_current.data();
    qsizetype size = before;
    bool pendingSpace = m_pendingSpace;
    bool lineBegun = size > 0 && out[size - 1] != QLatin1Char('\n');
    for (const QChar c : chunk) {
        const bool word = !isCollapsibleSpace(c);
        out[size] = QLatin1Char(' ');
        size += word & pendingSpace & lineBegun;
        out[size] = c;
        size += word;
        lineBegun = lineBegun | word;
        pendingSpace = !word;
    }
    m_pendingSpace = pendingSpace;
    m_current.resize(size);
    if (size == before)
        return;
    beginText(before > 0);
    if (m_spaceUnsettled) {
        if (m_current.at(before) == QLatin1Char(' '))
            settleSpace(); // the white space before the word would fold into the unsettled space
        m_spaceUnsettled = false;
    }
    HtmlSanitizer::appendEscaped(m_html, QStringView(m_current).sliced(before));
}

void Pass::lineBreak()
{
    // In a table too when it breaks a line of the text; but not where it breaks nothing.
    if (!m_current.isEmpty() || (!m_open.isEmpty() && !isOpen(Element::Table))) {
        m_html += QLatin1String("<br>");
        m_markup = true;
    }
    while (!m_current.isEmpty() && m_current.back() == QLatin1Char(' '))
        m_current.chop(1);
    m_spaceUnsettled = false;
    // Two line breaks in a row are how many feeds separate paragraphs: in the HTML as in the text.
    m_pendingSpace = false;
    if (m_current.endsWith(QLatin1Char('\n'))) {
        flushParagraph();
        ++m_blockTags;
    } else if (!m_current.isEmpty())
        m_current += QLatin1Char('\n');
}

bool Pass::cellBreak()
{
    if (m_current.isEmpty() || m_current.endsWith(QLatin1Char(' ')))
        return false;
    m_current += QLatin1Char(' ');
    return true;
}

void Pass::flushParagraph()
{
    m_pendingSpace = false;
    m_spaceUnsettled = false;
    const QStringView paragraph = QStringView(m_current).trimmed();
    if (!paragraph.isEmpty()) {
        appendParagraph(paragraph);
        m_paragraphEnded = true;
    }
    m_current.resize(0); // keeps its buffer for the next paragraph
}

// Paragraphs are separated by a blank line; the lines of one (from <br>) are trimmed, but in pre.
void Pass::appendParagraph(QStringView paragraph)
{
    if (!m_text.isEmpty())
        m_text += QLatin1String("\n\n");
    if (m_pre > 0 || !paragraph.contains(QLatin1Char('\n'))) {
        m_text += paragraph; // one line, the usual case: nothing to trim inside
        return;
    }
    bool first = true;
    for (const QStringView line : paragraph.split(QLatin1Char('\n'))) {
        if (!first)
            m_text += QLatin1Char('\n');
        m_text += line.trimmed();
        first = false;
    }
}

} // namespace

SanitizedHtml HtmlSanitizerPass::run(QStringView input, const QUrl &base, HtmlSanitizer::Mode mode)
{
    Pass pass(base, mode);
    return pass.run(input);
}

} // namespace Clearance
