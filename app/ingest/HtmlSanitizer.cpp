#include "HtmlSanitizer.h"

#include "HtmlElementPolicy.h"
#include "HtmlEntities.h"
#include "HtmlTokenizer.h"

#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <initializer_list>

namespace Clearance {

namespace {

using Element = HtmlElement;
using namespace HtmlElementPolicy;

// Whether the characters below 64 whose bits `mask` sets include c: one test, no branch per character.
constexpr bool inAsciiSet(char16_t c, quint64 mask)
{
    return (c < 64) & ((mask >> (c & 63)) & 1); // '&', not "&&": spaces and letters alternate unpredictably
}

constexpr quint64 asciiSet(std::initializer_list<char> characters)
{
    quint64 mask = 0;
    for (const char c : characters)
        mask |= quint64(1) << c;
    return mask;
}

constexpr quint64 kCollapsibleAscii = asciiSet({' ', '\t', '\n', '\r', '\f'});

// White space that collapses to one space, no-break spaces included.
bool isCollapsible(QChar c)
{
    return (int(inAsciiSet(c.unicode(), kCollapsibleAscii)) | int(c.unicode() == 0x00A0)) != 0; // no branch
}

// Whether `html` ends with the start tag of `name`, "<name>".
bool endsWithStartTag(QStringView html, QLatin1String name)
{
    const qsizetype length = name.size() + 2;
    return html.size() >= length && html.endsWith(QLatin1Char('>')) &&
           html.at(html.size() - length) == QLatin1Char('<') &&
           html.sliced(html.size() - length + 1, name.size()) == name;
}

// The state of one sanitizing pass. Text goes straight into the paragraph being written and the HTML,
// and elements are told apart by HtmlElement: no string is built per token.
class Sanitizer
{
public:
    Sanitizer(const QUrl &base, HtmlSanitizer::Mode mode)
        : m_base(base)
        , m_page(mode == HtmlSanitizer::Mode::Page)
    {}

    SanitizedHtml run(QStringView input)
    {
        HtmlTokenizer tokenizer(input);
        HtmlToken token;
        while (tokenizer.next(token)) {
            switch (token.type) {
            case HtmlToken::Type::Text:
                if (m_dropDepth == 0)
                    text(token.text);
                break;
            case HtmlToken::Type::StartTag:
                start(token);
                break;
            case HtmlToken::Type::EndTag:
                end(token.element);
                break;
            }
        }
        flushParagraph();
        while (!m_open.isEmpty())
            closeTop();
        SanitizedHtml out;
        out.text = std::move(m_text);
        if (m_markup)
            out.html = std::move(m_html);
        return out;
    }

private:
    bool isDropped(Element e) const { return isDroppedWithContent(e) || (m_page && isChrome(e)); }

    bool isOpen(Element e) const { return m_open.contains(e); }

    void start(const HtmlToken &token)
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
        if (isCell(e))
            cellBreak();
        else if (isBlock(e))
            flushParagraph();
        if (!isAllowed(e)) {
            // A block we do not keep still separates paragraphs in the HTML: close an open one.
            if (isBlock(e))
                closeImplicitParagraph();
            return;
        }
        autoClose(e);
        if (isInline(e))
            flushPendingSpace();
        if (e == Element::A) {
            const QString href = HtmlSanitizer::safeLink(token.attribute(QLatin1String("href")), m_base);
            if (href.isEmpty())
                return; // the link text stays, the link goes
            ensureParagraph();
            m_html += QLatin1String("<a href=\"");
            HtmlSanitizer::appendEscaped(m_html, href);
            m_html += QLatin1String("\">");
        } else {
            if (isInline(e))
                ensureParagraph();
            m_html += QLatin1Char('<') + htmlElementName(e) + QLatin1Char('>');
        }
        m_markup = m_markup || e != Element::P;
        if (e == Element::Pre)
            ++m_pre;
        m_open.append(e);
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
        while (!m_open.isEmpty()) {
            const Element top = m_open.last();
            closeTop();
            if (top == e)
                break;
        }
    }

    // HTML's implied end tags, for the cases feeds rely on: a block closes an open paragraph, an
    // item the previous item, a cell the previous cell, a row the previous row.
    void autoClose(Element e)
    {
        auto closeUntil = [this](std::initializer_list<Element> targets,
                                 std::initializer_list<Element> barriers) {
            for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
                const Element open = m_open.at(i);
                if (std::find(barriers.begin(), barriers.end(), open) != barriers.end())
                    return;
                if (std::find(targets.begin(), targets.end(), open) != targets.end()) {
                    while (m_open.size() > i)
                        closeTop();
                    return;
                }
            }
        };
        if (!isInline(e))
            closeUntil({Element::P}, {Element::Li, Element::Td, Element::Th, Element::Blockquote});
        if (e == Element::Li)
            closeUntil({Element::Li}, {Element::Ul, Element::Ol});
        else if (isCell(e))
            closeUntil({Element::Td, Element::Th}, {Element::Tr, Element::Table});
        else if (e == Element::Tr)
            closeUntil({Element::Tr}, {Element::Table});
    }

    void closeTop()
    {
        const Element e = m_open.last();
        m_open.removeLast();
        if (e == Element::Pre)
            --m_pre;
        // An element left empty (its content dropped) is dropped too.
        const QLatin1String name = htmlElementName(e);
        if (endsWithStartTag(m_html, name))
            m_html.chop(name.size() + 2);
        else
            m_html += QLatin1String("</") + name + QLatin1Char('>');
    }

    // White space before an inline element belongs outside it: "a <b>b</b>", not "a<b> b</b>".
    void flushPendingSpace()
    {
        if (m_pendingSpace && !m_current.isEmpty() && !m_current.endsWith(QLatin1Char('\n'))) {
            m_current += QLatin1Char(' ');
            m_html += QLatin1Char(' ');
        }
        m_pendingSpace = false;
    }

    // Text at the top level, or in a container that does not hold text directly, goes in a paragraph.
    void ensureParagraph()
    {
        if (m_open.isEmpty() || m_open.last() == Element::Blockquote) {
            m_html += QLatin1String("<p>");
            m_open.append(Element::P);
        }
    }

    void closeImplicitParagraph()
    {
        if (!m_open.isEmpty() && m_open.last() == Element::P)
            closeTop();
    }

    void text(QStringView chunk)
    {
        if (m_pre > 0) {
            if (!chunk.isEmpty()) {
                ensureParagraph();
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
            const bool word = !isCollapsible(c);
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
        ensureParagraph();
        HtmlSanitizer::appendEscaped(m_html, QStringView(m_current).sliced(before));
    }

    void lineBreak()
    {
        if (!m_open.isEmpty() && !isOpen(Element::Table)) {
            m_html += QLatin1String("<br>");
            m_markup = true;
        }
        while (!m_current.isEmpty() && m_current.back() == QLatin1Char(' '))
            m_current.chop(1);
        // Two line breaks in a row are how many feeds separate paragraphs.
        m_pendingSpace = false;
        if (m_current.endsWith(QLatin1Char('\n')))
            flushParagraph();
        else if (!m_current.isEmpty())
            m_current += QLatin1Char('\n');
    }

    void cellBreak()
    {
        if (!m_current.isEmpty() && !m_current.endsWith(QLatin1Char(' ')))
            m_current += QLatin1Char(' ');
    }

    void flushParagraph()
    {
        m_pendingSpace = false;
        const QStringView paragraph = QStringView(m_current).trimmed();
        if (!paragraph.isEmpty())
            appendParagraph(paragraph);
        m_current.resize(0); // keeps its buffer for the next paragraph
    }

    // Paragraphs are separated by a blank line; the lines of one (from <br>) are trimmed, but in pre.
    void appendParagraph(QStringView paragraph)
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

    QUrl m_base;
    bool m_page;
    // The dropped element we are inside, and how many times it nests in itself there (0: none).
    Element m_dropped = Element::Unknown;
    int m_dropDepth = 0;
    QVarLengthArray<Element, 32> m_open; // the kept elements open in the output, innermost last
    int m_pre = 0;
    bool m_pendingSpace = false; // white space seen since the last character written
    bool m_markup = false;       // anything beyond plain paragraphs was kept
    QString m_html;
    QString m_current; // the paragraph being written
    QString m_text;    // the paragraphs written; null while there are none
};

} // namespace

SanitizedHtml HtmlSanitizer::sanitize(QStringView html, const QUrl &base, Mode mode)
{
    Sanitizer sanitizer(base, mode);
    return sanitizer.run(html);
}

QString HtmlSanitizer::plainParagraphs(QStringView text)
{
    const QString decoded = text.contains(QLatin1Char('&')) ? HtmlEntities::decode(text) : text.toString();
    QStringList paragraphs;
    QStringList lines;
    auto flush = [&] {
        if (!lines.isEmpty())
            paragraphs.append(lines.join(QLatin1Char(' ')));
        lines.clear();
    };
    for (QStringView line : QStringView(decoded).split(QLatin1Char('\n'))) {
        const QString simplified = line.toString().simplified();
        if (simplified.isEmpty())
            flush();
        else
            lines.append(simplified);
    }
    flush();
    return paragraphs.join(QLatin1String("\n\n"));
}

bool HtmlSanitizer::looksLikeHtml(QStringView text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('<')); i >= 0 && i + 1 < text.size();
         i = text.indexOf(QLatin1Char('<'), i + 1)) {
        const QChar c = text.at(i + 1);
        if (c.isLetter() || c == QLatin1Char('/') || c == QLatin1Char('!'))
            return text.indexOf(QLatin1Char('>'), i) > i;
    }
    return false;
}

SanitizedHtml HtmlSanitizer::fromContent(QStringView content, const QUrl &base)
{
    if (looksLikeHtml(content))
        return sanitize(content, base);
    return SanitizedHtml{plainParagraphs(content), {}};
}

QString HtmlSanitizer::singleLine(QStringView content)
{
    QString text = looksLikeHtml(content) ? sanitize(content).text : HtmlEntities::decode(content);
    return text.simplified();
}

QString HtmlSanitizer::safeLink(const QString &href, const QUrl &base)
{
    // Browsers ignore ASCII whitespace and control characters inside a URL ("java\nscript:"): so do we
    // before judging the scheme.
    QString cleaned;
    cleaned.reserve(href.size());
    for (QChar c : href) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7F)
            cleaned += c;
    }
    if (cleaned.isEmpty() || cleaned.startsWith(QLatin1Char('#')))
        return {};
    QUrl url(cleaned, QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    if (url.isRelative()) {
        if (!base.isValid() || base.isRelative())
            return {};
        url = base.resolved(url);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
        scheme != QLatin1String("mailto"))
        return {};
    if (scheme != QLatin1String("mailto") && url.host().isEmpty())
        return {};
    return url.toString(QUrl::FullyEncoded);
}

void HtmlSanitizer::appendEscaped(QString &out, QStringView text)
{
    // The runs between the characters to escape are copied whole: appending one QChar at a time was
    // a fifth of the time an RSS import spent reading its file. Where each of the four characters
    // comes next is found with indexOf, which tests many characters per instruction: testing every
    // character in turn was a fifth of the time sanitizing took.
    static constexpr std::array<char16_t, 4> escaped{u'&', u'<', u'>', u'"'};
    static constexpr std::array<QLatin1String, 4> references{QLatin1String("&amp;"), QLatin1String("&lt;"),
                                                             QLatin1String("&gt;"), QLatin1String("&quot;")};
    std::array<qsizetype, 4> next;
    for (std::size_t k = 0; k < escaped.size(); ++k)
        next[k] = text.indexOf(QChar(escaped[k]));
    qsizetype run = 0;
    for (;;) {
        std::size_t nearest = escaped.size();
        for (std::size_t k = 0; k < escaped.size(); ++k) {
            if (next[k] >= 0 && (nearest == escaped.size() || next[k] < next[nearest]))
                nearest = k;
        }
        if (nearest == escaped.size())
            break;
        const qsizetype at = next[nearest];
        out.append(text.mid(run, at - run));
        out.append(references[nearest]);
        run = at + 1;
        next[nearest] = text.indexOf(QChar(escaped[nearest]), run);
    }
    out.append(text.mid(run));
}

} // namespace Clearance
