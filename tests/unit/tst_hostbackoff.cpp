#include "FetchTestSupport.h"
#include "fetch/HostBackoff.h"

#include <QTest>

using namespace Clearance;

// A 429 on one host holds back every source on that host, and only those, until its Retry-After.
class TestHostBackoff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pausesTheWholeHost();
    void withoutRetryAfterPausesForTheDefault();
    void onlyRateLimitsPause_data();
    void onlyRateLimitsPause();
    void keepsTheLaterPause();
    void pausesTheRequestedHostBehindARedirect();
    void forgetsExpiredPauses();

private:
    static FetchResult rateLimited(const QString &url, std::optional<QDateTime> retryAfter);
};

FetchResult TestHostBackoff::rateLimited(const QString &url, std::optional<QDateTime> retryAfter)
{
    FetchResult result;
    result.outcome = FetchOutcome::RateLimited;
    result.httpStatus = 429;
    result.requestedUrl = result.finalUrl = QUrl(url);
    result.retryAfter = retryAfter;
    return result;
}

void TestHostBackoff::pausesTheWholeHost()
{
    const QDateTime now = FetchTestSupport::fixedNow();
    HostBackoff backoff;
    backoff.record(rateLimited(QStringLiteral("https://news.example.org/feed.xml"), now.addSecs(600)), now);

    const QUrl sibling(QStringLiteral("https://NEWS.example.org/other/atom"));
    const QUrl elsewhere(QStringLiteral("https://example.org/feed.xml"));
    QVERIFY(backoff.isPaused(sibling, now));
    QVERIFY(backoff.isPaused(sibling, now.addSecs(599)));
    QVERIFY(!backoff.isPaused(sibling, now.addSecs(600)));
    QVERIFY(!backoff.isPaused(elsewhere, now));
    // A source due in 5 minutes waits for the pause; one due after it keeps its time.
    QCOMPARE(backoff.notBefore(sibling, now.addSecs(300)), now.addSecs(600));
    QCOMPARE(backoff.notBefore(sibling, now.addSecs(900)), now.addSecs(900));
    QCOMPARE(backoff.notBefore(elsewhere, now), now);
}

void TestHostBackoff::withoutRetryAfterPausesForTheDefault()
{
    const QDateTime now = FetchTestSupport::fixedNow();
    HostBackoff backoff;
    backoff.record(rateLimited(QStringLiteral("http://example.org/a"), std::nullopt), now);
    QCOMPARE(backoff.notBefore(QUrl(QStringLiteral("http://example.org/b")), now),
             now.addSecs(HostBackoff::defaultPause.count()));
}

void TestHostBackoff::onlyRateLimitsPause_data()
{
    QTest::addColumn<FetchOutcome>("outcome");
    QTest::newRow("fetched") << FetchOutcome::Fetched;
    QTest::newRow("not modified") << FetchOutcome::NotModified;
    QTest::newRow("gone") << FetchOutcome::Gone;
    QTest::newRow("failed (a 500, even with Retry-After)") << FetchOutcome::Failed;
}

void TestHostBackoff::onlyRateLimitsPause()
{
    QFETCH(FetchOutcome, outcome);
    const QDateTime now = FetchTestSupport::fixedNow();
    FetchResult result = rateLimited(QStringLiteral("http://example.org/a"), now.addSecs(600));
    result.outcome = outcome;
    HostBackoff backoff;
    backoff.record(result, now);
    QVERIFY(!backoff.isPaused(result.requestedUrl, now));
}

void TestHostBackoff::keepsTheLaterPause()
{
    const QDateTime now = FetchTestSupport::fixedNow();
    HostBackoff backoff;
    const QString url = QStringLiteral("http://example.org/a");
    backoff.record(rateLimited(url, now.addSecs(1200)), now);
    backoff.record(rateLimited(url, now.addSecs(60)), now);
    QCOMPARE(backoff.notBefore(QUrl(url), now), now.addSecs(1200));
}

void TestHostBackoff::pausesTheRequestedHostBehindARedirect()
{
    const QDateTime now = FetchTestSupport::fixedNow();
    FetchResult result = rateLimited(QStringLiteral("http://old.example.org/feed"), now.addSecs(600));
    result.finalUrl = QUrl(QStringLiteral("https://cdn.example.net/feed"));
    HostBackoff backoff;
    backoff.record(result, now);
    QVERIFY(backoff.isPaused(QUrl(QStringLiteral("http://old.example.org/x")), now));
    QVERIFY(backoff.isPaused(QUrl(QStringLiteral("https://cdn.example.net/y")), now));
}

void TestHostBackoff::forgetsExpiredPauses()
{
    const QDateTime now = FetchTestSupport::fixedNow();
    HostBackoff backoff;
    const QUrl shortPause(QStringLiteral("http://a.example/"));
    const QUrl longPause(QStringLiteral("http://b.example/"));
    backoff.pause(shortPause.host(), now.addSecs(60));
    backoff.pause(longPause.host(), now.addSecs(6000));
    backoff.forgetExpired(now.addSecs(61));
    QCOMPARE(backoff.notBefore(shortPause, now), now);
    QCOMPARE(backoff.notBefore(longPause, now), now.addSecs(6000));
}

QTEST_GUILESS_MAIN(TestHostBackoff)
#include "tst_hostbackoff.moc"
