#pragma once

#include <QLatin1String>

// The namespaces of the elements XML feeds are read from: the feed formats' own and the modules
// items borrow elements from (content, Dublin Core, Media RSS), and XML's (xml:base, xml:lang).
namespace Clearance::XmlFeedNamespaces {

inline constexpr QLatin1String kAtom10("http://www.w3.org/2005/Atom");
inline constexpr QLatin1String kAtom03("http://purl.org/atom/ns#");
inline constexpr QLatin1String kRss10("http://purl.org/rss/1.0/");
inline constexpr QLatin1String kRss090("http://my.netscape.com/rdf/simple/0.9/");
inline constexpr QLatin1String kContent("http://purl.org/rss/1.0/modules/content/");
inline constexpr QLatin1String kDc("http://purl.org/dc/elements/1.1/");
inline constexpr QLatin1String kDcTerms("http://purl.org/dc/terms/");
inline constexpr QLatin1String kMedia("http://search.yahoo.com/mrss/");
inline constexpr QLatin1String kXml("http://www.w3.org/XML/1998/namespace");

} // namespace Clearance::XmlFeedNamespaces
