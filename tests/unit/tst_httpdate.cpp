#include "fetch/HttpDate.h"

#include <QTest>

using namespace Clearance;

// The three date forms of RFC 9110, and the rule for RFC 850's two-digit years.
class TestHttpDate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
};

void TestHttpDate::parses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // ISO, UTC; empty: not a date

    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << "1994-11-06T08:49:37Z";
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << "1994-11-06T08:49:37Z";
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << "1994-11-06T08:49:37Z";
    // Now is 2026: "76" is 2076, exactly 50 years ahead; "77" would be 51, so it is 1977.
    QTest::newRow("RFC 850, 50 years ahead")
        << QByteArray("Wednesday, 01-Jan-76 00:00:00 GMT") << "2076-01-01T00:00:00Z";
    QTest::newRow("RFC 850, 51 years ahead")
        << QByteArray("Saturday, 01-Jan-77 00:00:00 GMT") << "1977-01-01T00:00:00Z";
    QTest::newRow("RFC 850, this century")
        << QByteArray("Monday, 07-Dec-26 12:00:00 GMT") << "2026-12-07T12:00:00Z";
    QTest::newRow("leap day") << QByteArray("Thu, 29 Feb 2024 00:00:00 GMT") << "2024-02-29T00:00:00Z";
    QTest::newRow("no leap day") << QByteArray("Wed, 29 Feb 2023 00:00:00 GMT") << "";
    QTest::newRow("missing zone") << QByteArray("Sun, 06 Nov 1994 08:49:37") << "";
    QTest::newRow("trailing words") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT please") << "";
    QTest::newRow("empty") << QByteArray() << "";
}

void TestHttpDate::parses()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    const std::optional<QDateTime> parsed = HttpDate::parse(text, now);
    QCOMPARE(parsed ? parsed->toString(Qt::ISODate) : QString(), expected);
}

QTEST_GUILESS_MAIN(TestHttpDate)
#include "tst_httpdate.moc"
