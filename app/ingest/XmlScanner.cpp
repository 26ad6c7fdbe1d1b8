#include "XmlScanner.h"

#include "HtmlEntities.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace Clearance {

namespace {

constexpr qint64 kBlockSize = 256 * 1024;

// The bytes that end a run of plain text: markup, references, a possible "]]>", and the control
// characters (carriage returns are turned into line feeds; the others are not XML).
constexpr std::array<bool, 256> kTextStops = [] {
    std::array<bool, 256> stops{};
    for (int c = 0; c < 0x20; ++c)
        stops[c] = c != '\t' && c != '\n';
    stops['<'] = stops['&'] = stops[']'] = stops[0xEF] = true;
    return stops;
}();

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Names as QXmlStreamReader reads them. Element names start with a letter, '_' or a character beyond
// ASCII and go on with letters, digits, '.', '-', '_' (and the other characters of XML's name
// classes, which QXmlStreamReader is asked about); attribute and entity names and processing
// instruction targets with anything up to a space, a quote, a colon or a character of markup,
// references or declarations. Control characters end any name: QXmlStreamReader drops them from some
// names and refuses others.
constexpr std::array<bool, 256> kLooseNameStops = [] {
    std::array<bool, 256> stops{};
    for (int c = 0; c < 0x20; ++c)
        stops[c] = true;
    for (const char c : {'\n', ' ', '\t', '\r', '&', '#', '\'', '"', '<', '>', '[', ']', '=',
                         '%',  '/', ';',  '?',  '!', '^', '|',  ',', '(', ')', '+', '*', ':'})
        stops[uchar(c)] = true;
    return stops;
}();

bool isNameStart(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

bool isStrictNameChar(int c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

bool isLooseNameChar(int c)
{
    return c >= 0 && !kLooseNameStops[c];
}

// U+FFFE and U+FFFF, which XML does not allow, begin with the byte 0xEF like many allowed characters.
bool isNonCharacter(int c0, int c1, int c2)
{
    return c0 == 0xEF && c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF);
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3F)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

// The length of the UTF-8 sequence at `s` (at most `size` bytes), 0 when it is not one, or -1 when it
// is cut short by the end.
int utf8Sequence(const uchar *s, qsizetype size)
{
    const uchar lead = s[0];
    int length = 0;
    uchar min = 0x80, max = 0xBF; // the second byte's range, which rules out overlong forms and surrogates
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        min = lead == 0xE0 ? 0xA0 : 0x80;
        max = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        min = lead == 0xF0 ? 0x90 : 0x80;
        max = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (i >= size)
            return -1;
        if (s[i] < (i == 1 ? min : 0x80) || s[i] > (i == 1 ? max : 0xBF))
            return 0;
    }
    return length;
}

// The text of UTF-8 bytes the scanner has checked. A byte-order mark at their start is a character
// (U+FEFF) of the document, which QString::fromUtf8 would drop.
QString decodeUtf8(QByteArrayView bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    return QChar(0xFEFF) + QString::fromUtf8(bytes.sliced(3));
}

QString xmlNamespace()
{
    return QStringLiteral("http://www.w3.org/XML/1998/namespace");
}

} // namespace

XmlScanner::XmlScanner(QIODevice &device)
    : m_device(device)
{}

bool XmlScanner::readMore()
{
    if (m_deviceDone)
        return false;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kBlockSize);
    const qint64 got = m_device.read(m_buffer.data() + old, kBlockSize);
    m_buffer.resize(old + std::max<qint64>(got, 0));
    if (got <= 0)
        m_deviceDone = true;
    checkEncoding();
    return got > 0;
}

// QXmlStreamReader refuses a document that is not the UTF-8 it says it is, and so does the scanner:
// it checks each block as it comes (up to a sequence the next block may complete).
void XmlScanner::checkEncoding()
{
    const auto *data = reinterpret_cast<const uchar *>(m_buffer.constData());
    const qsizetype size = m_buffer.size();
    qsizetype i = m_checked;
    while (i < size && !m_badEncoding) {
        // ASCII eight bytes at a time: most of a feed.
        if (size - i >= 8) {
            quint64 word;
            std::memcpy(&word, data + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const int length = utf8Sequence(data + i, size - i);
        if (length < 0) {
            // Cut short: the next block completes it, or, at the end of the file, it is dropped (as
            // QXmlStreamReader drops it).
            if (m_deviceDone)
                m_buffer.truncate(i);
            break;
        }
        if (length == 0)
            m_badEncoding = true;
        else
            i += length;
    }
    m_checked = i;
}

int XmlScanner::byteAt(qsizetype at)
{
    while (at >= m_buffer.size()) {
        if (!readMore())
            return -1;
    }
    return uchar(m_buffer.at(at));
}

bool XmlScanner::startsWith(qsizetype at, const char *literal)
{
    for (qsizetype i = 0; literal[i] != '\0'; ++i) {
        if (byteAt(at + i) != uchar(literal[i]))
            return false;
    }
    return true;
}

XmlScanner::TokenType XmlScanner::fail(const char *message, qsizetype at)
{
    at = std::min(at, m_buffer.size());
    const char *data = m_buffer.constData();
    const qint64 lines = m_droppedLines + std::count(data, data + at, '\n');
    const char *lastNewline = static_cast<const char *>(memrchr(data, '\n', size_t(at)));
    const qint64 lineStart = lastNewline ? m_dropped + (lastNewline - data) + 1 : m_droppedLineStart;
    m_error = QString::fromLatin1(message);
    m_errorLine = lines + 1;
    m_errorColumn = m_dropped + at - lineStart;
    m_atEnd = true;
    return QXmlStreamReader::Invalid;
}

XmlScanner::TokenType XmlScanner::next()
{
    if (m_atEnd)
        return hasError() || m_unsupported ? QXmlStreamReader::Invalid : QXmlStreamReader::EndDocument;
    if (!m_started) {
        m_started = true;
        if (startsWith(0, "<?xml") && isSpace(byteAt(5)) && !scanXmlDeclaration(m_pos))
            return QXmlStreamReader::Invalid;
        return QXmlStreamReader::StartDocument;
    }
    if (m_pendingEnd) {
        m_pendingEnd = false;
        return endElement();
    }
    if (m_badEncoding)
        return fail("Encountered incorrectly encoded content.", m_checked);
    // What was read is dropped a block at a time, counting its lines for the error messages.
    if (m_pos >= kBlockSize) {
        const char *data = m_buffer.constData();
        m_droppedLines += std::count(data, data + m_pos, '\n');
        if (const auto *last = static_cast<const char *>(memrchr(data, '\n', size_t(m_pos))))
            m_droppedLineStart = m_dropped + (last - data) + 1;
        m_dropped += m_pos;
        m_checked = std::max<qsizetype>(0, m_checked - m_pos);
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    return scanContent();
}

XmlScanner::TokenType XmlScanner::scanContent()
{
    const bool inRoot = !m_elements.empty();
    m_textBytes.clear();
    qsizetype at = m_pos;
    for (;;) {
        const qsizetype runStart = at;
        for (;;) {
            const char *data = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            while (at < size && !kTextStops[uchar(data[at])])
                ++at;
            if (at < size || !readMore())
                break;
        }
        at = std::min(at, m_buffer.size()); // the end of the file may have dropped a cut character
        if (inRoot) {
            m_textBytes.append(m_buffer.constData() + runStart, at - runStart);
        } else {
            const char *data = m_buffer.constData();
            const char *text =
                std::find_if_not(data + runStart, data + at, [](char c) { return isSpace(c); });
            if (text != data + at)
                return fail(m_rootSeen ? "Extra content at end of document." : "Start tag expected.",
                            text - data);
        }
        const int c = byteAt(at);
        switch (c) {
        case -1:
            if (!m_rootSeen || inRoot)
                return fail("Premature end of document.", at);
            m_pos = at;
            m_atEnd = true;
            return QXmlStreamReader::EndDocument;
        case '<': {
            const int c1 = byteAt(at + 1);
            if (c1 == '!' || c1 == '?') {
                const qsizetype markup = at;
                if (!scanMarkupInText(at, inRoot))
                    return hasError() || m_unsupported ? QXmlStreamReader::Invalid : fail("", markup);
                break;
            }
            if (inRoot && !m_textBytes.isEmpty()) {
                m_pos = at;
                m_text = decodeUtf8(m_textBytes);
                return QXmlStreamReader::Characters;
            }
            return c1 == '/' ? scanEndTag(at) : scanStartTag(at);
        }
        case '&':
            if (!inRoot)
                return fail(m_rootSeen ? "Extra content at end of document." : "Start tag expected.", at);
            if (!scanReference(at, m_textBytes))
                return QXmlStreamReader::Invalid;
            break;
        case '\r':
            ++at;
            if (byteAt(at) == '\n')
                ++at;
            if (inRoot)
                m_textBytes.append('\n');
            break;
        case ']':
            if (!inRoot)
                return fail(m_rootSeen ? "Extra content at end of document." : "Start tag expected.", at);
            if (startsWith(at, "]]>"))
                return fail("Sequence ']]>' not allowed in content.", at);
            m_textBytes.append(']');
            ++at;
            break;
        case 0xEF:
            if (isNonCharacter(c, byteAt(at + 1), byteAt(at + 2)))
                return fail("Invalid XML character.", at);
            if (!inRoot)
                return fail(m_rootSeen ? "Extra content at end of document." : "Start tag expected.", at);
            m_textBytes.append(char(c));
            ++at;
            break;
        default:
            return fail("Invalid XML character.", at);
        }
    }
}

// A comment, a processing instruction or a CDATA section at `at`, in text or between elements;
// false on an error (or at a document type declaration, which is left to QXmlStreamReader).
bool XmlScanner::scanMarkupInText(qsizetype &at, bool inRoot)
{
    if (byteAt(at + 1) == '?')
        return scanProcessingInstruction(at);
    if (startsWith(at, "<!--"))
        return scanComment(at);
    if (startsWith(at, "<![CDATA[")) {
        if (!inRoot) {
            fail(m_rootSeen ? "Extra content at end of document." : "Start tag expected.", at);
            return false;
        }
        qsizetype from = at + 9;
        for (qsizetype i = from;; ++i) {
            const int c = byteAt(i);
            if (c < 0) {
                fail("Premature end of document.", i);
                return false;
            }
            if (c == ']' && startsWith(i, "]]>")) {
                m_textBytes.append(m_buffer.constData() + from, i - from);
                at = i + 3;
                return true;
            }
            if (c == '\r') {
                m_textBytes.append(m_buffer.constData() + from, i - from);
                m_textBytes.append('\n');
                if (byteAt(i + 1) == '\n')
                    ++i;
                from = i + 1;
            } else if ((c < 0x20 && c != '\t' && c != '\n') ||
                       isNonCharacter(c, byteAt(i + 1), byteAt(i + 2))) {
                fail("Invalid XML character.", i);
                return false;
            }
        }
    }
    if (startsWith(at, "<!DOCTYPE") && !m_rootSeen) {
        m_unsupported = true;
        m_atEnd = true;
        return false;
    }
    fail("Unexpected markup.", at);
    return false;
}

bool XmlScanner::scanComment(qsizetype &at)
{
    for (qsizetype i = at + 4;; ++i) {
        const int c = byteAt(i);
        if (c < 0) {
            fail("Premature end of document.", i);
            return false;
        }
        if (c == '-' && byteAt(i + 1) == '-') {
            if (byteAt(i + 2) != '>') {
                fail("Invalid comment.", i);
                return false;
            }
            at = i + 3;
            return true;
        }
        if ((c < 0x20 && !isSpace(c)) || isNonCharacter(c, byteAt(i + 1), byteAt(i + 2))) {
            fail("Invalid XML character.", i);
            return false;
        }
    }
}

bool XmlScanner::scanProcessingInstruction(qsizetype &at)
{
    const qsizetype nameEnd = scanName(at + 2, Name::Loose, nullptr);
    if (nameEnd == at + 2) {
        fail("Invalid processing instruction.", at + 2);
        return false;
    }
    if (nameEnd - at - 2 == 3 &&
        QByteArrayView(m_buffer.constData() + at + 2, 3).compare("xml", Qt::CaseInsensitive) == 0) {
        fail("XML declaration not at start of document.", at);
        return false;
    }
    qsizetype i = nameEnd;
    if (startsWith(i, "?>")) {
        at = i + 2;
        return true;
    }
    if (!skipSpace(i)) {
        fail("Invalid processing instruction.", i);
        return false;
    }
    // A target with data after it must be a name of the strict kind (as QXmlStreamReader checks it).
    const QByteArray target = m_buffer.mid(at + 2, nameEnd - at - 2);
    if (!std::all_of(target.cbegin(), target.cend(), [](char c) { return isStrictNameChar(uchar(c)); }) ||
        !isElementName(target)) {
        fail("Invalid processing instruction name.", at + 2);
        return false;
    }
    for (;; ++i) {
        const int c = byteAt(i);
        if (c < 0) {
            fail("Premature end of document.", i);
            return false;
        }
        if (c == '?' && byteAt(i + 1) == '>') {
            at = i + 2;
            return true;
        }
        if ((c < 0x20 && !isSpace(c)) || isNonCharacter(c, byteAt(i + 1), byteAt(i + 2))) {
            fail("Invalid XML character.", i);
            return false;
        }
    }
}

// <?xml version="1.0" encoding="..." standalone="..."?>, its pseudo-attributes in that order.
bool XmlScanner::scanXmlDeclaration(qsizetype &at)
{
    qsizetype i = 5;
    bool first = true;
    QByteArray seen;
    for (;;) {
        const bool spaced = skipSpace(i);
        if (startsWith(i, "?>"))
            break;
        const qsizetype nameEnd = scanName(i, Name::Strict, nullptr);
        const QByteArray name = m_buffer.mid(i, nameEnd - i);
        const int order = name == "version" ? 1 : name == "encoding" ? 2 : name == "standalone" ? 3 : 0;
        if (!spaced || order == 0 || (first && order != 1) || (!seen.isEmpty() && order <= seen.back())) {
            fail("Invalid XML declaration.", i);
            return false;
        }
        i = nameEnd;
        skipSpace(i);
        if (byteAt(i) != '=') {
            fail("Invalid XML declaration.", i);
            return false;
        }
        ++i;
        skipSpace(i);
        const int quote = byteAt(i);
        if (quote != '"' && quote != '\'') {
            fail("Invalid XML declaration.", i);
            return false;
        }
        const qsizetype valueStart = ++i;
        while (byteAt(i) >= 0 && byteAt(i) != quote && byteAt(i) != '<')
            ++i;
        if (byteAt(i) != quote) {
            fail("Invalid XML declaration.", i);
            return false;
        }
        const QByteArray value = m_buffer.mid(valueStart, i - valueStart);
        ++i;
        // XmlInput gives the scanner UTF-8 documents only: any other encoding here is a name it could not
        // read, which QXmlStreamReader refuses too.
        const QByteArray encoding = value.toLower();
        if ((order == 1 && value != "1.0") || (order == 3 && value != "yes" && value != "no") ||
            (order == 2 && encoding != "utf-8" && encoding != "utf8")) {
            fail("Invalid XML declaration.", valueStart);
            return false;
        }
        seen.append(char(order));
        first = false;
    }
    if (first) {
        fail("Invalid XML declaration.", i);
        return false;
    }
    at = i + 2;
    return true;
}

// The end of the name at `at` (`at` itself when there is none). With `prefixSize`, a qualified name:
// two names with a colon between them, or one, whose prefix's size it sets (0 without one).
qsizetype XmlScanner::scanName(qsizetype at, Name kind, qsizetype *prefixSize)
{
    // A loose name starts with any of its characters but a digit, '.' or '-' (its local part, after the
    // colon, with any).
    const auto starts = [kind](int c, bool local) {
        if (kind == Name::Strict)
            return isNameStart(c);
        return isLooseNameChar(c) && (local || ((c < '0' || c > '9') && c != '.' && c != '-'));
    };
    const auto part = [&](qsizetype from, bool local = false) {
        if (!starts(byteAt(from), local))
            return from;
        qsizetype i = from + 1;
        while (kind == Name::Strict ? isStrictNameChar(byteAt(i)) : isLooseNameChar(byteAt(i)))
            ++i;
        return i;
    };
    const qsizetype end = part(at);
    if (!prefixSize || end == at || byteAt(end) != ':') {
        if (prefixSize)
            *prefixSize = 0;
        return end;
    }
    const qsizetype localEnd = part(end + 1, true);
    if (localEnd == end + 1 || byteAt(localEnd) == ':')
        return at;
    *prefixSize = end - at;
    return localEnd;
}

// Whether QXmlStreamReader takes `name`, beyond ASCII, for an element's name: it checks it against
// XML's classes of name characters, which the scanner asks it for rather than repeat.
bool XmlScanner::isElementName(QByteArrayView name)
{
    if (std::all_of(name.begin(), name.end(), [](char c) { return uchar(c) < 0x80; }))
        return true;
    const QByteArray key = name.toByteArray();
    if (const auto it = m_elementNames.find(key); it != m_elementNames.end())
        return it->second;
    QXmlStreamReader reader;
    const qsizetype colon = name.indexOf(':');
    QByteArray document = "<" + key;
    if (colon >= 0)
        document += " xmlns:" + key.left(colon) + "='u'";
    document += "/>";
    reader.addData(document);
    while (!reader.atEnd())
        reader.readNext();
    const bool valid = !reader.hasError();
    m_elementNames.emplace(key, valid);
    return valid;
}

bool XmlScanner::skipSpace(qsizetype &at)
{
    const qsizetype from = at;
    while (isSpace(byteAt(at)))
        ++at;
    return at > from;
}

// A reference at `at` (&name; &#n; &#xh;), its text appended to `out` as UTF-8.
bool XmlScanner::scanReference(qsizetype &at, QByteArray &out)
{
    if (byteAt(at + 1) == '#') {
        const bool hex = byteAt(at + 2) == 'x';
        qsizetype i = at + (hex ? 3 : 2);
        char32_t value = 0;
        const qsizetype digitsFrom = i;
        for (;; ++i) {
            const int c = byteAt(i);
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0)
                break;
            value = std::min<char32_t>(value * (hex ? 16 : 10) + char32_t(digit), 0x110000);
        }
        if (i == digitsFrom || byteAt(i) != ';' || !isXmlChar(value)) {
            fail("Invalid character reference.", at);
            return false;
        }
        appendUtf8(out, value);
        at = i + 1;
        return true;
    }
    const qsizetype nameEnd = scanName(at + 1, Name::Loose, nullptr);
    if (nameEnd == at + 1 || byteAt(nameEnd) != ';') {
        fail("Invalid entity reference.", at);
        return false;
    }
    const QByteArrayView name(m_buffer.constData() + at + 1, nameEnd - at - 1);
    if (name == "lt") {
        out.append('<');
    } else if (name == "gt") {
        out.append('>');
    } else if (name == "amp") {
        out.append('&');
    } else if (name == "quot") {
        out.append('"');
    } else if (name == "apos") {
        out.append('\'');
    } else {
        // Undeclared: an HTML entity, or the reference as it was written.
        const QString value = HtmlEntities::lookup(decodeUtf8(name));
        if (value.isEmpty())
            out.append(m_buffer.constData() + at, nameEnd + 1 - at);
        else
            out.append(value.toUtf8());
    }
    at = nameEnd + 1;
    return true;
}

XmlScanner::TokenType XmlScanner::scanStartTag(qsizetype at)
{
    if (m_rootSeen && m_elements.empty())
        return fail("Extra content at end of document.", at);
    qsizetype prefixSize = 0;
    const qsizetype nameEnd = scanName(at + 1, Name::Strict, &prefixSize);
    if (nameEnd == at + 1)
        return fail(byteAt(at + 1) < 0 ? "Premature end of document." : "Invalid element name.", at + 1);
    Element element;
    element.qualifiedName = m_buffer.mid(at + 1, nameEnd - at - 1);
    if (!isElementName(element.qualifiedName))
        return fail("Invalid XML name.", at + 1);
    m_rawAttributes.clear();
    std::vector<QByteArray> names;
    const size_t bindingsBefore = m_bindings.size();
    qsizetype i = nameEnd;
    bool empty = false;
    for (;;) {
        const bool spaced = skipSpace(i);
        const int c = byteAt(i);
        if (c < 0)
            return fail("Premature end of document.", i);
        if (c == '>') {
            ++i;
            break;
        }
        if (c == '/') {
            if (byteAt(i + 1) != '>')
                return fail(byteAt(i + 1) < 0 ? "Premature end of document." : "Expected '>'.", i + 1);
            i += 2;
            empty = true;
            break;
        }
        Attribute attribute;
        const qsizetype attributeEnd = scanName(i, Name::Loose, &attribute.prefixSize);
        if (!spaced || attributeEnd == i)
            return fail("Invalid attribute.", i);
        attribute.qualifiedName = m_buffer.mid(i, attributeEnd - i);
        i = attributeEnd;
        skipSpace(i);
        if (byteAt(i) != '=')
            return fail(byteAt(i) < 0 ? "Premature end of document." : "Expected '='.", i);
        ++i;
        skipSpace(i);
        const int quote = byteAt(i);
        if (quote != '"' && quote != '\'')
            return fail(quote < 0 ? "Premature end of document." : "Expected a quoted value.", i);
        ++i;
        QByteArray value;
        for (;;) {
            const int v = byteAt(i);
            if (v == quote) {
                ++i;
                break;
            }
            if (v < 0)
                return fail("Premature end of document.", i);
            if (v == '<')
                return fail("'<' not allowed in an attribute value.", i);
            if (v == '&') {
                if (!scanReference(i, value))
                    return QXmlStreamReader::Invalid;
                continue;
            }
            if (v == '\r' && byteAt(i + 1) == '\n')
                ++i;
            if ((v < 0x20 && !isSpace(v)) || isNonCharacter(v, byteAt(i + 1), byteAt(i + 2)))
                return fail("Invalid XML character.", i);
            value.append(isSpace(v) ? ' ' : char(v));
            ++i;
        }
        if (std::find(names.cbegin(), names.cend(), attribute.qualifiedName) != names.cend())
            return fail("Attribute redefined.", attributeEnd);
        names.push_back(attribute.qualifiedName);
        const bool isXmlNamespace = value == "http://www.w3.org/XML/1998/namespace";
        if (attribute.qualifiedName == "xmlns") {
            if (isXmlNamespace)
                return fail("Illegal namespace declaration.", attributeEnd);
            m_bindings.push_back(Binding{QByteArray(), decodeUtf8(value)});
        } else if (attribute.prefixSize == 5 && attribute.qualifiedName.startsWith("xmlns")) {
            const QByteArray prefix = attribute.qualifiedName.mid(6);
            if (prefix == "xmlns" || value.isEmpty() || (prefix == "xml") != isXmlNamespace)
                return fail("Illegal namespace declaration.", attributeEnd);
            m_bindings.push_back(Binding{prefix, decodeUtf8(value)});
        } else {
            attribute.value = decodeUtf8(value);
            m_rawAttributes.push_back(std::move(attribute));
        }
    }
    element.bindings = qsizetype(m_bindings.size() - bindingsBefore);
    if (!resolve(element.qualifiedName, prefixSize, false, element.namespaceUri))
        return fail("Namespace prefix not declared.", at + 1);
    element.name = decodeUtf8(element.qualifiedName.mid(prefixSize ? prefixSize + 1 : 0));
    m_attributes.clear();
    for (const Attribute &a : m_rawAttributes) {
        QString uri;
        if (!resolve(a.qualifiedName, a.prefixSize, true, uri))
            return fail("Namespace prefix not declared.", at + 1);
        const QString name = decodeUtf8(a.qualifiedName.mid(a.prefixSize ? a.prefixSize + 1 : 0));
        const bool twice = std::any_of(m_attributes.begin(), m_attributes.end(), [&](const auto &b) {
            return b.name == name && b.namespaceUri == uri;
        });
        if (twice)
            return fail("Attribute redefined.", at + 1);
        m_attributes.append({uri, name, decodeUtf8(a.qualifiedName), a.value});
    }
    m_rootSeen = true;
    m_name = element.name;
    m_namespaceUri = element.namespaceUri;
    m_qualifiedName = decodeUtf8(element.qualifiedName);
    m_elements.push_back(std::move(element));
    m_pos = i;
    m_pendingEnd = empty;
    return QXmlStreamReader::StartElement;
}

bool XmlScanner::resolve(const QByteArray &qualifiedName, qsizetype prefixSize, bool isAttribute,
                         QString &uri)
{
    if (prefixSize == 0) {
        uri.clear();
        // An attribute without a prefix is in no namespace; an element is in the default one.
        if (isAttribute)
            return true;
    }
    const QByteArrayView prefix(qualifiedName.constData(), prefixSize);
    if (prefix == "xml") {
        uri = xmlNamespace();
        return true;
    }
    for (auto it = m_bindings.crbegin(); it != m_bindings.crend(); ++it) {
        if (it->prefix == prefix) {
            uri = it->uri;
            return true;
        }
    }
    return prefixSize == 0;
}

XmlScanner::TokenType XmlScanner::scanEndTag(qsizetype at)
{
    qsizetype prefixSize = 0;
    const qsizetype nameEnd = scanName(at + 2, Name::Loose, &prefixSize);
    qsizetype i = nameEnd;
    skipSpace(i);
    if (byteAt(i) != '>')
        return fail(byteAt(i) < 0 ? "Premature end of document." : "Expected '>'.", i);
    if (m_elements.empty() ||
        QByteArrayView(m_buffer.constData() + at + 2, nameEnd - at - 2) != m_elements.back().qualifiedName)
        return fail("Opening and ending tag mismatch.", at);
    m_pos = i + 1;
    return endElement();
}

XmlScanner::TokenType XmlScanner::endElement()
{
    Element element = std::move(m_elements.back());
    m_elements.pop_back();
    m_bindings.resize(m_bindings.size() - size_t(element.bindings));
    m_name = element.name;
    m_namespaceUri = element.namespaceUri;
    m_qualifiedName = decodeUtf8(element.qualifiedName);
    return QXmlStreamReader::EndElement;
}

} // namespace Clearance
