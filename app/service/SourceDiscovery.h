#pragma once

#include "domain/Result.h"
#include "ingest/FeedDiscovery.h"

#include <QCoreApplication>
#include <QFuture>
#include <QUrl>

namespace Clearance {

class HttpFetcher;

// What an address the reader gives leads to, before it becomes a source: a feed itself, or a web page
// and the feeds it declares (none: it can be followed as a page source).
struct Discovery
{
    QUrl url;                         // where the answer came from, after redirects
    bool isFeed = false;              // the address is a feed
    QString title;                    // the page's or the feed's, when known
    QList<FeedDiscovery::Feed> feeds; // a page's feeds, declared ones first
};

class SourceDiscovery final
{
    Q_DECLARE_TR_FUNCTIONS(SourceDiscovery)

public:
    // Fetches `url` with `fetcher` (on its thread) and says what it is; an address that cannot be
    // fetched, or answers with something that is neither a feed nor a page, is an error.
    static QFuture<Result<Discovery>> discover(HttpFetcher &fetcher, const QUrl &url);
};

} // namespace Clearance
