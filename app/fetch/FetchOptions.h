#pragma once

#include "fetch/Clock.h"

#include <QByteArray>
#include <QNetworkProxy>

#include <chrono>
#include <optional>

namespace Clearance {

// How politely and how patiently HttpFetcher fetches. The defaults are for real feeds; tests shorten
// the timeouts.
struct FetchOptions
{
    // No byte received for this long (connecting included): the server stalled.
    std::chrono::milliseconds stallTimeout{std::chrono::seconds(30)};
    // A whole fetch, redirects included, from its first request to its last byte.
    std::chrono::milliseconds deadline{std::chrono::minutes(2)};
    qint64 maxBodyBytes = 50 * 1024 * 1024;
    int maxConnectionsPerHost = 2;
    int maxConnections = 6;
    int maxRedirects = 5;
    // Unset: the system's proxy settings (environment, desktop); QNetworkProxy::NoProxy for none.
    std::optional<QNetworkProxy> proxy;
    QByteArray userAgent = defaultUserAgent();
    Clock clock = systemClock(); // to turn Retry-After into a time

    // "Clearance/<version> (+<home page>)": names the program and where to read about it, so that a
    // site's operator can tell who polls them.
    static QByteArray defaultUserAgent();
};

} // namespace Clearance
