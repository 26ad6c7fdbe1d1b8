#pragma once

#include "fetch/FetchResult.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Clearance {

// Hosts that asked us to slow down. A 429 or a 503 with Retry-After is about the server, not the one
// feed that got it: every source on that host waits until the time it gave. Pure like FetchSchedule:
// the time is an argument.
class HostBackoff final
{
public:
    // A 429 without a usable Retry-After still pauses its host, for as long as a first failure waits.
    static constexpr std::chrono::seconds defaultPause{3600};

    // Pauses the host that answered a RateLimited result, and the requested one if a redirect led
    // elsewhere (the source is scheduled by the address it stores). Other outcomes change nothing.
    void record(const FetchResult &result, const QDateTime &now);
    // Keeps the later of two pauses of the same host.
    void pause(const QString &host, const QDateTime &until);

    bool isPaused(const QUrl &url, const QDateTime &now) const;
    // `when`, or the end of url's host's pause if that is later.
    QDateTime notBefore(const QUrl &url, const QDateTime &when) const;
    // Drops the pauses over by `now`, so the table does not grow with every host ever paused.
    void forgetExpired(const QDateTime &now);

private:
    static QString hostOf(const QUrl &url);

    QHash<QString, QDateTime> m_until;
};

} // namespace Clearance
