#include "HostBackoff.h"

namespace Clearance {

QString HostBackoff::hostOf(const QUrl &url)
{
    return url.host().toLower();
}

void HostBackoff::record(const FetchResult &result, const QDateTime &now)
{
    if (result.outcome != FetchOutcome::RateLimited)
        return;
    const QDateTime until = result.retryAfter.value_or(now.toUTC().addSecs(defaultPause.count()));
    pause(hostOf(result.finalUrl.isValid() ? result.finalUrl : result.requestedUrl), until);
    if (result.requestedUrl.isValid())
        pause(hostOf(result.requestedUrl), until);
}

void HostBackoff::pause(const QString &host, const QDateTime &until)
{
    if (host.isEmpty())
        return;
    QDateTime &current = m_until[host.toLower()];
    if (!current.isValid() || until > current)
        current = until.toUTC();
}

bool HostBackoff::isPaused(const QUrl &url, const QDateTime &now) const
{
    const auto it = m_until.constFind(hostOf(url));
    return it != m_until.cend() && *it > now;
}

QDateTime HostBackoff::notBefore(const QUrl &url, const QDateTime &when) const
{
    const auto it = m_until.constFind(hostOf(url));
    return it != m_until.cend() && *it > when ? *it : when;
}

void HostBackoff::forgetExpired(const QDateTime &now)
{
    m_until.removeIf([&now](const QHash<QString, QDateTime>::iterator it) { return it.value() <= now; });
}

} // namespace Clearance
