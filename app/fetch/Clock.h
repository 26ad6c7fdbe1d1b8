#pragma once

#include <QDateTime>

#include <functional>

namespace Clearance {

// Where the fetch layer reads the time (UTC). Injected, so that tests of the schedule and of
// Retry-After can fix it instead of sleeping.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace Clearance
