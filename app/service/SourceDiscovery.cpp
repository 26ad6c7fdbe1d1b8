#include "SourceDiscovery.h"

#include "fetch/FetchResult.h"
#include "fetch/HttpFetcher.h"

namespace Clearance {

QFuture<Result<Discovery>> SourceDiscovery::discover(HttpFetcher &fetcher, const QUrl &url)
{
    FetchRequest request;
    request.url = url;
    return fetcher.fetch(request).then([url](const FetchResult &result) -> Result<Discovery> {
        using R = Result<Discovery>;
        if (result.outcome != FetchOutcome::Fetched) {
            if (!result.error.isEmpty())
                return R::failure(result.error);
            return R::failure(tr("%1 answered HTTP %2.").arg(url.toString()).arg(result.httpStatus));
        }
        Discovery found;
        found.url = result.finalUrl;
        switch (FeedDiscovery::classify(result.body.left(64 * 1024))) {
        case FeedDiscovery::Content::Feed:
            found.isFeed = true;
            return found;
        case FeedDiscovery::Content::Page:
            found.feeds = FeedDiscovery::find(result.body, result.finalUrl);
            return found;
        case FeedDiscovery::Content::Opml:
            return R::failure(tr("%1 is a list of feeds (OPML): subscribe to them with "
                                 "clearance-cli sources import-opml FILE.")
                                  .arg(url.toString()));
        case FeedDiscovery::Content::Other:
            break;
        }
        return R::failure(tr("%1 is neither a feed nor a web page.").arg(url.toString()));
    });
}

} // namespace Clearance
