#include "XmlScanner.h"

#include "Utf8.h"
#include "XmlCharacters.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace Clearance {

using namespace XmlCharacters;

namespace {

constexpr qsizetype kKnownNames = 64;
// Attributes of one element looked through one by one for a name given twice; more go by hash.
constexpr size_t kLinearSearch = 16;

// Adds `key` unless it is there: false when it was.
bool addNew(QSet<QString> &set, const QString &key)
{
    const qsizetype before = set.size();
    set.insert(key);
    return set.size() > before;
}

QString xmlNamespace()
{
    return QStringLiteral("http://www.w3.org/XML/1998/namespace");
}

} // namespace

XmlScanner::XmlScanner(QIODevice &device)
    : m_input(device)
{
    m_knownNames.reserve(kKnownNames); // references to them stay valid until a name replaces another
}

QString XmlScanner::qualifiedName() const
{
    return decodeUtf8(m_qualifiedName);
}

const XmlScanner::KnownName &XmlScanner::known(QByteArrayView qualifiedName, qsizetype prefixSize)
{
    for (const KnownName &n : m_knownNames) {
        if (n.qualifiedName == qualifiedName)
            return n;
    }
    KnownName name{qualifiedName.toByteArray(),
                   decodeUtf8(qualifiedName.sliced(prefixSize ? prefixSize + 1 : 0))};
    if (qsizetype(m_knownNames.size()) < kKnownNames) {
        m_knownNames.push_back(std::move(name));
        return m_knownNames.back();
    }
    KnownName &slot = m_knownNames[size_t(m_nextKnownName)];
    m_nextKnownName = (m_nextKnownName + 1) % kKnownNames;
    slot = std::move(name);
    return slot;
}

XmlScanner::TokenType XmlScanner::fail(const char *message, qsizetype at)
{
    m_error = QString::fromLatin1(message);
    std::tie(m_errorLine, m_errorColumn) = m_input.lineAndColumn(at);
    m_atEnd = true;
    return QXmlStreamReader::Invalid;
}

XmlScanner::TokenType XmlScanner::next()
{
    if (m_atEnd)
        return hasError() || m_unsupported ? QXmlStreamReader::Invalid : QXmlStreamReader::EndDocument;
    if (!m_started) {
        m_started = true;
        if (m_input.startsWith(0, "<?xml") && isSpace(byteAt(5)) && !m_markup.xmlDeclaration(m_pos))
            return failInMarkup();
        return QXmlStreamReader::StartDocument;
    }
    if (m_pendingEnd) {
        m_pendingEnd = false;
        return endElement();
    }
    if (m_input.badEncoding())
        return fail("Encountered incorrectly encoded content.", m_input.checked());
    // What was read is dropped a block at a time.
    if (m_pos >= XmlScanBuffer::kBlockSize) {
        m_input.dropBefore(m_pos);
        m_pos = 0;
    }
    return scanContent();
}

XmlScanner::TokenType XmlScanner::scanContent()
{
    const bool inRoot = !m_elements.empty();
    m_textBytes = std::exchange(m_textCarry, {});
    qsizetype at = m_pos;
    if (m_inCdata && !scanCdata(at))
        return QXmlStreamReader::Invalid;
    for (;;) {
        if (inRoot && m_textBytes.size() >= kTextChunk) {
            // A long text goes out in chunks, cut between characters, so that neither the buffer nor
            // a token holds all of it: the reader keeps what an article can use and drops the rest.
            const qsizetype cut = Utf8::completeLength(m_textBytes);
            m_textCarry = m_textBytes.sliced(cut);
            m_textBytes.truncate(cut);
            m_pos = at;
            m_text = decodeUtf8(m_textBytes);
            return QXmlStreamReader::Characters;
        }
        if (m_inCdata && !scanCdata(at))
            return QXmlStreamReader::Invalid;
        const qsizetype runStart = at;
        for (;;) {
            const char *data = m_input.data();
            const qsizetype size = m_input.size();
            while (at < size && !kTextStops[uchar(data[at])])
                ++at;
            if (at < size || at - runStart >= kTextChunk || !m_input.readMore())
                break;
        }
        at = std::min(at, m_input.size()); // the end of the file may have dropped a cut character
        // The run stopped short of a stop byte and of the file's end: a chunk's worth of text.
        const bool cut = at == m_input.size() && !m_input.deviceDone();
        if (inRoot) {
            m_textBytes.append(m_input.data() + runStart, at - runStart);
            if (cut)
                continue; // out it goes
        } else {
            const char *data = m_input.data();
            const char *text =
                std::find_if_not(data + runStart, data + at, [](char c) { return isSpace(c); });
            if (text != data + at)
                return fail(m_rootSeen ? "Extra content at end of document." : "Start tag expected.",
                            text - data);
            if (cut)
                continue;
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
                // False after an error, or at a document type declaration (unsupported()).
                if (!scanMarkupInText(at, inRoot))
                    return QXmlStreamReader::Invalid;
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
            if (!m_markup.reference(at, m_textBytes))
                return failInMarkup();
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
            if (m_input.startsWith(at, "]]>"))
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
    if (byteAt(at + 1) == '?' || m_input.startsWith(at, "<!--")) {
        if (byteAt(at + 1) == '?' ? m_markup.processingInstruction(at) : m_markup.comment(at))
            return true;
        failInMarkup();
        return false;
    }
    if (m_input.startsWith(at, "<![CDATA[")) {
        if (!inRoot) {
            fail(m_rootSeen ? "Extra content at end of document." : "Start tag expected.", at);
            return false;
        }
        at += 9;
        m_inCdata = true;
        return scanCdata(at);
    }
    if (m_input.startsWith(at, "<!DOCTYPE") && !m_rootSeen) {
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
            m_textBytes.append(m_input.data() + from, i - from);
            at = i;
            return true;
        }
        const int c = byteAt(i);
        if (c < 0) {
            fail("Premature end of document.", i);
            return false;
        }
        if (c == ']' && m_input.startsWith(i, "]]>")) {
            m_textBytes.append(m_input.data() + from, i - from);
            at = i + 3;
            m_inCdata = false;
            return true;
        }
        if (c == '\r') {
            m_textBytes.append(m_input.data() + from, i - from);
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

XmlScanner::TokenType XmlScanner::scanStartTag(qsizetype at)
{
    if (m_rootSeen && m_elements.empty())
        return fail("Extra content at end of document.", at);
    qsizetype prefixSize = 0;
    const qsizetype nameEnd = m_markup.name(at + 1, Name::Strict, &prefixSize);
    if (nameEnd == at + 1)
        return fail(byteAt(at + 1) < 0 ? "Premature end of document." : "Invalid element name.", at + 1);
    Element element;
    {
        // A named view: a reference returned by a call given a temporary may point into it
        // (-Wdangling-reference); this one points into the cache of names.
        const QByteArrayView qualifiedName = m_input.view(at + 1, nameEnd - at - 1);
        const KnownName &name = known(qualifiedName, prefixSize);
        element.qualifiedName = name.qualifiedName;
        element.name = name.name;
    }
    if (!m_markup.isElementName(element.qualifiedName))
        return fail("Invalid XML name.", at + 1);
    m_rawAttributes.clear();
    // The attribute names met so far in this tag, to find one given twice: by a linear search while
    // they are few (nearly every element), by hash beyond, so that an element with 200,000 attributes
    // takes linear time, not quadratic.
    std::vector<QByteArray> names;
    QSet<QByteArray> nameSet;
    const size_t bindingsBefore = m_bindings.size();
    qsizetype i = nameEnd;
    bool empty = false;
    for (;;) {
        const bool spaced = m_markup.skipSpace(i);
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
        const qsizetype attributeEnd = m_markup.name(i, Name::Caret, &attribute.prefixSize);
        if (!spaced || attributeEnd == i)
            return fail("Invalid attribute.", i);
        attribute.qualifiedName = m_input.mid(i, attributeEnd - i);
        i = attributeEnd;
        m_markup.skipSpace(i);
        if (byteAt(i) != '=')
            return fail(byteAt(i) < 0 ? "Premature end of document." : "Expected '='.", i);
        ++i;
        m_markup.skipSpace(i);
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
                if (!m_markup.reference(i, value))
                    return failInMarkup();
                continue;
            }
            if (v == '\r' && byteAt(i + 1) == '\n')
                ++i;
            if ((v < 0x20 && !isSpace(v)) || (v == 0xEF && isNonCharacter(v, byteAt(i + 1), byteAt(i + 2))))
                return fail("Invalid XML character.", i);
            value.append(isSpace(v) ? ' ' : char(v));
            ++i;
        }
        // A namespace declared twice on one element is not an error to QXmlStreamReader (the last one
        // counts); an attribute given twice is.
        const bool declaresNamespace =
            attribute.qualifiedName == "xmlns" ||
            (attribute.prefixSize == 5 && attribute.qualifiedName.startsWith("xmlns"));
        if (!declaresNamespace) {
            if (names.size() < kLinearSearch) {
                if (std::find(names.cbegin(), names.cend(), attribute.qualifiedName) != names.cend())
                    return fail("Attribute redefined.", attributeEnd);
                names.push_back(attribute.qualifiedName);
            } else {
                if (nameSet.isEmpty())
                    nameSet = QSet<QByteArray>(names.cbegin(), names.cend());
                if (nameSet.contains(attribute.qualifiedName))
                    return fail("Attribute redefined.", attributeEnd);
                nameSet.insert(attribute.qualifiedName);
            }
        }
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
    m_attributes.clear();
    // The same for expanded names (two prefixes may stand for one namespace), keyed by namespace and
    // local name, which a NUL cannot occur in.
    QSet<QString> expandedNames;
    const bool many = m_rawAttributes.size() > kLinearSearch;
    for (const Attribute &a : m_rawAttributes) {
        QString uri;
        if (!resolve(a.qualifiedName, a.prefixSize, true, uri))
            return fail("Namespace prefix not declared.", at + 1);
        const KnownName &known = this->known(a.qualifiedName, a.prefixSize);
        const QString &name = known.name;
        const bool twice = many ? !addNew(expandedNames, uri + QChar(u'\0') + name)
                                : std::any_of(m_attributes.begin(), m_attributes.end(), [&](const auto &b) {
                                      return b.name == name && b.namespaceUri == uri;
                                  });
        if (twice)
            return fail("Attribute redefined.", at + 1);
        m_attributes.append({uri, name, decodeUtf8(a.qualifiedName), a.value});
    }
    m_rootSeen = true;
    m_name = element.name;
    m_namespaceUri = element.namespaceUri;
    m_qualifiedName = element.qualifiedName;
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
    const qsizetype nameEnd = m_markup.name(at + 2, Name::Loose, &prefixSize);
    qsizetype i = nameEnd;
    m_markup.skipSpace(i);
    if (byteAt(i) != '>')
        return fail(byteAt(i) < 0 ? "Premature end of document." : "Expected '>'.", i);
    if (m_elements.empty() || m_input.view(at + 2, nameEnd - at - 2) != m_elements.back().qualifiedName)
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
    m_qualifiedName = element.qualifiedName;
    return QXmlStreamReader::EndElement;
}

} // namespace Clearance