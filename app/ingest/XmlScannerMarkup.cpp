// XmlScanner's reading of what is not an element: the XML declaration, comments, processing
// instructions, CDATA sections, references and names (XmlScanner.cpp reads elements and text).

#include "XmlCharacters.h"
#include "XmlScanner.h"
#include "html/HtmlEntities.h"

#include <algorithm>
#include <cstring>

namespace Clearance {

using namespace XmlCharacters;

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
        at += 9;
        m_inCdata = true;
        return scanCdata(at);
    }
    if (startsWith(at, "<!DOCTYPE") && !m_rootSeen) {
        m_unsupported = true;
        m_atEnd = true;
        return false;
    }
    fail("Unexpected markup.", at);
    return false;
}

// The text of a CDATA section from `at`, up to its end or until the text read makes a chunk (XmlScanner
// goes on from there, m_inCdata still set, at the next token).
bool XmlScanner::scanCdata(qsizetype &at)
{
    qsizetype from = at;
    for (qsizetype i = from;; ++i) {
        if (i - from >= kTextChunk) {
            m_textBytes.append(m_buffer.constData() + from, i - from);
            at = i;
            return true;
        }
        const int c = byteAt(i);
        if (c < 0) {
            fail("Premature end of document.", i);
            return false;
        }
        if (c == ']' && startsWith(i, "]]>")) {
            m_textBytes.append(m_buffer.constData() + from, i - from);
            at = i + 3;
            m_inCdata = false;
            return true;
        }
        if (c == '\r') {
            m_textBytes.append(m_buffer.constData() + from, i - from);
            m_textBytes.append('\n');
            if (byteAt(i + 1) == '\n')
                ++i;
            from = i + 1;
        } else if ((c < 0x20 && c != '\t' && c != '\n') ||
                   (c == 0xEF && isNonCharacter(c, byteAt(i + 1), byteAt(i + 2)))) {
            fail("Invalid XML character.", i);
            return false;
        }
    }
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
        if ((c < 0x20 && !isSpace(c)) || (c == 0xEF && isNonCharacter(c, byteAt(i + 1), byteAt(i + 2)))) {
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
        if ((c < 0x20 && !isSpace(c)) || (c == 0xEF && isNonCharacter(c, byteAt(i + 1), byteAt(i + 2)))) {
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
    // colon, with any); an attribute's or a reference's may also start with a caret, as QXmlStreamReader
    // lets it.
    const auto starts = [kind](int c, bool local) {
        if (kind == Name::Strict)
            return isNameStart(c);
        if (kind == Name::Caret && !local && c == '^')
            return true;
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
    // A file of endless different names must not grow the memory of their verdicts without end.
    constexpr size_t kMostVerdicts = 4096;
    if (m_elementNames.size() >= kMostVerdicts)
        m_elementNames.clear();
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
    const qsizetype nameEnd = scanName(at + 1, Name::Caret, nullptr);
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

} // namespace Clearance
