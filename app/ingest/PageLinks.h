#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace Clearance {

// The links of a web page with what PageLinkFinder judges them by: where in the page they sit and what
// they say. Reads the page with HtmlTokenizer, keeping the open elements the way a browser roughly
// would (void elements, end tags that close what is open inside them, <li> and <p> closing their
// predecessor), to a bounded depth so that a page nested a million deep costs no more than a flat one.
class PageLinks final
{
public:
    struct Link
    {
        QUrl url;            // http(s), resolved against the page's <base href> or its URL, no fragment
        QString text;        // what the link says, white space simplified (the start of it)
        QString container;   // the elements around it, as a key: "body/div.news/ul/li"
        bool chrome = false; // inside the page's navigation, header, footer or sidebar
    };

    static constexpr int kMaxDepth = 256;
    static constexpr qsizetype kMaxLinks = 20'000;
    static constexpr qsizetype kMaxText = 200;

    // The http(s) links of the page in page order (duplicates included), up to kMaxLinks.
    static QList<Link> read(QStringView html, const QUrl &pageUrl);
};

} // namespace Clearance
