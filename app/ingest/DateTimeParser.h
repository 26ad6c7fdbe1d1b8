#pragma once

#include <QDateTime>
#include <QStringView>

namespace Clearance {

// Reads the dates feeds give: RFC 822/2822 ("Tue, 05 Mar 2024 10:00:00 GMT", with named or numeric
// zones, two-digit years, missing seconds, day and month names in any case) and ISO 8601 / RFC 3339
// ("2024-03-05T10:00:00+01:00", with or without zone, fraction, separators or time). Returns an
// invalid QDateTime for anything else: the caller then falls back to the import time.
class DateTimeParser final
{
public:
    static QDateTime parse(QStringView text);
    static QDateTime parseRfc822(QStringView text);
    static QDateTime parseIso8601(QStringView text);
};

} // namespace Clearance
