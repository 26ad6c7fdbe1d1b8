#pragma once

#include "HtmlTokenizer.h"

#include <QChar>

#include <algorithm>
#include <initializer_list>

namespace Clearance {

// What each element means to HtmlSanitizer and to HtmlBlockReader, which reads the sanitizer's HTML
// back over its text: the whitelist kept, what is dropped with its content, what separates
// paragraphs, which blocks are headings, lists and preformatted text, how inline elements style their
// text, and HTML's implied end tags. Both follow this one policy, so that they cannot drift apart
// (tst_htmlelementpolicy checks, element by element, that they read every element alike).
namespace HtmlElementPolicy {

// Kept in the sanitized HTML (without attributes, but a link's safe href).
bool isAllowed(HtmlElement e);
// Dropped with everything inside them: code, styling, embedded content and interactive forms.
bool isDroppedWithContent(HtmlElement e);
// A web page's furniture, dropped when reading a page's main text.
bool isChrome(HtmlElement e);
// Elements that never have content or an end tag.
bool isVoid(HtmlElement e);
// Elements that start a new paragraph in the plain text.
bool isBlock(HtmlElement e);
// Inline formatting kept in the HTML: a, em, strong, b, i, code.
bool isInline(HtmlElement e);
// Table cells: their words are separated by a space, and a row of them is one paragraph.
bool isCell(HtmlElement e);
// 1 to 6 for h1 to h6; 0 for any other element.
int headingLevel(HtmlElement e);
// Lists, whose items are bulleted (ul) or numbered (ol).
bool isList(HtmlElement e);
// A quotation, whose blocks are set off from the text around it.
bool isQuote(HtmlElement e);
// White space inside is kept as written, lines and all (pre).
bool isPreformatted(HtmlElement e);
// Text directly inside the element goes in a paragraph of its own, as text at the top level does:
// a blockquote holds paragraphs, not text.
bool wrapsTextInParagraph(HtmlElement e);

// How a kept element shows the text inside it; a link's target is its href.
struct TextStyle
{
    bool bold = false;
    bool italic = false;
    bool code = false;
    bool link = false;
};
TextStyle textStyle(HtmlElement e);

// White space that collapses to one space, no-break spaces included (feeds use them as spaces). Without
// a branch: both passes test every character of every article.
inline bool isCollapsibleSpace(QChar c)
{
    constexpr quint64 kAscii = (quint64(1) << ' ') | (quint64(1) << '\t') | (quint64(1) << '\n') |
                               (quint64(1) << '\r') | (quint64(1) << '\f');
    const char16_t u = c.unicode();
    // '&' and '|', not "&&" and "||": spaces and letters alternate unpredictably.
    return (int(u < 64) & int((kAscii >> (u & 63)) & 1)) | int(u == 0x00A0);
}

// HTML's implied end tags, for the cases feeds rely on: a block closes an open paragraph (not past a
// list item, a cell or a quote), an item the previous item of its list, a cell the previous cell of
// its row, a row the previous row of its table. `open(i)` is the i-th of `count` open elements, the
// outermost first. Returns the index from which the start tag of `e` closes them (each from the
// innermost down to that one); `count` when it closes none.
template<typename OpenAt>
qsizetype impliedEndFrom(HtmlElement e, qsizetype count, OpenAt open)
{
    using E = HtmlElement;
    // The nearest open element among `closes` below `from`, unless one of `stopsAt` is nearer.
    const auto nearest = [&open](std::initializer_list<E> closes, std::initializer_list<E> stopsAt,
                                 qsizetype from) {
        for (qsizetype i = from - 1; i >= 0; --i) {
            const E element = open(i);
            if (std::find(stopsAt.begin(), stopsAt.end(), element) != stopsAt.end())
                return from;
            if (std::find(closes.begin(), closes.end(), element) != closes.end())
                return i;
        }
        return from;
    };
    qsizetype from = count;
    if (!isInline(e))
        from = nearest({E::P}, {E::Li, E::Td, E::Th, E::Blockquote}, from);
    if (e == E::Li)
        from = nearest({E::Li}, {E::Ul, E::Ol}, from);
    else if (isCell(e))
        from = nearest({E::Td, E::Th}, {E::Tr, E::Table}, from);
    else if (e == E::Tr)
        from = nearest({E::Tr}, {E::Table}, from);
    return from;
}

} // namespace HtmlElementPolicy

} // namespace Clearance
