#include "CacheControl.h"

#include <QList>

#include <algorithm>

namespace Clearance {

std::optional<std::chrono::seconds> CacheControl::maxAge(const QByteArray &header)
{
    static constexpr qint64 largest = qint64(1) << 31;
    const QList<QByteArray> directives = header.split(',');
    for (const QByteArray &directive : directives) {
        const qsizetype equals = directive.indexOf('=');
        if (equals < 0 || directive.left(equals).trimmed().toLower() != "max-age")
            continue;
        QByteArray value = directive.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        if (value.isEmpty() ||
            !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return std::nullopt;
        bool ok = false;
        const qulonglong seconds = value.toULongLong(&ok);
        return std::chrono::seconds(ok ? std::min<qulonglong>(seconds, largest) : largest);
    }
    return std::nullopt;
}

} // namespace Clearance
