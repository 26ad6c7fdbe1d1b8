#include "HtmlTokenizer.h"

#include "HtmlEntities.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace Clearance {

namespace {

using namespace std::string_view_literals;

// Indexed by HtmlElement, whose order they share: a binary search finds a name's element.
constexpr std::array kElementNames{
    ""sv,         "a"sv,          "address"sv, "applet"sv,     "area"sv,    "article"sv,  "aside"sv,
    "audio"sv,    "b"sv,          "base"sv,    "blockquote"sv, "body"sv,    "br"sv,       "button"sv,
    "canvas"sv,   "caption"sv,    "center"sv,  "code"sv,       "col"sv,     "datalist"sv, "dd"sv,
    "details"sv,  "dialog"sv,     "div"sv,     "dl"sv,         "dt"sv,      "em"sv,       "embed"sv,
    "fieldset"sv, "figcaption"sv, "figure"sv,  "footer"sv,     "form"sv,    "frame"sv,    "frameset"sv,
    "h1"sv,       "h2"sv,         "h3"sv,      "h4"sv,         "h5"sv,      "h6"sv,       "head"sv,
    "header"sv,   "hgroup"sv,     "hr"sv,      "html"sv,       "i"sv,       "iframe"sv,   "img"sv,
    "input"sv,    "keygen"sv,     "legend"sv,  "li"sv,         "link"sv,    "main"sv,     "map"sv,
    "math"sv,     "menu"sv,       "meta"sv,    "nav"sv,        "noembed"sv, "noframes"sv, "noscript"sv,
    "object"sv,   "ol"sv,         "option"sv,  "p"sv,          "param"sv,   "picture"sv,  "plaintext"sv,
    "pre"sv,      "script"sv,     "section"sv, "select"sv,     "source"sv,  "strong"sv,   "style"sv,
    "summary"sv,  "svg"sv,        "table"sv,   "tbody"sv,      "td"sv,      "template"sv, "textarea"sv,
    "tfoot"sv,    "th"sv,         "thead"sv,   "title"sv,      "tr"sv,      "track"sv,    "ul"sv,
    "video"sv,    "wbr"sv,        "xmp"sv};
static_assert(kElementNames.size() == std::size_t(kLastHtmlElement) + 1, "one name per element");
static_assert(std::is_sorted(kElementNames.begin(), kElementNames.end()), "sorted, for the binary search");

constexpr std::size_t kLongestElementName = 10; // "blockquote", "figcaption"

// The element of a lower-case tag name; Unknown for the others.
HtmlElement elementNamed(QStringView name)
{
    if (name.size() > qsizetype(kLongestElementName))
        return HtmlElement::Unknown;
    std::array<char, kLongestElementName> key;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (c > 127)
            return HtmlElement::Unknown;
        key[std::size_t(i)] = char(c);
    }
    const std::string_view wanted(key.data(), std::size_t(name.size()));
    const auto found = std::lower_bound(kElementNames.begin() + 1, kElementNames.end(), wanted);
    if (found == kElementNames.end() || *found != wanted)
        return HtmlElement::Unknown;
    return HtmlElement(found - kElementNames.begin());
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isAsciiUpper(char16_t u)
{
    return u >= 'A' && u <= 'Z';
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f';
}

// Elements whose content is not markup: it runs to the matching end tag.
bool isRawText(HtmlElement element)
{
    switch (element) {
    case HtmlElement::Script:
    case HtmlElement::Style:
    case HtmlElement::Xmp:
    case HtmlElement::Iframe:
    case HtmlElement::Noembed:
    case HtmlElement::Noframes:
    case HtmlElement::Noscript:
    case HtmlElement::Textarea:
    case HtmlElement::Title:
    case HtmlElement::Plaintext:
        return true;
    default:
        return false;
    }
}

// Title and textarea hold text with character references; the others hold code.
bool decodesReferences(HtmlElement element)
{
    return element == HtmlElement::Title || element == HtmlElement::Textarea;
}

// Whether `name` lower-cased is `lowerCase`. Lower-casing ASCII needs no QString; other characters
// (the Kelvin sign lower-cases to 'k') get QString::toLower, as every attribute name once did.
bool lowersTo(QStringView name, QLatin1String lowerCase)
{
    if (std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() > 127; }))
        return name.toString().toLower() == lowerCase;
    if (name.size() != lowerCase.size())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t u = name[i].unicode();
        if ((isAsciiUpper(u) ? u + ('a' - 'A') : u) != char16_t(lowerCase[i].unicode()))
            return false;
    }
    return true;
}

// Reads the attributes of a tag from `source`, the markup after its name, up to and including the
// '>' that ends the tag. Calls visit(name, value, hasValue) for each attribute with a name, raw
// (neither lower-cased nor decoded), until visit returns true. Returns how much of `source` the tag
// takes. The tokenizer reads a tag once to find its end; HtmlToken::attribute reads it again.
template<typename Visit>
qsizetype readAttributes(QStringView source, bool &selfClosing, Visit visit)
{
    const qsizetype n = source.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && (isSpace(source.at(i)) || source.at(i) == QLatin1Char('/'))) {
            if (source.at(i) == QLatin1Char('/') && i + 1 < n && source.at(i + 1) == QLatin1Char('>'))
                selfClosing = true;
            ++i;
        }
        if (i >= n)
            break;
        if (source.at(i) == QLatin1Char('>')) {
            ++i;
            break;
        }
        const qsizetype nameStart = i;
        while (i < n && !isSpace(source.at(i)) && source.at(i) != QLatin1Char('=') &&
               source.at(i) != QLatin1Char('>') && !(source.at(i) == QLatin1Char('/') && i > nameStart))
            ++i;
        const QStringView name = source.mid(nameStart, i - nameStart);
        while (i < n && isSpace(source.at(i)))
            ++i;
        QStringView value;
        bool hasValue = false;
        if (i < n && source.at(i) == QLatin1Char('=')) {
            hasValue = true;
            ++i;
            while (i < n && isSpace(source.at(i)))
                ++i;
            if (i < n && (source.at(i) == QLatin1Char('"') || source.at(i) == QLatin1Char('\''))) {
                const QChar quote = source.at(i);
                const qsizetype close = source.indexOf(quote, i + 1);
                const qsizetype stop = close < 0 ? n : close;
                value = source.mid(i + 1, stop - i - 1);
                i = close < 0 ? n : close + 1;
            } else {
                const qsizetype start = i;
                while (i < n && !isSpace(source.at(i)) && source.at(i) != QLatin1Char('>'))
                    ++i;
                value = source.mid(start, i - start);
            }
        }
        if (!name.isEmpty() && visit(name, value, hasValue))
            break;
    }
    return i;
}

} // namespace

QLatin1String htmlElementName(HtmlElement element)
{
    const std::string_view name = kElementNames[std::size_t(element)];
    return QLatin1String(name.data(), qsizetype(name.size()));
}

QString HtmlToken::attribute(QLatin1String name) const
{
    QString found; // null when absent or without a value
    bool selfClosing = false;
    readAttributes(attributeSource, selfClosing, [&](QStringView key, QStringView value, bool hasValue) {
        if (!lowersTo(key, name))
            return false;
        if (hasValue)
            found = HtmlEntities::decode(value, true);
        return true;
    });
    return found;
}

HtmlTokenizer::HtmlTokenizer(QStringView html)
    : m_html(html)
{}

bool HtmlTokenizer::next(HtmlToken &token)
{
    token = HtmlToken();
    if (m_rawTextEnd != HtmlElement::Unknown && readRawText(token))
        return true;
    const qsizetype n = m_html.size();
    while (m_pos < n) {
        m_tokenStart = m_pos;
        if (m_html.at(m_pos) == QLatin1Char('<')) {
            if (readTag(token))
                return true;
            if (m_tokenStart != m_pos)
                continue; // a comment or declaration, skipped
        }
        // Text up to the next '<' that starts markup.
        qsizetype end = m_pos + 1;
        for (;;) {
            end = m_html.indexOf(QLatin1Char('<'), end);
            if (end < 0) {
                end = n;
                break;
            }
            if (end + 1 < n) {
                const QChar c = m_html.at(end + 1);
                if (isAsciiLetter(c) || c == QLatin1Char('/') || c == QLatin1Char('!') ||
                    c == QLatin1Char('?'))
                    break;
            }
            ++end;
        }
        token.type = HtmlToken::Type::Text;
        setText(token, m_html.mid(m_pos, end - m_pos));
        m_pos = end;
        return true;
    }
    return false;
}

// The content of a raw-text element, which runs to "</name" followed by a space, '/' or '>' (or to
// the end). False when it is empty.
bool HtmlTokenizer::readRawText(HtmlToken &token)
{
    const HtmlElement element = std::exchange(m_rawTextEnd, HtmlElement::Unknown);
    const QLatin1String name = htmlElementName(element);
    std::array<char16_t, kLongestElementName + 2> closingBuffer{u'<', u'/'};
    std::copy(name.begin(), name.end(), closingBuffer.begin() + 2);
    const QStringView closing(closingBuffer.data(), name.size() + 2);
    const qsizetype n = m_html.size();
    qsizetype end = m_pos;
    for (;;) {
        end = m_html.indexOf(closing, end, Qt::CaseInsensitive);
        if (end < 0) {
            end = n;
            break;
        }
        const qsizetype after = end + closing.size();
        if (after >= n || isSpace(m_html.at(after)) || m_html.at(after) == QLatin1Char('>') ||
            m_html.at(after) == QLatin1Char('/'))
            break;
        end = after;
    }
    if (end == m_pos)
        return false;
    m_tokenStart = m_pos;
    const QStringView raw = m_html.mid(m_pos, end - m_pos);
    if (decodesReferences(element))
        setText(token, raw);
    else
        token.text = raw;
    m_pos = end;
    return true;
}

// Text with its character references decoded: a view into the input when it has none, the usual case.
void HtmlTokenizer::setText(HtmlToken &token, QStringView raw)
{
    if (!raw.contains(QLatin1Char('&'))) {
        token.text = raw;
        return;
    }
    m_decoded.resize(0); // keeps the buffer for the next text
    HtmlEntities::appendDecoded(m_decoded, raw);
    token.text = m_decoded;
}

bool HtmlTokenizer::skipMarkupDeclaration()
{
    const qsizetype n = m_html.size();
    if (m_html.mid(m_pos).startsWith(QLatin1String("<!--"))) {
        const qsizetype end = m_html.indexOf(QLatin1String("-->"), m_pos + 4);
        m_pos = end < 0 ? n : end + 3;
        return true;
    }
    // <!DOCTYPE ...>, <![CDATA[...]]>, <?xml ...?>, </ followed by a non-letter: skipped to '>'.
    if (m_html.mid(m_pos).startsWith(QLatin1String("<![CDATA["))) {
        return false; // handled by the caller as text
    }
    const qsizetype end = m_html.indexOf(QLatin1Char('>'), m_pos + 1);
    m_pos = end < 0 ? n : end + 1;
    return true;
}

bool HtmlTokenizer::readTag(HtmlToken &token)
{
    const qsizetype n = m_html.size();
    qsizetype i = m_pos + 1;
    if (i >= n)
        return false;
    const QChar c = m_html.at(i);
    if (c == QLatin1Char('!') || c == QLatin1Char('?')) {
        if (m_html.mid(m_pos).startsWith(QLatin1String("<![CDATA["))) {
            // CDATA in HTML content (feeds nest it): its text, as text.
            const qsizetype end = m_html.indexOf(QLatin1String("]]>"), m_pos + 9);
            const qsizetype stop = end < 0 ? n : end;
            token.type = HtmlToken::Type::Text;
            token.text = m_html.mid(m_pos + 9, stop - m_pos - 9);
            m_pos = end < 0 ? n : end + 3;
            return true;
        }
        skipMarkupDeclaration();
        return false;
    }
    const bool end = c == QLatin1Char('/');
    if (end)
        ++i;
    if (i >= n || !isAsciiLetter(m_html.at(i))) {
        if (end) {
            skipMarkupDeclaration();
        }
        return false;
    }
    const qsizetype nameStart = i;
    while (i < n && !isSpace(m_html.at(i)) && m_html.at(i) != QLatin1Char('/') &&
           m_html.at(i) != QLatin1Char('>'))
        ++i;
    token.type = end ? HtmlToken::Type::EndTag : HtmlToken::Type::StartTag;
    readName(token, m_html.mid(nameStart, i - nameStart));
    const QStringView rest = m_html.mid(i);
    const qsizetype length = readAttributes(rest, token.selfClosing, [](QStringView, QStringView, bool) {
        return false; // only the end of the tag is wanted now
    });
    m_pos = i + length;
    if (!end) {
        token.attributeSource = rest.first(length);
        if (!token.selfClosing && isRawText(token.element))
            m_rawTextEnd = token.element;
    }
    return true;
}

// The tag's name in lower case and its element. Names are nearly always lower-case ASCII already:
// then the name is a view into the input.
void HtmlTokenizer::readName(HtmlToken &token, QStringView name)
{
    bool upper = false;
    for (const QChar c : name) {
        if (c.unicode() > 127) {
            m_name = name.toString().toLower();
            token.name = m_name;
            token.element = elementNamed(token.name);
            return;
        }
        upper = upper || isAsciiUpper(c.unicode());
    }
    if (upper) {
        m_name.resize(name.size());
        std::transform(name.begin(), name.end(), m_name.begin(), [](QChar c) {
            return isAsciiUpper(c.unicode()) ? QChar(c.unicode() + ('a' - 'A')) : c;
        });
        token.name = m_name;
    } else {
        token.name = name;
    }
    token.element = elementNamed(token.name);
}

} // namespace Clearance
