#pragma once

// What XmlFeedReader.cpp (the feed) and XmlFeedItem.cpp (its items) share: the namespaces feeds use,
// and the shapes an element's content and an item take while they are read.

#include "XmlFeedReader.h"
#include "html/HtmlSanitizer.h"

#include <optional>

namespace Clearance {

namespace XmlFeedNamespaces {
inline constexpr QLatin1String kAtom10("http://www.w3.org/2005/Atom");
inline constexpr QLatin1String kAtom03("http://purl.org/atom/ns#");
inline constexpr QLatin1String kRss10("http://purl.org/rss/1.0/");
inline constexpr QLatin1String kRss090("http://my.netscape.com/rdf/simple/0.9/");
inline constexpr QLatin1String kContent("http://purl.org/rss/1.0/modules/content/");
inline constexpr QLatin1String kDc("http://purl.org/dc/elements/1.1/");
inline constexpr QLatin1String kDcTerms("http://purl.org/dc/terms/");
inline constexpr QLatin1String kMedia("http://search.yahoo.com/mrss/");
inline constexpr QLatin1String kXml("http://www.w3.org/XML/1998/namespace");

} // namespace XmlFeedNamespaces

// An element's content: its text, and the same as markup when it holds elements (inline XHTML).
struct XmlFeedReader::Content
{
    QString text;
    QString markup;
    bool hasElements = false;
    bool truncated = false; // longer than kMaxArticleSource: the rest was dropped
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

// An item as parsed, and the feed it came in, to be finished into an article on any thread.
struct XmlFeedReader::Parsed
{
    Item item;
    Feed feed;
    qint64 position = 0; // among the feed's items
};

} // namespace Clearance
