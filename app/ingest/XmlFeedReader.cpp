#include "XmlFeedReader.h"

#include "XmlFeedNamespaces.h"
#include "html/HtmlEntities.h"
#include "html/HtmlSanitizer.h"

#include <QCoreApplication>

namespace Clearance {

using namespace XmlFeedNamespaces;

// An item as parsed, and the feed it came in, to be made an article on any thread.
struct XmlFeedReader::Parsed
{
    XmlFeedItem item;
    XmlFeedItem::Feed feed;
    qint64 position = 0; // among the feed's items
};

namespace {

QString escapedAttribute(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    return out;
}

} // namespace

XmlFeedReader::XmlFeedReader(QIODevice &device)
    : m_input(device)
{}

XmlFeedReader::~XmlFeedReader() = default;

QString XmlFeedReader::formatName() const
{
    switch (m_dialect) {
    case Dialect::Rss:
        return m_version.isEmpty() ? QStringLiteral("RSS") : QStringLiteral("RSS ") + m_version;
    case Dialect::Rdf:
        return m_version == QLatin1String("0.90") ? QStringLiteral("RSS 0.90") : QStringLiteral("RSS 1.0");
    case Dialect::Atom10:
        return QStringLiteral("Atom 1.0");
    case Dialect::Atom03:
        return QStringLiteral("Atom 0.3");
    case Dialect::Unknown:
        break;
    }
    return QStringLiteral("XML");
}

void XmlFeedReader::pushElement()
{
    const XmlAttributes attributes = m_input.attributes();
    QUrl base = m_bases.isEmpty() ? QUrl() : m_bases.last();
    const QStringView xmlBase = attributes.value(kXml, QLatin1String("base"));
    if (!xmlBase.isEmpty())
        base = base.isValid() ? base.resolved(QUrl(xmlBase.toString())) : QUrl(xmlBase.toString());
    QString language = m_languages.isEmpty() ? QString() : m_languages.last();
    const QStringView xmlLang = attributes.value(kXml, QLatin1String("lang"));
    if (!xmlLang.isEmpty())
        language = languageCode(xmlLang.toString());
    m_path.append(m_input.name().toString());
    m_bases.append(base);
    m_languages.append(language);
}

bool XmlFeedReader::start()
{
    m_started = true;
    while (!m_input.atEnd()) {
        const auto token = m_input.next();
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_input.name();
        const QStringView ns = m_input.namespaceUri();
        if (name == QLatin1String("rss") || (name == QLatin1String("channel") && ns.isEmpty())) {
            m_dialect = Dialect::Rss;
            m_version = m_input.attributes().value(QLatin1String("version")).toString();
        } else if (name == QLatin1String("RDF")) {
            m_dialect = Dialect::Rdf;
        } else if (name == QLatin1String("feed")) {
            m_dialect =
                ns == kAtom03 || m_input.attributes().value(QLatin1String("version")) == QLatin1String("0.3")
                    ? Dialect::Atom03
                    : Dialect::Atom10;
        } else if (name.compare(QLatin1String("opml"), Qt::CaseInsensitive) == 0) {
            refuseOpml();
            return false;
        } else {
            m_error = tr("it is XML but not a feed (its root element is <%1>); Clearance reads RSS, RSS 1.0 "
                         "(RDF), Atom, JSON Feed, JSON article lists, HTML pages and text")
                          .arg(m_input.qualifiedName());
            return false;
        }
        pushElement();
        return true;
    }
    m_error = m_input.error();
    if (m_error.isEmpty())
        m_error = tr("it holds no XML element");
    return false;
}

void XmlFeedReader::refuseOpml()
{
    int feeds = 0;
    QStringList examples;
    while (!m_input.atEnd()) {
        const auto token = m_input.next();
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token != QXmlStreamReader::StartElement || m_input.name() != QLatin1String("outline"))
            continue;
        const XmlAttributes a = m_input.attributes();
        if (a.value(QLatin1String("xmlUrl")).isEmpty())
            continue;
        ++feeds;
        if (examples.size() < 3) {
            QString label = a.value(QLatin1String("title")).toString().simplified();
            if (label.isEmpty())
                label = a.value(QLatin1String("text")).toString().simplified();
            if (label.isEmpty())
                label = a.value(QLatin1String("xmlUrl")).toString();
            examples.append(QLatin1Char('"') + label + QLatin1Char('"'));
        }
    }
    if (feeds == 0) {
        m_error = tr("it is an OPML file: a list of feeds, not of articles, and it lists no feed");
        return;
    }
    m_error = tr("it is an OPML file: a list of feeds, not of articles; it lists %n feed(s) such as %1. "
                 "To subscribe to them, use: clearance-cli sources import-opml FILE",
                 nullptr, feeds)
                  .arg(examples.join(QLatin1String(", ")));
}

XmlFeedContent XmlFeedReader::readContent()
{
    XmlFeedContent content;
    content.base = m_bases.isEmpty() ? QUrl() : m_bases.last();
    const XmlAttributes attributes = m_input.attributes();
    const QStringView xmlBase = attributes.value(kXml, QLatin1String("base"));
    if (!xmlBase.isEmpty())
        content.base = content.base.isValid() ? content.base.resolved(QUrl(xmlBase.toString()))
                                              : QUrl(xmlBase.toString());
    content.language = languageCode(attributes.value(kXml, QLatin1String("lang")).toString());
    content.type = attributes.value(QLatin1String("type")).toString().toLower();
    const QString mode = attributes.value(QLatin1String("mode")).toString().toLower();
    if (mode == QLatin1String("escaped"))
        content.type = QStringLiteral("html");
    int depth = 0;
    while (!m_input.atEnd()) {
        const QXmlStreamReader::TokenType token = m_input.next();
        // Past what an article can keep, the rest of the content is read (the document must still be
        // well-formed) and dropped: a giant item must not take the import's memory.
        if (!content.truncated && std::max(content.text.size(), content.markup.size()) > kMaxArticleSource)
            content.truncated = true;
        switch (token) {
        case QXmlStreamReader::Characters:
            if (content.truncated)
                break;
            // Markup is kept only once there is an element: most content is text (escaped HTML), one
            // token, taken rather than copied.
            if (content.hasElements)
                HtmlSanitizer::appendEscaped(content.markup, m_input.text());
            if (content.text.isEmpty())
                content.text = m_input.takeText();
            else
                content.text += m_input.text();
            break;
        case QXmlStreamReader::EntityReference: {
            if (content.truncated)
                break;
            // Undeclared in a document with an external DTD: the HTML entity, if it is one.
            QString value = HtmlEntities::lookup(m_input.name());
            if (value.isEmpty())
                value = QLatin1Char('&') + m_input.name() + QLatin1Char(';');
            content.text += value;
            if (content.hasElements)
                HtmlSanitizer::appendEscaped(content.markup, value);
            break;
        }
        case QXmlStreamReader::StartElement: {
            ++depth;
            if (content.truncated)
                break;
            if (!std::exchange(content.hasElements, true))
                HtmlSanitizer::appendEscaped(content.markup, content.text); // the text before it
            content.markup += QLatin1Char('<') + m_input.name();
            for (const XmlAttributes::Attribute &a : m_input.attributes()) {
                content.markup += QLatin1Char(' ') + a.name + QLatin1String("=\"") +
                                  escapedAttribute(a.value) + QLatin1Char('"');
            }
            content.markup += QLatin1Char('>');
            break;
        }
        case QXmlStreamReader::EndElement:
            if (depth == 0) {
                if (mode == QLatin1String("base64")) {
                    content.text = QString::fromUtf8(QByteArray::fromBase64(content.text.toLatin1()));
                    if (content.type.isEmpty())
                        content.type = QStringLiteral("html");
                }
                return content;
            }
            --depth;
            if (!content.truncated)
                content.markup += QLatin1String("</") + m_input.name() + QLatin1Char('>');
            break;
        case QXmlStreamReader::Invalid:
            return content;
        default:
            break;
        }
    }
    return content;
}

XmlFeedItem::Feed XmlFeedReader::feed() const
{
    return XmlFeedItem::Feed{m_dialect == Dialect::Rss, m_feedTitle, m_feedLink, m_feedId,
                             m_languages.isEmpty() ? QString() : m_languages.first()};
}

bool XmlFeedReader::read(QList<Article> &chunk, qsizetype max)
{
    QList<Parsed> items;
    const bool more = parse(items, max);
    for (const Parsed &p : std::as_const(items))
        deliver(p.item.toArticle(p.feed, p.position), chunk);
    return more;
}

bool XmlFeedReader::readDeferred(Completion &complete, qsizetype max)
{
    QList<Parsed> items;
    const bool more = parse(items, max);
    complete = [this, items = std::move(items)](QList<Article> &chunk) {
        for (const Parsed &p : items)
            deliver(p.item.toArticle(p.feed, p.position), chunk);
    };
    return more;
}

void XmlFeedReader::readItemChild(XmlFeedItem &item)
{
    const XmlAttributes attributes = m_input.attributes();
    const auto field = XmlFeedItem::fieldOf(m_input.name(), m_input.namespaceUri(), attributes);
    if (field == XmlFeedItem::Field::Link && attributes.hasAttribute(QLatin1String("href"))) {
        item.takeLink(attributes, m_bases.isEmpty() ? QUrl() : m_bases.last()); // Atom
        readContent(); // its content, if any, says nothing
        return;
    }
    item.take(field, readContent(), attributes);
}

// The item's elements, up to its end tag (pushed by the caller, popped here); false on an error.
bool XmlFeedReader::readItem(XmlFeedItem &item)
{
    int depth = 0;
    while (!m_input.atEnd()) {
        switch (m_input.next()) {
        case QXmlStreamReader::StartElement:
            if (m_input.namespaceUri() == kMedia &&
                (m_input.name() == QLatin1String("group") || m_input.name() == QLatin1String("content"))) {
                ++depth; // descend: their children are read as the item's
                continue;
            }
            readItemChild(item);
            break;
        case QXmlStreamReader::EndElement:
            if (depth > 0) {
                --depth;
                break;
            }
            m_path.removeLast();
            m_bases.removeLast();
            m_languages.removeLast();
            return true;
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
    return false;
}

bool XmlFeedReader::parse(QList<Parsed> &items, qsizetype max)
{
    if (m_done)
        return false;
    if (!m_started && !start()) {
        m_done = true;
        return false;
    }
    while (!m_input.atEnd()) {
        const auto token = m_input.next();
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token == QXmlStreamReader::EndElement) {
            if (!m_path.isEmpty()) {
                m_path.removeLast();
                m_bases.removeLast();
                m_languages.removeLast();
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_input.name();
        if (name == QLatin1String("item") || name == QLatin1String("entry")) {
            pushElement(); // the item's own xml:base and xml:lang
            XmlFeedItem item(m_bases.last(), m_languages.last());
            if (!readItem(item))
                break;
            items.append(Parsed{std::move(item), feed(), ++m_items});
            if (items.size() >= max)
                return true;
            continue;
        }
        const QString parent = m_path.isEmpty() ? QString() : m_path.last();
        const bool feedLevel = parent == QLatin1String("channel") || parent == QLatin1String("feed");
        const QStringView ns = m_input.namespaceUri();
        if (feedLevel && (name == QLatin1String("title") || name == QLatin1String("link") ||
                          name == QLatin1String("id") || name == QLatin1String("language"))) {
            const bool atomLink =
                name == QLatin1String("link") && m_input.attributes().hasAttribute(QLatin1String("href"));
            const QString rel = m_input.attributes().value(QLatin1String("rel")).toString();
            const QString href = m_input.attributes().value(QLatin1String("href")).toString();
            const XmlFeedContent content = readContent();
            if (ns == kAtom10 || ns == kAtom03 || ns.isEmpty() || ns == kRss10 || ns == kRss090 ||
                ns == kDc) {
                if (name == QLatin1String("title"))
                    m_feedTitle = content.asLine();
                else if (name == QLatin1String("id"))
                    m_feedId = content.text.trimmed();
                else if (name == QLatin1String("language") && m_languages.size() > 0)
                    m_languages.first() = languageCode(content.text);
                else if (atomLink && (rel.isEmpty() || rel == QLatin1String("alternate")))
                    m_feedLink = href;
                else if (!atomLink && m_feedLink.isEmpty())
                    m_feedLink = content.text.trimmed();
            }
            continue;
        }
        pushElement();
    }
    m_done = true;
    m_error = m_input.error();
    return false;
}

} // namespace Clearance
