// XmlFeedReader's items: which of an item's elements says what, and the article it makes (the
// feed and its chunks are in XmlFeedReader.cpp).

#include "DateTimeParser.h"
#include "XmlFeedParts.h"

namespace Clearance {

using namespace XmlFeedNamespaces;

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
                                              const XmlAttributes &attributes)
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
    const XmlAttributes attributes = m_input.attributes();
    const bool dublinCore = m_input.namespaceUri() == kDc || m_input.namespaceUri() == kDcTerms;
    const Field field = itemField(m_input.name(), m_input.namespaceUri(), attributes);
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

Article XmlFeedReader::finish(const Parsed &parsed)
{
    const Item &item = parsed.item;
    const Feed &feed = parsed.feed;
    Article a;
    a.title = item.title;
    a.position = parsed.position;
    // The fullest text that has words: a content element left empty, or holding only an image that
    // sanitizing drops, gives way to the summary, then to a Media RSS description.
    const Content *text = nullptr;
    for (const std::optional<Content> *candidate : {&item.body, &item.summary, &item.media}) {
        if (!*candidate)
            continue;
        SanitizedHtml html = (*candidate)->asHtml();
        if (!text || !html.text.isEmpty()) {
            text = &**candidate;
            a.body = std::move(html.text);
            a.html = std::move(html.html);
            if (text->truncated)
                a.notes |= ArticleNote::Truncated;
            else
                a.notes &= ~ArticleNotes(ArticleNote::Truncated);
        }
        if (!a.body.isEmpty())
            break;
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

} // namespace Clearance
