#include "Source.h"

#include <array>
#include <utility>

namespace Clearance {

namespace {

constexpr std::array<std::pair<FetchStatus, const char *>, 6> kStatusNames{{
    {FetchStatus::Never, "never"},
    {FetchStatus::Ok, "ok"},
    {FetchStatus::NotModified, "not-modified"},
    {FetchStatus::Failed, "failed"},
    {FetchStatus::Gone, "gone"},
    {FetchStatus::RateLimited, "rate-limited"},
}};

} // namespace

QString fetchStatusName(FetchStatus status)
{
    for (const auto &[value, name] : kStatusNames) {
        if (value == status)
            return QLatin1String(name);
    }
    return {};
}

std::optional<FetchStatus> fetchStatusFromName(QStringView name)
{
    for (const auto &[value, text] : kStatusNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString sourceKindName(Source::Kind kind)
{
    return kind == Source::Kind::Page ? QStringLiteral("page") : QStringLiteral("feed");
}

std::optional<Source::Kind> sourceKindFromName(QStringView name)
{
    if (name == QLatin1String("feed"))
        return Source::Kind::Feed;
    if (name == QLatin1String("page"))
        return Source::Kind::Page;
    return std::nullopt;
}

} // namespace Clearance
