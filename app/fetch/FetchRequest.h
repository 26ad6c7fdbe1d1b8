#pragma once

#include <QByteArray>
#include <QUrl>

#include <optional>

namespace Clearance {

// One thing to download: the address and what was stored of its last answer, so that an unchanged
// feed costs a 304 instead of its whole body.
// (Every member has an initializer, so that `{.url = x}` leaves the rest empty without a warning.)
struct FetchRequest
{
    QUrl url{};
    QByteArray etag{};         // the raw ETag header last received; sent back as If-None-Match
    QByteArray lastModified{}; // the raw Last-Modified header last received; sent as If-Modified-Since
    std::optional<qint64> maxBodyBytes{}; // instead of FetchOptions::maxBodyBytes for this request
};

} // namespace Clearance
