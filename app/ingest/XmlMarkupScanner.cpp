#include "XmlMarkupScanner.h"

#include "XmlCharacters.h"
#include "html/HtmlEntities.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace Clearance {

using namespace XmlCharacters;

XmlMarkupScanner::XmlMarkupScanner(XmlScanBuffer &input)
    : m_input(input)
{}

bool XmlMarkupScanner::fail(const char *message, qsizetype at)
{
    m_error = message;
    m_errorAt = at;
    return false;
}

qsizetype XmlMarkupScanner::name(qsizetype at, Name kind, qsizetype *prefixSize)
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
        if (!starts(m_input.byteAt(from), local))
            return from;
        qsizetype i = from + 1;
        while (kind == Name::Strict ? isStrictNameChar(m_input.byteAt(i))
                                    : isLooseNameChar(m_input.byteAt(i)))
            ++i;
        return i;
    };
    const qsizetype end = part(at);
    if (!prefixSize || end == at || m_input.byteAt(end) != ':') {
        if (prefixSize)
            *prefixSize = 0;
        return end;
    }
    const qsizetype localEnd = part(end + 1, true);
    if (localEnd == end + 1 || m_input.byteAt(localEnd) == ':')
        return at;
    *prefixSize = end - at;
    return localEnd;
}

// Whether QXmlStreamReader takes `name`, beyond ASCII, for an element's name: it checks it against
// XML's classes of name characters, which the scanner asks it for rather than repeat.
bool XmlMarkupScanner::isElementName(QByteArrayView name)
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

bool XmlMarkupScanner::skipSpace(qsizetype &at)
{
    const qsizetype from = at;
    while (isSpace(m_input.byteAt(at)))
        ++at;
    return at > from;
}

bool XmlMarkupScanner::reference(qsizetype &at, QByteArray &out)
{
    if (m_input.byteAt(at + 1) == '#') {
        const bool hex = m_input.byteAt(at + 2) == 'x';
        qsizetype i = at + (hex ? 3 : 2);
        char32_t value = 0;
        const qsizetype digitsFrom = i;
        for (;; ++i) {
            const int c = m_input.byteAt(i);
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
        if (i == digitsFrom || m_input.byteAt(i) != ';' || !isXmlChar(value)) {
            return fail("Invalid character reference.", at);
        }
        appendUtf8(out, value);
        at = i + 1;
        return true;
    }
    const qsizetype nameEnd = name(at + 1, Name::Caret, nullptr);
    if (nameEnd == at + 1 || m_input.byteAt(nameEnd) != ';') {
        return fail("Invalid entity reference.", at);
    }
    const QByteArrayView name = m_input.view(at + 1, nameEnd - at - 1);
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
            out.append(m_input.view(at, nameEnd + 1 - at));
        else
            out.append(value.toUtf8());
    }
    at = nameEnd + 1;
    return true;
}

bool XmlMarkupScanner::comment(qsizetype &at)
{
    for (qsizetype i = at + 4;; ++i) {
        const int c = m_input.byteAt(i);
        if (c < 0) {
            return fail("Premature end of document.", i);
        }
        if (c == '-' && m_input.byteAt(i + 1) == '-') {
            if (m_input.byteAt(i + 2) != '>') {
                return fail("Invalid comment.", i);
            }
            at = i + 3;
            return true;
        }
        if ((c < 0x20 && !isSpace(c)) ||
            (c == 0xEF && isNonCharacter(c, m_input.byteAt(i + 1), m_input.byteAt(i + 2)))) {
            return fail("Invalid XML character.", i);
        }
    }
}

bool XmlMarkupScanner::processingInstruction(qsizetype &at)
{
    const qsizetype nameEnd = name(at + 2, Name::Loose, nullptr);
    if (nameEnd == at + 2) {
        return fail("Invalid processing instruction.", at + 2);
    }
    if (nameEnd - at - 2 == 3 && m_input.view(at + 2, 3).compare("xml", Qt::CaseInsensitive) == 0) {
        return fail("XML declaration not at start of document.", at);
    }
    qsizetype i = nameEnd;
    if (m_input.startsWith(i, "?>")) {
        at = i + 2;
        return true;
    }
    if (!skipSpace(i)) {
        return fail("Invalid processing instruction.", i);
    }
    // A target with data after it must be a name of the strict kind (as QXmlStreamReader checks it).
    const QByteArray target = m_input.mid(at + 2, nameEnd - at - 2);
    if (!std::all_of(target.cbegin(), target.cend(), [](char c) { return isStrictNameChar(uchar(c)); }) ||
        !isElementName(target)) {
        return fail("Invalid processing instruction name.", at + 2);
    }
    for (;; ++i) {
        const int c = m_input.byteAt(i);
        if (c < 0) {
            return fail("Premature end of document.", i);
        }
        if (c == '?' && m_input.byteAt(i + 1) == '>') {
            at = i + 2;
            return true;
        }
        if ((c < 0x20 && !isSpace(c)) ||
            (c == 0xEF && isNonCharacter(c, m_input.byteAt(i + 1), m_input.byteAt(i + 2)))) {
            return fail("Invalid XML character.", i);
        }
    }
}

// <?xml version="1.0" encoding="..." standalone="..."?>, its pseudo-attributes in that order.
bool XmlMarkupScanner::xmlDeclaration(qsizetype &at)
{
    qsizetype i = 5;
    bool first = true;
    QByteArray seen;
    for (;;) {
        const bool spaced = skipSpace(i);
        if (m_input.startsWith(i, "?>"))
            break;
        const qsizetype nameEnd = name(i, Name::Strict, nullptr);
        const QByteArray name = m_input.mid(i, nameEnd - i);
        const int order = name == "version" ? 1 : name == "encoding" ? 2 : name == "standalone" ? 3 : 0;
        if (!spaced || order == 0 || (first && order != 1) || (!seen.isEmpty() && order <= seen.back())) {
            return fail("Invalid XML declaration.", i);
        }
        i = nameEnd;
        skipSpace(i);
        if (m_input.byteAt(i) != '=') {
            return fail("Invalid XML declaration.", i);
        }
        ++i;
        skipSpace(i);
        const int quote = m_input.byteAt(i);
        if (quote != '"' && quote != '\'') {
            return fail("Invalid XML declaration.", i);
        }
        const qsizetype valueStart = ++i;
        while (m_input.byteAt(i) >= 0 && m_input.byteAt(i) != quote && m_input.byteAt(i) != '<')
            ++i;
        if (m_input.byteAt(i) != quote) {
            return fail("Invalid XML declaration.", i);
        }
        const QByteArray value = m_input.mid(valueStart, i - valueStart);
        ++i;
        // XmlInput gives the scanner UTF-8 documents only: any other encoding here is a name it could not
        // read, which QXmlStreamReader refuses too.
        const QByteArray encoding = value.toLower();
        if ((order == 1 && value != "1.0") || (order == 3 && value != "yes" && value != "no") ||
            (order == 2 && encoding != "utf-8" && encoding != "utf8")) {
            return fail("Invalid XML declaration.", valueStart);
        }
        seen.append(char(order));
        first = false;
    }
    if (first) {
        return fail("Invalid XML declaration.", i);
    }
    at = i + 2;
    return true;
}

} // namespace Clearance
