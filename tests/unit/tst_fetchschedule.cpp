#include "FetchTestSupport.h"
#include "fetch/FetchSchedule.h"

#include <QTest>

using namespace Clearance;
using namespace std::chrono_literals;
using std::chrono::seconds;

// When a source is fetched next after a success, a failure, a 429 and a 410, with a fixed clock.
class TestFetchSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoff_data();
    void backoff();
    void afterSuccess_data();
    void afterSuccess();
    void next_data();
    void next();
    void failuresAccumulateUntilASuccess();
};

void TestFetchSchedule::backoff_data()
{
    QTest::addColumn<qint64>("interval");
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("expected");

    const qint64 minute = 60;
    const qint64 hour = 3600;
    QTest::newRow("6 h source, 1st failure: 1 h") << 6 * hour << 1 << hour;
    QTest::newRow("6 h source, 2nd: 2 h") << 6 * hour << 2 << 2 * hour;
    QTest::newRow("6 h source, 3rd: 4 h") << 6 * hour << 3 << 4 * hour;
    QTest::newRow("6 h source, 5th: 16 h") << 6 * hour << 5 << 16 * hour;
    QTest::newRow("6 h source, 6th: capped at 24 h") << 6 * hour << 6 << 24 * hour;
    QTest::newRow("15 min source, 1st: its interval") << 15 * minute << 1 << 15 * minute;
    QTest::newRow("15 min source, 3rd: 1 h") << 15 * minute << 3 << hour;
    QTest::newRow("15 min source, 8th: 32 h capped") << 15 * minute << 8 << 24 * hour;
    QTest::newRow("1 h source, 1st") << hour << 1 << hour;
    QTest::newRow("interval below the minimum") << qint64(10) << 1 << 5 * minute;
    QTest::newRow("a thousand failures do not overflow") << hour << 1000 << 24 * hour;
    QTest::newRow("zero failures read as one") << hour << 0 << hour;
}

void TestFetchSchedule::backoff()
{
    QFETCH(qint64, interval);
    QFETCH(int, failures);
    QFETCH(qint64, expected);
    const FetchSchedule schedule{seconds(interval)};
    QCOMPARE(schedule.backoff(failures).count(), expected);
    const QDateTime now = FetchTestSupport::fixedNow();
    QCOMPARE(now.secsTo(schedule.afterFailure(now, failures)), expected);
}

void TestFetchSchedule::afterSuccess_data()
{
    QTest::addColumn<qint64>("feedMinimum"); // -1: the feed says nothing
    QTest::addColumn<qint64>("expected");

    QTest::newRow("the interval") << qint64(-1) << qint64(3600);
    QTest::newRow("the feed asks for longer") << qint64(2 * 3600) << qint64(2 * 3600);
    QTest::newRow("the feed asks for shorter: the interval still") << qint64(600) << qint64(3600);
    QTest::newRow("the feed asks for a week: a day") << qint64(7 * 86400) << qint64(86400);
}

void TestFetchSchedule::afterSuccess()
{
    QFETCH(qint64, feedMinimum);
    QFETCH(qint64, expected);
    const FetchSchedule schedule(1h);
    const QDateTime now = FetchTestSupport::fixedNow();
    const std::optional<seconds> minimum =
        feedMinimum < 0 ? std::nullopt : std::optional(seconds(feedMinimum));
    QCOMPARE(now.secsTo(schedule.afterSuccess(now, minimum)), expected);
}

void TestFetchSchedule::next_data()
{
    QTest::addColumn<FetchResult>("result");
    QTest::addColumn<int>("failuresBefore");
    QTest::addColumn<qint64>("feedMinimum");   // -1: none
    QTest::addColumn<qint64>("expectedDelay"); // -1: disabled
    QTest::addColumn<int>("expectedFailures");

    const QDateTime now = FetchTestSupport::fixedNow();
    const auto result = [](FetchOutcome outcome) {
        FetchResult r;
        r.outcome = outcome;
        return r;
    };
    FetchResult withMaxAge = result(FetchOutcome::Fetched);
    withMaxAge.maxAge = 3h;
    FetchResult retryLater = result(FetchOutcome::RateLimited);
    retryLater.retryAfter = now.addSecs(5 * 3600);
    FetchResult retrySoon = result(FetchOutcome::RateLimited);
    retrySoon.retryAfter = now.addSecs(60);
    FetchResult failedWithRetry = result(FetchOutcome::Failed);
    failedWithRetry.retryAfter = now.addSecs(3 * 3600);

    QTest::newRow("200: the interval, failures reset")
        << result(FetchOutcome::Fetched) << 3 << qint64(-1) << qint64(3600) << 0;
    QTest::newRow("304: the same") << result(FetchOutcome::NotModified) << 2 << qint64(-1) << qint64(3600)
                                   << 0;
    QTest::newRow("200 with max-age 3 h") << withMaxAge << 0 << qint64(-1) << qint64(3 * 3600) << 0;
    QTest::newRow("200, ttl longer than max-age")
        << withMaxAge << 0 << qint64(4 * 3600) << qint64(4 * 3600) << 0;
    QTest::newRow("200, ttl shorter than max-age")
        << withMaxAge << 0 << qint64(2 * 3600) << qint64(3 * 3600) << 0;
    QTest::newRow("first failure") << result(FetchOutcome::Failed) << 0 << qint64(-1) << qint64(3600) << 1;
    QTest::newRow("third failure") << result(FetchOutcome::Failed) << 2 << qint64(-1) << qint64(4 * 3600)
                                   << 3;
    QTest::newRow("429 asking for longer than the backoff")
        << retryLater << 0 << qint64(-1) << qint64(5 * 3600) << 1;
    QTest::newRow("429 asking for less: the backoff") << retrySoon << 0 << qint64(-1) << qint64(3600) << 1;
    QTest::newRow("429 without Retry-After: the backoff")
        << result(FetchOutcome::RateLimited) << 1 << qint64(-1) << qint64(2 * 3600) << 2;
    QTest::newRow("500 with Retry-After") << failedWithRetry << 0 << qint64(-1) << qint64(3 * 3600) << 1;
    QTest::newRow("410 disables") << result(FetchOutcome::Gone) << 1 << qint64(-1) << qint64(-1) << 1;
}

void TestFetchSchedule::next()
{
    QFETCH(FetchResult, result);
    QFETCH(int, failuresBefore);
    QFETCH(qint64, feedMinimum);
    QFETCH(qint64, expectedDelay);
    QFETCH(int, expectedFailures);

    const FetchSchedule schedule(1h);
    const QDateTime now = FetchTestSupport::fixedNow();
    const SourceTiming before{now.addSecs(-60), failuresBefore, false};
    const std::optional<seconds> minimum =
        feedMinimum < 0 ? std::nullopt : std::optional(seconds(feedMinimum));
    const SourceTiming after = schedule.next(before, result, now, minimum);
    QCOMPARE(after.consecutiveFailures, expectedFailures);
    QCOMPARE(after.disabled, expectedDelay < 0);
    if (expectedDelay < 0)
        QVERIFY(!after.nextFetch.isValid());
    else
        QCOMPARE(now.secsTo(after.nextFetch), expectedDelay);
}

// Failures in a row double the wait; the first success brings the interval back.
void TestFetchSchedule::failuresAccumulateUntilASuccess()
{
    const FetchSchedule schedule(6h);
    QDateTime now = FetchTestSupport::fixedNow();
    SourceTiming timing{now, 0, false};
    FetchResult failed;
    failed.outcome = FetchOutcome::Failed;
    QList<qint64> waits;
    for (int i = 0; i < 7; ++i) {
        timing = schedule.next(timing, failed, now);
        waits << now.secsTo(timing.nextFetch);
        now = timing.nextFetch;
    }
    QCOMPARE(waits, (QList<qint64>{3600, 7200, 14400, 28800, 57600, 86400, 86400}));
    FetchResult fetched;
    fetched.outcome = FetchOutcome::Fetched;
    timing = schedule.next(timing, fetched, now);
    QCOMPARE(timing.consecutiveFailures, 0);
    QCOMPARE(now.secsTo(timing.nextFetch), 6 * 3600);
}

QTEST_GUILESS_MAIN(TestFetchSchedule)
#include "tst_fetchschedule.moc"
