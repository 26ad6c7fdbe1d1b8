#pragma once

#include "fetch/FetchResult.h"
#include "fetch/SourceTiming.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace Clearance {

// When a source is fetched next. Pure: the time is always an argument, so every rule is tested with
// a fixed clock.
//
// - After a success (200 or 304): now + the source's interval, or the feed's own minimum if longer
//   (ttl, sy:updatePeriod, Cache-Control max-age), that minimum capped at a day: a feed may slow us
//   down, not switch itself off.
// - After the n-th failure in a row: exponential backoff, base * 2^(n-1) capped at 24 h, where base
//   is 1 h or the interval if that is shorter. A source polled every 15 minutes that fails once is
//   retried on its own pace, then less and less often; one polled every 6 hours is retried after 1 h
//   (a blip should not cost it a whole interval), 2 h, 4 h... A Retry-After is a minimum on top.
// - After a 410: disabled.
class FetchSchedule final
{
public:
    static constexpr std::chrono::seconds minimumInterval{5 * 60};
    static constexpr std::chrono::seconds firstBackoff{3600};
    static constexpr std::chrono::seconds maxBackoff{24 * 3600};
    static constexpr std::chrono::seconds maxFeedMinimum{24 * 3600};

    // An interval below minimumInterval is raised to it.
    explicit FetchSchedule(std::chrono::seconds interval);

    std::chrono::seconds interval() const { return m_interval; }
    QDateTime afterSuccess(const QDateTime &now, std::optional<std::chrono::seconds> feedMinimum = {}) const;
    // consecutiveFailures counts this one (>= 1).
    QDateTime afterFailure(const QDateTime &now, int consecutiveFailures,
                           std::optional<QDateTime> retryAfter = {}) const;
    std::chrono::seconds backoff(int consecutiveFailures) const;

    // The whole rule: a source's timing after a fetch that ended in `result`. feedMinimum is what the
    // feed itself asked for (ttl, sy:updatePeriod); the result's max-age counts too.
    SourceTiming next(const SourceTiming &before, const FetchResult &result, const QDateTime &now,
                      std::optional<std::chrono::seconds> feedMinimum = {}) const;

private:
    std::chrono::seconds m_interval;
};

} // namespace Clearance
