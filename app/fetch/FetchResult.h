#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Clearance {

// How a fetch ended, in the terms the schedule acts on.
enum class FetchOutcome
{
    Fetched,     // 2xx: the body is the new content
    NotModified, // 304: the stored copy is current
    Gone,        // 410: the source should be disabled
    RateLimited, // 429, or 503 with a Retry-After: come back later, and spare the whole host
    Failed,      // anything else: error says what, httpStatus says which answer if there was one
};

// What HttpFetcher answers. A failure is an outcome here rather than a failed Result: a failed fetch
// still carries what the schedule needs (the status, the final address, a Retry-After).
struct FetchResult
{
    FetchOutcome outcome = FetchOutcome::Failed;
    int httpStatus = 0; // of the last answer; 0 when none came (network, TLS, timeout, refused)
    QString error;      // Failed only: one translated sentence naming the address

    QUrl requestedUrl;
    QUrl finalUrl; // where the last answer came from, after redirects
    int redirects = 0;
    // Set when every redirect followed was permanent (301/308) and the chain ended in an answer: the
    // address to store instead of the requested one. A temporary hop anywhere (302/303/307) leaves it
    // unset, since the old address is still the one to ask.
    std::optional<QUrl> movedPermanentlyTo;

    // Raw header values of the last answer, empty when it had none (after a 304 that sends none, keep
    // the stored ones).
    QByteArray etag;
    QByteArray lastModified;
    QByteArray contentType; // as the server said; whether it fits is the reader's business
    std::optional<std::chrono::seconds> maxAge; // Cache-Control max-age
    std::optional<QDateTime> retryAfter;        // Retry-After as a UTC time (RetryAfter::parse)

    QByteArray body; // decoded (gzip/deflate); Fetched only
};

} // namespace Clearance

// For queued signals, QVariant and data-driven tests.
Q_DECLARE_METATYPE(Clearance::FetchOutcome)
Q_DECLARE_METATYPE(Clearance::FetchResult)
