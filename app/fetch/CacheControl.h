#pragma once

#include <QByteArray>

#include <chrono>
#include <optional>

namespace Clearance {

// The one part of Cache-Control (RFC 9111 section 5.2) the schedule uses: how long the server says
// its answer stays fresh, a hint not to poll sooner.
class CacheControl final
{
public:
    // The first max-age directive's value (token or quoted); nothing when there is none or it is not
    // a number. A value too large for 32 bits is read as 2^31 seconds, as RFC 9111 section 1.2.2 asks.
    static std::optional<std::chrono::seconds> maxAge(const QByteArray &header);
};

} // namespace Clearance
