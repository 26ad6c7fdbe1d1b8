#include "HtmlBlockReader.h"

#include "CharStyleTable.h"
#include "HtmlElementPolicy.h"
#include "HtmlSanitizer.h"
#include "HtmlTokenizer.h"

#include <QHash>
#include <QUrl>

#include <algorithm>

namespace Clearance {

namespace {

using Element = HtmlElement;
using namespace HtmlElementPolicy;

using CharStyle = CharStyleTable::Style;

// One pass over the HTML. Each step mirrors the step of the same name in HtmlSanitizerPass, less the
// HTML it writes and plus what each character came from; what each element means comes from the
// same HtmlElementPolicy. A change there that this does not follow makes the text differ from the
// bodies the sanitizer writes, and the display falls back to plain paragraphs (tst_htmlblockreader
// compares the two over the sanitizer's cases and random markup, tst_htmlelementpolicy element by
// element).
class Walker
{
public:
    HtmlBlockReader::Result run(QStringView html)
    {
        walkHtml(html, *this);
        flushParagraph();
        return {std::move(m_text), std::move(m_blocks)};
    }

    // What walkHtml() calls (start, end and text are below, with the state they change).
    bool dropping() const { return m_dropDepth > 0; }
    template<typename Visitor>
    friend void Clearance::walkHtml(QStringView html, Visitor &visitor);

private:
    struct Open
    {
        Element element;
        int id = 0;        // lists and items: told apart across the document
        QString href;      // a
        bool used = false; // li: its first block is written
    };

    bool isOpen(Element e) const
    {
        return std::any_of(m_open.cbegin(), m_open.cend(), [e](const Open &o) { return o.element == e; });
    }

    void push(Element e, QString href = {})
    {
        m_open.append({e, ++m_lastId, std::move(href), false});
        if (isPreformatted(e))
            ++m_pre;
        if (isCell(e))
            ++m_cell;
        m_style = -1;
    }

    void start(const HtmlToken &token)
    {
        const Element e = token.element;
        if (m_dropDepth > 0) {
            if (e == m_dropped && !token.selfClosing && !isVoid(e))
                ++m_dropDepth;
            return;
        }
        if (isDroppedWithContent(e)) {
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
        if (isCell(e))
            cellBreak();
        else if (isBlock(e))
            flushParagraph();
        if (!isAllowed(e)) {
            if (isBlock(e))
                closeImplicitParagraph();
            return;
        }
        autoClose(e);
        if (isInline(e))
            flushPendingSpace();
        if (e == Element::A) {
            // Checked again: the stored HTML may not be the sanitizer's.
            QString href = HtmlSanitizer::safeLink(token.attribute(QLatin1String("href")), QUrl());
            if (href.isEmpty())
                return;
            ensureParagraph(!m_current.isEmpty());
            push(e, std::move(href));
            return;
        }
        if (isInline(e))
            ensureParagraph(!m_current.isEmpty());
        push(e);
    }

    void end(Element e)
    {
        if (m_dropDepth > 0) {
            if (e == m_dropped)
                --m_dropDepth;
            return;
        }
        if (isBlock(e))
            flushParagraph();
        else if (isCell(e))
            cellBreak();
        if (!isAllowed(e)) {
            if (isBlock(e))
                closeImplicitParagraph();
            return;
        }
        if (!isOpen(e))
            return;
        while (m_open.last().element != e)
            closeImplied();
        closeTop();
    }

    void autoClose(Element e)
    {
        const qsizetype from =
            impliedEndFrom(e, m_open.size(), [this](qsizetype i) { return m_open.at(i).element; });
        while (m_open.size() > from)
            closeImplied();
    }

    // An element closed by another's tag ends in the text as its end tag would.
    void closeImplied()
    {
        if (!m_current.isEmpty()) {
            const Element e = m_open.last().element;
            if (isCell(e))
                cellBreak();
            else if (isBlock(e))
                flushParagraph();
        }
        closeTop();
    }

    void closeTop()
    {
        if (isPreformatted(m_open.last().element))
            --m_pre;
        m_open.removeLast();
        m_style = -1;
    }

    void flushPendingSpace()
    {
        if (m_pendingSpace && !m_current.isEmpty() && !m_current.endsWith(QLatin1Char('\n')))
            append(QLatin1Char(' '), currentStyle());
        m_pendingSpace = false;
    }

    void ensureParagraph(bool paragraphBegun)
    {
        if (!paragraphBegun && (m_open.isEmpty() || wrapsTextInParagraph(m_open.last().element)))
            push(Element::P);
    }

    void closeImplicitParagraph()
    {
        if (!m_open.isEmpty() && m_open.last().element == Element::P)
            closeTop();
    }

    void text(QStringView chunk)
    {
        if (m_pre > 0) {
            if (!chunk.isEmpty()) {
                ensureParagraph(!m_current.isEmpty());
                const int style = currentStyle();
                for (const QChar c : chunk)
                    append(c, style);
            }
            return;
        }
        const int style = currentStyle();
        const qsizetype before = m_current.size();
        bool pendingSpace = m_pendingSpace;
        bool lineBegun = before > 0 && m_current.back() != QLatin1Char('\n');
        for (const QChar c : chunk) {
            if (isCollapsibleSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && lineBegun)
                append(QLatin1Char(' '), style);
            append(c, style);
            lineBegun = true;
            pendingSpace = false;
        }
        m_pendingSpace = pendingSpace;
        if (m_current.size() != before)
            ensureParagraph(before > 0);
    }

    void lineBreak()
    {
        while (!m_current.isEmpty() && m_current.back() == QLatin1Char(' '))
            chop();
        m_pendingSpace = false;
        if (m_current.endsWith(QLatin1Char('\n')))
            flushParagraph();
        else if (!m_current.isEmpty())
            append(QLatin1Char('\n'), currentStyle());
    }

    void cellBreak()
    {
        if (!m_current.isEmpty() && !m_current.endsWith(QLatin1Char(' '))) {
            CharStyle separator;
            separator.separator = true;
            append(QLatin1Char(' '), m_styles.index(separator));
        }
    }

    void flushParagraph()
    {
        m_pendingSpace = false;
        qsizetype from = 0;
        qsizetype to = m_current.size();
        while (from < to && m_current.at(from).isSpace())
            ++from;
        while (to > from && m_current.at(to - 1).isSpace())
            --to;
        if (from < to)
            appendParagraph(from, to);
        m_current.resize(0);
        m_currentStyles.resize(0);
        m_cell = 0;
        m_style = -1;
    }

    // The paragraph's characters from `from` to `to` in the text, its lines trimmed (but in pre), and
    // the block they make.
    void appendParagraph(qsizetype from, qsizetype to)
    {
        if (!m_text.isEmpty())
            m_text += QLatin1String("\n\n");
        const qsizetype start = m_text.size();
        QList<int> styles;
        const auto keep = [&](qsizetype a, qsizetype b) {
            m_text += QStringView(m_current).sliced(a, b - a);
            styles.append(QList<int>(m_currentStyles.cbegin() + a, m_currentStyles.cbegin() + b));
        };
        const QStringView paragraph = QStringView(m_current).sliced(from, to - from);
        if (m_pre > 0 || !paragraph.contains(QLatin1Char('\n'))) {
            keep(from, to);
        } else {
            qsizetype lineStart = from;
            for (;;) {
                qsizetype lineEnd = m_current.indexOf(QLatin1Char('\n'), lineStart);
                if (lineEnd < 0 || lineEnd > to)
                    lineEnd = to;
                qsizetype a = lineStart;
                qsizetype b = lineEnd;
                while (a < b && m_current.at(a).isSpace())
                    ++a;
                while (b > a && m_current.at(b - 1).isSpace())
                    --b;
                keep(a, b);
                if (lineEnd == to)
                    break;
                keep(lineEnd, lineEnd + 1); // the line break itself
                lineStart = lineEnd + 1;
            }
        }
        m_blocks.append(block(start, styles));
    }

    // The block of the paragraph at `start` in the text, whose characters have `styles`, in the
    // context of the elements open now.
    BodyBlock block(qsizetype start, const QList<int> &styles)
    {
        BodyBlock b;
        qsizetype item = -1; // the innermost list item
        for (qsizetype i = 0; i < m_open.size(); ++i) {
            const Element e = m_open.at(i).element;
            if (headingLevel(e) > 0)
                b.headingLevel = headingLevel(e);
            else if (isQuote(e))
                ++b.quoteDepth;
            else if (isList(e))
                ++b.listDepth;
            else if (e == Element::Li)
                item = i;
        }
        b.kind = m_pre > 0            ? BodyBlock::Kind::Preformatted
                 : b.headingLevel > 0 ? BodyBlock::Kind::Heading
                                      : BodyBlock::Kind::Paragraph;
        if (b.kind != BodyBlock::Kind::Heading)
            b.headingLevel = 0;
        if (item >= 0 && !m_open.at(item).used) {
            // Its first block carries the bullet; the list is the nearest one around the item.
            m_open[item].used = true;
            b.listItem = true;
            int listId = 0; // an item outside any list: the article's one list of such items
            b.listDepth = 0;
            for (qsizetype i = 0; i < item; ++i) {
                if (isList(m_open.at(i).element)) {
                    listId = m_open.at(i).id;
                    b.ordered = m_open.at(i).element == Element::Ol;
                    ++b.listDepth;
                }
            }
            b.listDepth = std::max(b.listDepth, 1);
            auto number = m_listNumbers.find(listId);
            if (number == m_listNumbers.end())
                number = m_listNumbers.insert(listId, static_cast<int>(m_listNumbers.size()));
            b.list = *number;
        }
        b.pieces = m_styles.pieces(m_text, start, styles);
        b.runs = m_styles.runs(start, styles);
        return b;
    }

    int currentStyle()
    {
        if (m_style >= 0)
            return m_style;
        CharStyle style;
        style.cell = m_cell;
        for (const Open &o : std::as_const(m_open)) {
            const TextStyle text = textStyle(o.element);
            style.bold = style.bold || text.bold;
            style.italic = style.italic || text.italic;
            style.code = style.code || text.code;
            if (text.link)
                style.href = o.href; // the innermost link
        }
        m_style = m_styles.index(style);
        return m_style;
    }

    void append(QChar c, int style)
    {
        m_current += c;
        m_currentStyles.append(style);
    }

    void chop()
    {
        m_current.chop(1);
        m_currentStyles.removeLast();
    }

    Element m_dropped = Element::Unknown;
    int m_dropDepth = 0;
    QList<Open> m_open; // the kept elements open, innermost last
    int m_lastId = 0;
    int m_pre = 0;
    int m_cell = 0; // cells begun in the paragraph being read
    bool m_pendingSpace = false;
    QString m_current;          // the paragraph being read
    QList<int> m_currentStyles; // one per character of m_current, into m_styles
    CharStyleTable m_styles;
    int m_style = -1; // the style of text written now; -1: to work out again
    QHash<int, int> m_listNumbers;
    QString m_text;
    QList<BodyBlock> m_blocks;
};

} // namespace

HtmlBlockReader::Result HtmlBlockReader::read(QStringView html)
{
    Walker walker;
    return walker.run(html);
}

std::optional<QList<BodyBlock>> HtmlBlockReader::blocksOver(QStringView html, QStringView body,
                                                            QStringView title)
{
    Result read = HtmlBlockReader::read(html);
    if (read.text == body)
        return std::move(read.blocks);
    // An imported page: the headline opens the HTML's text and was taken off the body.
    const qsizetype skip = title.size() + 2;
    if (title.isEmpty() || read.text.size() != skip + body.size() || !read.text.startsWith(title) ||
        QStringView(read.text).sliced(title.size(), 2) != QLatin1String("\n\n") || !read.text.endsWith(body))
        return std::nullopt;
    QList<BodyBlock> out;
    for (BodyBlock &b : read.blocks) {
        if (b.pieces.isEmpty() || b.pieces.constFirst().start < skip)
            continue;
        for (BodyBlock::Range &piece : b.pieces)
            piece.start -= skip;
        for (BodyBlock::Run &run : b.runs)
            run.range.start -= skip;
        out.append(std::move(b));
    }
    return out;
}

} // namespace Clearance
