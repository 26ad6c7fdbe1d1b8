#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace Clearance {

// The Retry-After header of a 429 or 503 (RFC 9110 section 10.2.3): a number of seconds or an HTTP
// date, turned into the UTC time before which the server asks not to be asked again.
class RetryAfter final
{
public:
    // However far a server asks us to stay away, a source comes back within a week: a typo or a
    // hostile header must not silence it for good.
    static constexpr std::chrono::seconds maxDelay{7 * 24 * 3600};

    // Nothing for an empty, negative or unreadable value. A date already past gives `now`; anything
    // beyond maxDelay gives now + maxDelay.
    static std::optional<QDateTime> parse(const QByteArray &value, const QDateTime &now);
};

} // namespace Clearance
