#pragma once

#include "fetch/FetchOptions.h"

#include <QString>

#include <chrono>

namespace Clearance {

// The preferences of fetching, kept with the window's settings (QSettings, group "fetch") so that the
// window and the command line fetch alike:
//   fetch/intervalMinutes  the time between fetches of a source without its own (default 60, at least 5)
//   fetch/maxConnections   requests at once in all (default 6; 2 per host whatever it says)
//   fetch/proxy            "" for the system's proxy settings, "none", or "http://host:port"
//                          ("socks5://host:port" for SOCKS)
class FetchSettings final
{
public:
    static std::chrono::minutes defaultInterval();
    static void setDefaultInterval(std::chrono::minutes interval);
    static int maxConnections();
    static void setMaxConnections(int connections);
    static QString proxy();
    static void setProxy(const QString &proxy);
    // The options HttpFetcher takes from these settings.
    static FetchOptions options();
};

} // namespace Clearance
