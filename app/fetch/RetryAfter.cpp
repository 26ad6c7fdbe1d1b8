#include "RetryAfter.h"

#include "fetch/HttpDate.h"

#include <algorithm>

namespace Clearance {

std::optional<QDateTime> RetryAfter::parse(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QDateTime start = now.toUTC();
    const QDateTime latest = start.addSecs(maxDelay.count());
    // delay-seconds is 1*DIGIT: no sign, no fraction. A number too long for 64 bits is still a delay,
    // only a huge one.
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qulonglong seconds = text.toULongLong(&ok);
        if (!ok || seconds >= qulonglong(maxDelay.count()))
            return latest;
        return start.addSecs(qint64(seconds));
    }
    const std::optional<QDateTime> date = HttpDate::parse(text, start);
    if (!date)
        return std::nullopt;
    return std::clamp(*date, start, latest);
}

} // namespace Clearance
