#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace Clearance {

// What a subscription's address leads to: the feeds a web page declares, and whether a response is a
// feed at all, so that the caller can tell "this address is a feed" from "this is a page".
class FeedDiscovery final
{
public:
    struct Feed
    {
        QUrl url;
        QString title;
        QString type;         // the declared media type ("application/atom+xml"); empty for a guess
        bool guessed = false; // not declared: a link on the page whose address looks like a feed's

        friend bool operator==(const Feed &, const Feed &) = default;
    };
    enum class Content
    {
        Feed, // RSS, RSS 1.0 (RDF), Atom or JSON Feed
        Opml, // a list of feeds
        Page, // HTML
        Other // anything else, or a head too short to tell
    };

    // The feeds a page declares, <link rel="alternate"> with a feed's media type (RSS, Atom, RDF, JSON
    // Feed, and the plain XML and JSON types older pages give), in the head or, as some pages have them,
    // in the body (not in a script or a comment), in page order, without duplicates,
    // relative addresses resolved against the page's <base href> or its own URL. When it declares none:
    // the links (<a href>) to the same site whose path ends like a feed's (/feed, /rss, .rss, .xml,
    // /atom.xml, /feed.json...), marked as guesses.
    static QList<Feed> find(QStringView html, const QUrl &pageUrl);
    // The same from the page's bytes, decoded as HtmlPageParser decodes a page; only the first 16 MB
    // are read.
    static QList<Feed> find(const QByteArray &page, const QUrl &pageUrl);
    // What a response holds, from its first bytes (a few kilobytes are enough).
    static Content classify(const QByteArray &head);
};

} // namespace Clearance
