#include "FetchSchedule.h"

#include <algorithm>

namespace Clearance {

using std::chrono::seconds;

FetchSchedule::FetchSchedule(seconds interval)
    : m_interval(std::max(interval, minimumInterval))
{}

QDateTime FetchSchedule::afterSuccess(const QDateTime &now, std::optional<seconds> feedMinimum) const
{
    const seconds wait = std::max(m_interval, std::min(feedMinimum.value_or(seconds(0)), maxFeedMinimum));
    return now.toUTC().addSecs(wait.count());
}

seconds FetchSchedule::backoff(int consecutiveFailures) const
{
    seconds delay = std::min(m_interval, firstBackoff);
    // Doubling stops at the cap, so that no count of failures can overflow.
    for (int i = 1; i < consecutiveFailures && delay < maxBackoff; ++i)
        delay *= 2;
    return std::min(delay, maxBackoff);
}

QDateTime FetchSchedule::afterFailure(const QDateTime &now, int consecutiveFailures,
                                      std::optional<QDateTime> retryAfter) const
{
    const QDateTime next = now.toUTC().addSecs(backoff(consecutiveFailures).count());
    return retryAfter && *retryAfter > next ? retryAfter->toUTC() : next;
}

SourceTiming FetchSchedule::next(const SourceTiming &before, const FetchResult &result, const QDateTime &now,
                                 std::optional<seconds> feedMinimum) const
{
    SourceTiming after = before;
    switch (result.outcome) {
    case FetchOutcome::Fetched:
    case FetchOutcome::NotModified: {
        std::optional<seconds> minimum = feedMinimum;
        if (result.maxAge)
            minimum = std::max(minimum.value_or(seconds(0)), *result.maxAge);
        after.consecutiveFailures = 0;
        after.nextFetch = afterSuccess(now, minimum);
        break;
    }
    case FetchOutcome::Gone:
        after.disabled = true;
        after.nextFetch = QDateTime();
        break;
    case FetchOutcome::RateLimited:
    case FetchOutcome::Failed:
        after.consecutiveFailures = before.consecutiveFailures + 1;
        after.nextFetch = afterFailure(now, after.consecutiveFailures, result.retryAfter);
        break;
    }
    return after;
}

} // namespace Clearance
