#include "fetch/RetryAfter.h"

#include <QTest>

#include <optional>

using namespace Clearance;

// Retry-After as seconds and as each of the three HTTP date forms, against a fixed clock; what is not
// one of them is no delay at all, and no value can push a source back more than RetryAfter::maxDelay.
class TestRetryAfter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
};

namespace {
const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC); // a Monday
constexpr qint64 none = -1;
const qint64 cap = RetryAfter::maxDelay.count();
} // namespace

void TestRetryAfter::parses_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // seconds after now, or none

    QTest::newRow("seconds") << QByteArray("120") << qint64(120);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces around") << QByteArray(" 30 ") << qint64(30);
    QTest::newRow("leading zeros") << QByteArray("0060") << qint64(60);
    QTest::newRow("a week exactly") << QByteArray("604800") << cap;
    QTest::newRow("more than a week") << QByteArray("999999") << cap;
    QTest::newRow("huge") << QByteArray("99999999999999999999999999") << cap;
    QTest::newRow("negative") << QByteArray("-5") << none;
    QTest::newRow("plus sign") << QByteArray("+5") << none;
    QTest::newRow("fraction") << QByteArray("1.5") << none;
    QTest::newRow("empty") << QByteArray() << none;
    QTest::newRow("blank") << QByteArray("  ") << none;
    QTest::newRow("words") << QByteArray("soon") << none;
    QTest::newRow("number and words") << QByteArray("120 seconds") << none;

    QTest::newRow("IMF-fixdate") << QByteArray("Mon, 07 Dec 2026 12:05:00 GMT") << qint64(300);
    QTest::newRow("IMF-fixdate, other case") << QByteArray("mon, 07 DEC 2026 12:05:00 gmt") << qint64(300);
    QTest::newRow("RFC 850") << QByteArray("Monday, 07-Dec-26 12:05:00 GMT") << qint64(300);
    QTest::newRow("asctime") << QByteArray("Mon Dec  7 12:05:00 2026") << qint64(300);
    QTest::newRow("asctime, two-digit day") << QByteArray("Thu Dec 10 12:00:00 2026") << qint64(3 * 86400);
    QTest::newRow("date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(0);
    QTest::newRow("date far ahead") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << cap;
    QTest::newRow("not GMT") << QByteArray("Mon, 07 Dec 2026 12:05:00 +0100") << none;
    QTest::newRow("no such day") << QByteArray("Mon, 31 Feb 2026 12:00:00 GMT") << none;
    QTest::newRow("no such hour") << QByteArray("Mon, 07 Dec 2026 25:00:00 GMT") << none;
    QTest::newRow("no such month") << QByteArray("Mon, 07 Foo 2026 12:00:00 GMT") << none;
    QTest::newRow("ISO 8601 is not HTTP") << QByteArray("2026-12-07T12:05:00Z") << none;
}

void TestRetryAfter::parses()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const std::optional<QDateTime> parsed = RetryAfter::parse(value, now);
    if (expected == none) {
        QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString(Qt::ISODate) : QString()));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
    QCOMPARE(now.secsTo(*parsed), expected);
}

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
