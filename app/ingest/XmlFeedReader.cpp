#include "XmlFeedReader.h"

#include "DateTimeParser.h"
#include "HtmlEntities.h"
#include "HtmlSanitizer.h"

#include <QCoreApplication>

#include <optional>

namespace Clearance {

namespace {

const QLatin1String kAtom10("http://www.w3.org/2005/Atom");
const QLatin1String kAtom03("http://purl.org/atom/ns#");
const QLatin1String kRss10("http://purl.org/rss/1.0/");
const QLatin1String kRss090("http://my.netscape.com/rdf/simple/0.9/");
const QLatin1String kContent("http://purl.org/rss/1.0/modules/content/");
const QLatin1String kDc("http://purl.org/dc/elements/1.1/");
const QLatin1String kDcTerms("http://purl.org/dc/terms/");
const QLatin1String kMedia("http://search.yahoo.com/mrss/");
const QLatin1String kXml("http://www.w3.org/XML/1998/namespace");

QString escapedAttribute(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    return out;
}

} // namespace

// An element's content: its text, and the same as markup when it holds elements (inline XHTML).
struct XmlFeedReader::Content
{
    QString text;
    QString markup;
    bool hasElements = false;
    QUrl base;
    QString language;
    QString type; // Atom's type (or Atom 0.3's mode), lower case

    // As HTML, whatever form it came in.
    SanitizedHtml asHtml() const
    {
        if (hasElements)
            return HtmlSanitizer::sanitize(markup, base);
        if (type == QLatin1String("text") || type == QLatin1String("text/plain"))
            return SanitizedHtml{HtmlSanitizer::plainParagraphs(text), {}};
        if (type == QLatin1String("html") || type == QLatin1String("text/html") ||
            type == QLatin1String("escaped"))
            return HtmlSanitizer::sanitize(text, base);
        return HtmlSanitizer::fromContent(text, base);
    }
    QString asLine() const { return HtmlSanitizer::singleLine(hasElements ? markup : text); }
};

// What an item says, gathered before it becomes an article.
struct XmlFeedReader::Item
{
    QString title;
    bool titleIsHtml = false;
    QString link;
    QString id;
    bool idIsPermaLink = false;
    std::optional<Content> body;    // content:encoded, Atom content
    std::optional<Content> summary; // description, summary
    std::optional<Content> media;   // media:description
    QString published;
    QString updated;
    QString language;
    QString source;
    QUrl base;
};

XmlFeedReader::XmlFeedReader(QIODevice &device)
    : m_input(device)
    , m_reader(m_input.reader())
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
    const QXmlStreamAttributes attributes = m_reader.attributes();
    QUrl base = m_bases.isEmpty() ? QUrl() : m_bases.last();
    const QStringView xmlBase = attributes.value(kXml, QLatin1String("base"));
    if (!xmlBase.isEmpty())
        base = base.isValid() ? base.resolved(QUrl(xmlBase.toString())) : QUrl(xmlBase.toString());
    QString language = m_languages.isEmpty() ? QString() : m_languages.last();
    const QStringView xmlLang = attributes.value(kXml, QLatin1String("lang"));
    if (!xmlLang.isEmpty())
        language = languageCode(xmlLang.toString());
    m_path.append(m_reader.name().toString());
    m_bases.append(base);
    m_languages.append(language);
}

bool XmlFeedReader::start()
{
    m_started = true;
    while (!m_reader.atEnd()) {
        const auto token = m_input.next();
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_reader.name();
        const QStringView ns = m_reader.namespaceUri();
        if (name == QLatin1String("rss") || (name == QLatin1String("channel") && ns.isEmpty())) {
            m_dialect = Dialect::Rss;
            m_version = m_reader.attributes().value(QLatin1String("version")).toString();
        } else if (name == QLatin1String("RDF")) {
            m_dialect = Dialect::Rdf;
        } else if (name == QLatin1String("feed")) {
            m_dialect =
                ns == kAtom03 || m_reader.attributes().value(QLatin1String("version")) == QLatin1String("0.3")
                    ? Dialect::Atom03
                    : Dialect::Atom10;
        } else if (name.compare(QLatin1String("opml"), Qt::CaseInsensitive) == 0) {
            refuseOpml();
            return false;
        } else {
            m_error = tr("it is XML but not a feed (its root element is <%1>); Clearance reads RSS, RSS 1.0 "
                         "(RDF), Atom, JSON Feed, JSON article lists, HTML pages and text")
                          .arg(m_reader.qualifiedName());
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
    while (!m_reader.atEnd()) {
        const auto token = m_input.next();
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token != QXmlStreamReader::StartElement || m_reader.name() != QLatin1String("outline"))
            continue;
        const QXmlStreamAttributes a = m_reader.attributes();
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
                 "Import the feeds' own files instead",
                 nullptr, feeds)
                  .arg(examples.join(QLatin1String(", ")));
}

XmlFeedReader::Content XmlFeedReader::readContent()
{
    Content content;
    content.base = m_bases.isEmpty() ? QUrl() : m_bases.last();
    const QXmlStreamAttributes attributes = m_reader.attributes();
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
    while (!m_reader.atEnd()) {
        switch (m_input.next()) {
        case QXmlStreamReader::Characters:
            content.text += m_reader.text();
            // Markup is kept only once there is an element: most content is text (escaped HTML).
            if (content.hasElements)
                HtmlSanitizer::appendEscaped(content.markup, m_reader.text());
            break;
        case QXmlStreamReader::EntityReference: {
            // Undeclared in a document with an external DTD: the HTML entity, if it is one.
            QString value = HtmlEntities::lookup(m_reader.name());
            if (value.isEmpty())
                value = QLatin1Char('&') + m_reader.name() + QLatin1Char(';');
            content.text += value;
            if (content.hasElements)
                HtmlSanitizer::appendEscaped(content.markup, value);
            break;
        }
        case QXmlStreamReader::StartElement: {
            ++depth;
            if (!std::exchange(content.hasElements, true))
                HtmlSanitizer::appendEscaped(content.markup, content.text); // the text before it
            content.markup += QLatin1Char('<') + m_reader.name();
            for (const QXmlStreamAttribute &a : m_reader.attributes()) {
                content.markup += QLatin1Char(' ') + a.name() + QLatin1String("=\"") +
                                  escapedAttribute(a.value().toString()) + QLatin1Char('"');
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
            content.markup += QLatin1String("</") + m_reader.name() + QLatin1Char('>');
            break;
        case QXmlStreamReader::Invalid:
            return content;
        default:
            break;
        }
    }
    return content;
}

// What an item's child element gives the item.
enum class XmlFeedReader::Field
{
    Ignored,
    Title,
    Link,
    Guid,
    Id,
    Body,        // Atom's content (inline)
    EncodedBody, // content:encoded: HTML, whatever its attributes say
    Summary,     // description, summary, dc:description
    Media,       // media:description
    Published,
    Updated,
    Language,
    Source,
    AltTitle, // dc:title, media:title: the title when the item has none
    AltId,    // dc:identifier: the id when the item has none
};

// Which field an element is, from its name and namespace (only views are valid before the content is
// read; classifying first spares a copy of both for each of the items' many elements).
XmlFeedReader::Field XmlFeedReader::itemField(QStringView name, QStringView ns,
                                              const QXmlStreamAttributes &attributes)
{
    const bool main = ns.isEmpty() || ns == kAtom10 || ns == kAtom03 || ns == kRss10 || ns == kRss090;
    if (main) {
        if (name == QLatin1String("title"))
            return Field::Title;
        if (name == QLatin1String("link"))
            return Field::Link;
        if (name == QLatin1String("guid"))
            return Field::Guid;
        if (name == QLatin1String("id"))
            return Field::Id;
        if (name == QLatin1String("content"))
            return attributes.hasAttribute(QLatin1String("src")) ? Field::Ignored : Field::Body;
        if (name == QLatin1String("description") || name == QLatin1String("summary"))
            return Field::Summary;
        if (name == QLatin1String("pubDate") || name == QLatin1String("published") ||
            name == QLatin1String("issued") || name == QLatin1String("created"))
            return Field::Published;
        if (name == QLatin1String("updated") || name == QLatin1String("modified"))
            return Field::Updated;
        if (name == QLatin1String("source"))
            return Field::Source;
        return Field::Ignored;
    }
    if (ns == kContent && name == QLatin1String("encoded"))
        return Field::EncodedBody;
    if (ns == kDc || ns == kDcTerms) {
        if (name == QLatin1String("date") || name == QLatin1String("issued") ||
            name == QLatin1String("created"))
            return Field::Published;
        if (name == QLatin1String("modified"))
            return Field::Updated;
        if (name == QLatin1String("language"))
            return Field::Language;
        if (name == QLatin1String("title"))
            return Field::AltTitle;
        if (name == QLatin1String("description"))
            return Field::Summary;
        if (name == QLatin1String("identifier"))
            return Field::AltId;
        return Field::Ignored;
    }
    if (ns == kMedia) {
        if (name == QLatin1String("description"))
            return Field::Media;
        if (name == QLatin1String("title"))
            return Field::AltTitle;
    }
    return Field::Ignored;
}

void XmlFeedReader::readItemChild(Item &item)
{
    const QXmlStreamAttributes attributes = m_reader.attributes();
    const bool dublinCore = m_reader.namespaceUri() == kDc || m_reader.namespaceUri() == kDcTerms;
    const Field field = itemField(m_reader.name(), m_reader.namespaceUri(), attributes);
    if (field == Field::Link && attributes.hasAttribute(QLatin1String("href"))) {
        // Atom: the alternate link (the default relation) is the article's page.
        const QStringView rel = attributes.value(QLatin1String("rel"));
        const QString href = attributes.value(QLatin1String("href")).toString();
        const QUrl base = m_bases.isEmpty() ? QUrl() : m_bases.last();
        if ((rel.isEmpty() || rel == QLatin1String("alternate")) && item.link.isEmpty())
            item.link = base.isValid() ? base.resolved(QUrl(href)).toString() : href;
        readContent();
        return;
    }
    Content content = readContent();
    switch (field) {
    case Field::Ignored:
        break;
    case Field::Title:
        item.title = content.asLine();
        break;
    case Field::Link: {
        const QString href = content.text.trimmed();
        item.link = content.base.isValid() ? content.base.resolved(QUrl(href)).toString() : href;
        break;
    }
    case Field::Guid:
        item.id = content.text.trimmed();
        item.idIsPermaLink = attributes.value(QLatin1String("isPermaLink"))
                                 .compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
        break;
    case Field::Id:
        item.id = content.text.trimmed();
        break;
    case Field::Body:
        item.body = std::move(content);
        break;
    case Field::EncodedBody:
        content.type = QStringLiteral("html");
        item.body = std::move(content);
        break;
    case Field::Summary:
        // dc:description stands in for a missing description only.
        if (!dublinCore || !item.summary)
            item.summary = std::move(content);
        break;
    case Field::Media:
        if (!item.media)
            item.media = std::move(content);
        break;
    case Field::Published:
        if (item.published.isEmpty())
            item.published = content.text;
        break;
    case Field::Updated:
        item.updated = content.text;
        break;
    case Field::Language:
        item.language = languageCode(content.text);
        break;
    case Field::Source: {
        // RSS: the channel the item came from; Atom: a nested feed description (its title).
        const QString text = content.hasElements ? QString() : content.text.simplified();
        if (!text.isEmpty())
            item.source = text;
        break;
    }
    case Field::AltTitle:
        if (item.title.isEmpty())
            item.title = content.asLine();
        break;
    case Field::AltId:
        if (item.id.isEmpty())
            item.id = content.text.trimmed();
        break;
    }
}

bool XmlFeedReader::readItem(Item &item)
{
    item.base = m_bases.isEmpty() ? QUrl() : m_bases.last();
    pushElement(); // the item's own xml:base and xml:lang
    item.base = m_bases.last();
    item.language = m_languages.last();
    int depth = 0;
    while (!m_reader.atEnd()) {
        switch (m_input.next()) {
        case QXmlStreamReader::StartElement:
            if (m_reader.namespaceUri() == kMedia &&
                (m_reader.name() == QLatin1String("group") || m_reader.name() == QLatin1String("content"))) {
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

Article XmlFeedReader::finish(const Item &item, const Feed &feed)
{
    Article a;
    a.title = item.title;
    const Content *text = item.body      ? &*item.body
                          : item.summary ? &*item.summary
                          : item.media   ? &*item.media
                                         : nullptr;
    if (text) {
        SanitizedHtml html = text->asHtml();
        a.body = std::move(html.text);
        a.html = std::move(html.html);
    }
    const QUrl base = item.base.isValid() ? item.base : QUrl(feed.link);
    a.url = HtmlSanitizer::safeLink(item.link, base);
    if (a.url.isEmpty() && item.idIsPermaLink && feed.dialect == Dialect::Rss)
        a.url = HtmlSanitizer::safeLink(item.id, base);
    a.source = item.source.isEmpty() ? feed.title : item.source;
    a.language = !item.language.isEmpty() ? item.language : (text ? text->language : QString());
    if (a.language.isEmpty())
        a.language = feed.language;
    a.published = DateTimeParser::parse(item.published);
    if (!a.published.isValid())
        a.published = DateTimeParser::parse(item.updated);
    if (!item.id.isEmpty())
        a.guid = qualifiedId(item.id, !feed.id.isEmpty()     ? feed.id
                                      : !feed.link.isEmpty() ? feed.link
                                                             : feed.title);
    else if (!a.url.isEmpty())
        a.guid = a.url;
    return a;
}

// An item as parsed, and the feed it came in, to be finished into an article on any thread.
struct XmlFeedReader::Parsed
{
    Item item;
    Feed feed;
};

XmlFeedReader::Feed XmlFeedReader::feed() const
{
    return Feed{m_dialect, m_feedTitle, m_feedLink, m_feedId,
                m_languages.isEmpty() ? QString() : m_languages.first()};
}

bool XmlFeedReader::read(QList<Article> &chunk, qsizetype max)
{
    QList<Parsed> items;
    const bool more = parse(items, max);
    for (const Parsed &p : std::as_const(items))
        deliver(finish(p.item, p.feed), chunk);
    return more;
}

bool XmlFeedReader::readDeferred(Completion &complete, qsizetype max)
{
    QList<Parsed> items;
    const bool more = parse(items, max);
    complete = [this, items = std::move(items)](QList<Article> &chunk) {
        for (const Parsed &p : items)
            deliver(finish(p.item, p.feed), chunk);
    };
    return more;
}

bool XmlFeedReader::parse(QList<Parsed> &items, qsizetype max)
{
    if (m_done)
        return false;
    if (!m_started && !start()) {
        m_done = true;
        return false;
    }
    while (!m_reader.atEnd()) {
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
        const QStringView name = m_reader.name();
        if (name == QLatin1String("item") || name == QLatin1String("entry")) {
            Item item;
            if (!readItem(item))
                break;
            items.append(Parsed{std::move(item), feed()});
            if (items.size() >= max)
                return true;
            continue;
        }
        const QString parent = m_path.isEmpty() ? QString() : m_path.last();
        const bool feedLevel = parent == QLatin1String("channel") || parent == QLatin1String("feed");
        const QStringView ns = m_reader.namespaceUri();
        if (feedLevel && (name == QLatin1String("title") || name == QLatin1String("link") ||
                          name == QLatin1String("id") || name == QLatin1String("language"))) {
            const bool atomLink =
                name == QLatin1String("link") && m_reader.attributes().hasAttribute(QLatin1String("href"));
            const QString rel = m_reader.attributes().value(QLatin1String("rel")).toString();
            const QString href = m_reader.attributes().value(QLatin1String("href")).toString();
            const Content content = readContent();
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
