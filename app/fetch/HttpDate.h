#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace Clearance {

// The dates of HTTP headers (RFC 9110 section 5.6.7): the IMF-fixdate every server should send, and
// the two obsolete forms a recipient must still read (RFC 850 and asctime).
class HttpDate final
{
public:
    // A UTC time, or nothing for anything else. `now` resolves the two-digit years of RFC 850: a year
    // more than 50 years ahead of it belongs to the century before.
    static std::optional<QDateTime> parse(const QByteArray &text, const QDateTime &now);
};

} // namespace Clearance
