#pragma once

#include "XmlAttributes.h"
#include "XmlFeedContent.h"
#include "domain/Article.h"

#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace Clearance {

// One item (RSS, RDF) or entry (Atom) of an XML feed, gathered element by element as XmlFeedReader
// reads it: which of its child elements says what, and the article it makes once read. The article
// is made apart from the reading (toArticle()), on any thread: sanitizing the HTML is most of the work.
class XmlFeedItem final
{
public:
    // What the feed says of itself, as it stood when the item was read.
    struct Feed
    {
        bool rss = false; // RSS 0.9x or 2.0 (not RDF nor Atom): a permalink guid is the item's link
        QString title;
        QString link;
        QString id;
        QString language;
    };

    // What one of the item's child elements gives it.
    enum class Field
    {
        Ignored,
        Title,
        Link,
        Guid,
        Id,
        Body,        // Atom's content (inline)
        EncodedBody, // content:encoded: HTML, whatever its attributes say
        Summary,     // description, summary
        Media,       // media:description
        Published,
        Updated,
        Language,
        Source,
        AltTitle,   // dc:title, media:title: the title when the item has none
        AltId,      // dc:identifier: the id when the item has none
        AltSummary, // dc:description: the summary when the item has none
    };

    // An item whose element has `base` and `language` in force (xml:base, xml:lang).
    XmlFeedItem(QUrl base, QString language);

    // Which field an element is, from its name and namespace. Only views are valid before the content
    // is read: classifying first spares a copy of both for each of the items' many elements.
    static Field fieldOf(QStringView name, QStringView ns, const XmlAttributes &attributes);
    // An Atom link (an element with an href): the alternate one, resolved against `base`, is the page.
    void takeLink(const XmlAttributes &attributes, const QUrl &base);
    // The content of a child element that is `field`, with the element's attributes.
    void take(Field field, XmlFeedContent content, const XmlAttributes &attributes);

    // The article: the fullest text that has words, the link, the source, the language, the dates
    // and the identity, with what the feed says standing in for what the item does not.
    Article toArticle(const Feed &feed, qint64 position) const;

private:
    QString m_title;
    QString m_link;
    QString m_id;
    bool m_idIsPermaLink = false;
    std::optional<XmlFeedContent> m_body;    // content:encoded, Atom content
    std::optional<XmlFeedContent> m_summary; // description, summary
    std::optional<XmlFeedContent> m_media;   // media:description
    QString m_published;
    QString m_updated;
    QString m_language;
    QString m_source;
    QUrl m_base;
};

} // namespace Clearance
