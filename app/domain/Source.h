#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Clearance {

// How a source's last fetch ended, as stored in the library and shown on the source.
enum class FetchStatus
{
    Never,       // not fetched yet
    Ok,          // fetched and read (new articles or not)
    NotModified, // the server answered 304: nothing was parsed
    Failed,      // the error says why; the source is retried later, backing off
    Gone,        // 410 Gone: the source is disabled
    RateLimited, // 429 or 503 with Retry-After: the host is left alone until then
};

QString fetchStatusName(FetchStatus status); // "never", "ok", "not-modified", ...
std::optional<FetchStatus> fetchStatusFromName(QStringView name);

// A subscription: a feed (RSS, Atom, RDF, JSON Feed) or a page source, a news page with no feed whose
// article links Clearance follows. What the reader sets comes first; what fetching keeps, after.
struct Source
{
    enum class Kind
    {
        Feed,
        Page,
    };

    qint64 id = 0;
    QString url; // absolute http(s); a permanent redirect rewrites it
    QString title;
    Kind kind = Kind::Feed;
    QString linkPattern;     // page sources: which links of the listing are articles; empty: guessed
    QString folder;          // "" for none; nested folders joined with "/"
    int intervalMinutes = 0; // 0: the library's default interval
    bool enabled = true;

    // What fetching keeps between runs.
    QByteArray etag;         // for If-None-Match
    QByteArray lastModified; // for If-Modified-Since, as the server wrote it
    QDateTime lastFetch;     // invalid: never fetched
    FetchStatus lastStatus = FetchStatus::Never;
    int lastHttpStatus = 0;
    QString lastError;
    int failures = 0;    // consecutive, for the back-off
    QDateTime nextFetch; // invalid: due now
    qint64 itemsSeen = 0;
    QDateTime added;

    // Counted from the library when listed, not stored.
    qint64 articles = 0;
    qint64 unread = 0;

    bool operator==(const Source &) const = default;
};

QString sourceKindName(Source::Kind kind); // "feed", "page"
std::optional<Source::Kind> sourceKindFromName(QStringView name);

} // namespace Clearance
