#pragma once

#include "PageLinkPattern.h"

#include <QByteArray>
#include <QList>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace Clearance {

// The articles of a page source: given a news listing (a newsroom without a feed) and its URL, the
// addresses of the articles it lists, in page order, without duplicates, absolute, without fragments,
// only on the listing's site (its host, "www." aside) and never the listing itself.
//
// With a PageLinkPattern, the links whose address it matches, wherever they are on the page. Without
// one, the page's main list of links, found by its shape rather than by any site's markup:
//  - links in the page's furniture are left out: <nav>, <aside>, the site's <header> and <footer> (not
//    an article's), elements whose role, class or id says navigation, menu, sidebar, breadcrumb,
//    pagination...; so are the home page, the listing's own other pages (same path, another query) and
//    images, scripts and style sheets;
//  - the others are grouped by where they sit (the elements around them, a class each) and by the depth
//    of their path: a listing repeats the same markup for every item, and its articles' addresses have
//    one form;
//  - each group scores its distinct addresses, counting more for those below the listing (the WCO's
//    /en/media/newsroom.aspx lists /en/media/newsroom/2024/june/...aspx) or sharing its first path
//    segment, those whose text reads like a headline (20 characters or more) and those whose last
//    segment reads like an article's (a slug with '-' or '_', or a number); the best group wins;
//  - the links elsewhere on the page with the same path depth, below the same folders as all of the
//    winning group's, join it (a featured article set apart in other markup).
class PageLinkFinder final
{
public:
    static QList<QUrl> find(QStringView html, const QUrl &pageUrl,
                            const std::optional<PageLinkPattern> &pattern = std::nullopt);
    // From the page's bytes, decoded as HtmlPageParser decodes a page; only the first 16 MB are read.
    static QList<QUrl> find(const QByteArray &page, const QUrl &pageUrl,
                            const std::optional<PageLinkPattern> &pattern = std::nullopt);
};

} // namespace Clearance
