#pragma once

#include <QDateTime>

namespace Clearance {

// What the schedule keeps per source between fetches (the storage layer persists it).
struct SourceTiming
{
    QDateTime nextFetch;         // UTC; invalid once disabled
    int consecutiveFailures = 0; // reset by a 200 or a 304
    bool disabled = false;       // the server answered 410 Gone
};

} // namespace Clearance
