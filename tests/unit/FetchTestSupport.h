#pragma once

#include "fetch/FetchOptions.h"
#include "fetch/FetchResult.h"

#include <QDateTime>
#include <QFuture>
#include <QFutureWatcher>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

#include <chrono>

// What the fetch tests share: a fixed clock, options that never go through a proxy (the machine's
// environment must not decide where a loopback request goes), and a bounded wait for an answer.
namespace FetchTestSupport {

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
}

// Generous timeouts: a test about them sets its own short ones.
inline Clearance::FetchOptions options()
{
    using namespace std::chrono_literals;
    Clearance::FetchOptions options;
    options.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    options.stallTimeout = 20s;
    options.deadline = 30s;
    options.clock = [] { return fixedNow(); };
    return options;
}

// True once the future has finished, false after `timeoutMs` (the test then fails, not hangs). Waits on
// the watcher's signal rather than polling (QTest::qWaitFor sleeps 10 ms a turn, 50 ms a fetch).
[[nodiscard]] inline bool finishes(const QFuture<Clearance::FetchResult> &future, int timeoutMs = 20000)
{
    QFutureWatcher<Clearance::FetchResult> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    return future.isFinished() || finished.wait(timeoutMs);
}

} // namespace FetchTestSupport

// QCOMPARE prints outcomes by name.
namespace QTest {
template<>
inline char *toString(const Clearance::FetchOutcome &outcome)
{
    static constexpr const char *names[] = {"Fetched", "NotModified", "Gone", "RateLimited", "Failed"};
    return qstrdup(names[int(outcome)]);
}
} // namespace QTest
