#include "XmlFeedItem.h"

#include "ArticleReader.h"
#include "DateTimeParser.h"
#include "XmlFeedNamespaces.h"

namespace Clearance {

using namespace XmlFeedNamespaces;

XmlFeedItem::XmlFeedItem(QUrl base, QString language)
    : m_language(std::move(language))
    , m_base(std::move(base))
{}

XmlFeedItem::Field XmlFeedItem::fieldOf(QStringView name, QStringView ns, const XmlAttributes &attributes)
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
            return Field::AltSummary;
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

void XmlFeedItem::takeLink(const XmlAttributes &attributes, const QUrl &base)
{
    // The alternate link (the default relation); the others (enclosures, replies...) are not the page.
    const QStringView rel = attributes.value(QLatin1String("rel"));
    const QString href = attributes.value(QLatin1String("href")).toString();
    if ((rel.isEmpty() || rel == QLatin1String("alternate")) && m_link.isEmpty())
        m_link = base.isValid() ? base.resolved(QUrl(href)).toString() : href;
}

void XmlFeedItem::take(Field field, XmlFeedContent content, const XmlAttributes &attributes)
{
    switch (field) {
    case Field::Ignored:
        break;
    case Field::Title:
        m_title = content.asLine();
        break;
    case Field::Link: {
        const QString href = content.text.trimmed();
        m_link = content.base.isValid() ? content.base.resolved(QUrl(href)).toString() : href;
        break;
    }
    case Field::Guid:
        m_id = content.text.trimmed();
        m_idIsPermaLink = attributes.value(QLatin1String("isPermaLink"))
                              .compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
        break;
    case Field::Id:
        m_id = content.text.trimmed();
        break;
    case Field::Body:
        m_body = std::move(content);
        break;
    case Field::EncodedBody:
        content.type = QStringLiteral("html");
        m_body = std::move(content);
        break;
    case Field::Summary:
        m_summary = std::move(content);
        break;
    case Field::AltSummary:
        if (!m_summary)
            m_summary = std::move(content);
        break;
    case Field::Media:
        if (!m_media)
            m_media = std::move(content);
        break;
    case Field::Published:
        if (m_published.isEmpty())
            m_published = content.text;
        break;
    case Field::Updated:
        m_updated = content.text;
        break;
    case Field::Language:
        m_language = ArticleReader::languageCode(content.text);
        break;
    case Field::Source: {
        // RSS: the channel the item came from; Atom: a nested feed description (its title).
        const QString text = content.hasElements ? QString() : content.text.simplified();
        if (!text.isEmpty())
            m_source = text;
        break;
    }
    case Field::AltTitle:
        if (m_title.isEmpty())
            m_title = content.asLine();
        break;
    case Field::AltId:
        if (m_id.isEmpty())
            m_id = content.text.trimmed();
        break;
    }
}

Article XmlFeedItem::toArticle(const Feed &feed, qint64 position) const
{
    Article a;
    a.title = m_title;
    a.position = position;
    // The fullest text that has words: a content element left empty, or holding only an image that
    // sanitizing drops, gives way to the summary, then to a Media RSS description.
    const XmlFeedContent *text = nullptr;
    for (const std::optional<XmlFeedContent> *candidate : {&m_body, &m_summary, &m_media}) {
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
    const QUrl base = m_base.isValid() ? m_base : QUrl(feed.link);
    a.url = HtmlSanitizer::safeLink(m_link, base);
    if (a.url.isEmpty() && m_idIsPermaLink && feed.rss)
        a.url = HtmlSanitizer::safeLink(m_id, base);
    a.source = m_source.isEmpty() ? feed.title : m_source;
    a.language = !m_language.isEmpty() ? m_language : (text ? text->language : QString());
    if (a.language.isEmpty())
        a.language = feed.language;
    a.published = DateTimeParser::parse(m_published);
    if (!a.published.isValid())
        a.published = DateTimeParser::parse(m_updated);
    if (!m_id.isEmpty())
        a.guid = ArticleReader::qualifiedId(m_id, !feed.id.isEmpty()     ? feed.id
                                                  : !feed.link.isEmpty() ? feed.link
                                                                         : feed.title);
    else if (!a.url.isEmpty())
        a.guid = a.url;
    return a;
}

} // namespace Clearance
