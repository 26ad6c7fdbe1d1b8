#include "HtmlTokenizer.h"

#include "HtmlEntities.h"

namespace Clearance {

namespace {

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f';
}

// Elements whose content is not markup: it runs to the matching end tag.
bool isRawText(const QString &name)
{
    static const QStringList names{QStringLiteral("script"),   QStringLiteral("style"),
                                   QStringLiteral("xmp"),      QStringLiteral("iframe"),
                                   QStringLiteral("noembed"),  QStringLiteral("noframes"),
                                   QStringLiteral("noscript"), QStringLiteral("textarea"),
                                   QStringLiteral("title"),    QStringLiteral("plaintext")};
    return names.contains(name);
}

// Title and textarea hold text with character references; the others hold code.
bool decodesReferences(const QString &name)
{
    return name == QLatin1String("title") || name == QLatin1String("textarea");
}

} // namespace

QString HtmlToken::attribute(QLatin1String name) const
{
    for (const auto &[key, value] : attributes) {
        if (key == name)
            return value;
    }
    return {};
}

bool HtmlToken::hasAttribute(QLatin1String name) const
{
    for (const auto &attribute : attributes) {
        if (attribute.first == name)
            return true;
    }
    return false;
}

HtmlTokenizer::HtmlTokenizer(QStringView html)
    : m_html(html)
{}

bool HtmlTokenizer::next(HtmlToken &token)
{
    token = HtmlToken();
    const qsizetype n = m_html.size();
    if (!m_rawTextEnd.isEmpty()) {
        // The content runs to "</name" followed by a space, '/' or '>' (or to the end).
        const QString element = m_rawTextEnd;
        m_rawTextEnd.clear();
        const QString closing = QLatin1String("</") + element;
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
        if (end > m_pos) {
            m_tokenStart = m_pos;
            const QStringView raw = m_html.mid(m_pos, end - m_pos);
            token.text = decodesReferences(element) ? HtmlEntities::decode(raw) : raw.toString();
            m_pos = end;
            return true;
        }
    }
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
        token.text = HtmlEntities::decode(m_html.mid(m_pos, end - m_pos));
        m_pos = end;
        return true;
    }
    return false;
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
            token.text = m_html.mid(m_pos + 9, stop - m_pos - 9).toString();
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
    token.name = m_html.mid(nameStart, i - nameStart).toString().toLower();
    m_pos = i;
    readAttributes(token);
    if (end)
        token.attributes.clear();
    else if (!token.selfClosing && isRawText(token.name))
        m_rawTextEnd = token.name;
    return true;
}

void HtmlTokenizer::readAttributes(HtmlToken &token)
{
    const qsizetype n = m_html.size();
    qsizetype i = m_pos;
    while (i < n) {
        while (i < n && (isSpace(m_html.at(i)) || m_html.at(i) == QLatin1Char('/'))) {
            if (m_html.at(i) == QLatin1Char('/') && i + 1 < n && m_html.at(i + 1) == QLatin1Char('>'))
                token.selfClosing = true;
            ++i;
        }
        if (i >= n)
            break;
        if (m_html.at(i) == QLatin1Char('>')) {
            ++i;
            break;
        }
        const qsizetype nameStart = i;
        while (i < n && !isSpace(m_html.at(i)) && m_html.at(i) != QLatin1Char('=') &&
               m_html.at(i) != QLatin1Char('>') && !(m_html.at(i) == QLatin1Char('/') && i > nameStart))
            ++i;
        const QString name = m_html.mid(nameStart, i - nameStart).toString().toLower();
        while (i < n && isSpace(m_html.at(i)))
            ++i;
        QString value;
        if (i < n && m_html.at(i) == QLatin1Char('=')) {
            ++i;
            while (i < n && isSpace(m_html.at(i)))
                ++i;
            if (i < n && (m_html.at(i) == QLatin1Char('"') || m_html.at(i) == QLatin1Char('\''))) {
                const QChar quote = m_html.at(i);
                const qsizetype close = m_html.indexOf(quote, i + 1);
                const qsizetype stop = close < 0 ? n : close;
                value = HtmlEntities::decode(m_html.mid(i + 1, stop - i - 1), true);
                i = close < 0 ? n : close + 1;
            } else {
                const qsizetype start = i;
                while (i < n && !isSpace(m_html.at(i)) && m_html.at(i) != QLatin1Char('>'))
                    ++i;
                value = HtmlEntities::decode(m_html.mid(start, i - start), true);
            }
        }
        if (!name.isEmpty())
            token.attributes.append({name, value});
    }
    m_pos = i;
}

} // namespace Clearance
