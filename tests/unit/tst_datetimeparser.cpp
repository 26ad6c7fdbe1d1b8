#include "ingest/DateTimeParser.h"

#include <QTest>

using namespace Clearance;

// The dates feeds write, and what must not be taken for one.
class TestDateTimeParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
};

void TestDateTimeParser::parses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // UTC, ISO; empty: not a date
    QTest::newRow("rfc 822") << "Tue, 05 Mar 2024 10:00:00 GMT"
                             << "2024-03-05T10:00:00Z";
    QTest::newRow("numeric zone") << "Tue, 05 Mar 2024 10:00:00 +0130"
                                  << "2024-03-05T08:30:00Z";
    QTest::newRow("named zone EST") << "Tue, 05 Mar 2024 10:00:00 EST"
                                    << "2024-03-05T15:00:00Z";
    QTest::newRow("named zone PDT") << "Tue, 05 Mar 2024 10:00:00 PDT"
                                    << "2024-03-05T17:00:00Z";
    QTest::newRow("missing seconds") << "Tue, 05 Mar 2024 10:00 +0000"
                                     << "2024-03-05T10:00:00Z";
    QTest::newRow("two-digit year") << "Tue, 05 Mar 24 10:00:00 GMT"
                                    << "2024-03-05T10:00:00Z";
    QTest::newRow("two-digit year, last century") << "Fri, 05 Mar 99 10:00:00 GMT"
                                                  << "1999-03-05T10:00:00Z";
    QTest::newRow("day name in capitals, no comma") << "TUE 05 MAR 2024 10:00:00 UT"
                                                    << "2024-03-05T10:00:00Z";
    QTest::newRow("full day and month names") << "Tuesday, 5 March 2024 10:00:00 Z"
                                              << "2024-03-05T10:00:00Z";
    QTest::newRow("no zone means UTC") << "05 Mar 2024 10:00:00"
                                       << "2024-03-05T10:00:00Z";
    QTest::newRow("zone with colon") << "Tue, 05 Mar 2024 10:00:00 +05:30"
                                     << "2024-03-05T04:30:00Z";
    QTest::newRow("GMT+2") << "Tue, 05 Mar 2024 10:00:00 GMT+2"
                           << "2024-03-05T08:00:00Z";
    QTest::newRow("military zone") << "Tue, 05 Mar 2024 10:00:00 A"
                                   << "2024-03-05T10:00:00Z";
    QTest::newRow("comment after zone") << "Tue, 05 Mar 2024 10:00:00 -0800 (PST)"
                                        << "2024-03-05T18:00:00Z";
    QTest::newRow("iso with Z") << "2024-03-05T10:00:00Z"
                                << "2024-03-05T10:00:00Z";
    QTest::newRow("iso with offset") << "2024-03-05T10:00:00+01:00"
                                     << "2024-03-05T09:00:00Z";
    QTest::newRow("iso with basic offset") << "2024-03-05T10:00:00-0500"
                                           << "2024-03-05T15:00:00Z";
    QTest::newRow("iso hour-only offset") << "2024-03-05T10:00:00+02"
                                          << "2024-03-05T08:00:00Z";
    QTest::newRow("iso fraction") << "2024-03-05T10:00:00.123456Z"
                                  << "2024-03-05T10:00:00Z";
    QTest::newRow("iso no seconds") << "2024-03-05T10:00Z"
                                    << "2024-03-05T10:00:00Z";
    QTest::newRow("iso lower case, space") << "2024-03-05 10:00:00z"
                                           << "2024-03-05T10:00:00Z";
    QTest::newRow("iso no zone") << "2024-03-05T10:00:00"
                                 << "2024-03-05T10:00:00Z";
    QTest::newRow("iso date only") << "2024-03-05"
                                   << "2024-03-05T00:00:00Z";
    QTest::newRow("iso basic") << "20240305T100000Z"
                               << "2024-03-05T10:00:00Z";
    QTest::newRow("iso with spaces around") << "  2024-03-05T10:00:00Z\n"
                                            << "2024-03-05T10:00:00Z";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("words") << "yesterday"
                           << "";
    QTest::newRow("invalid day") << "2024-02-30T10:00:00Z"
                                 << "";
    QTest::newRow("invalid month name") << "05 Foo 2024 10:00:00 GMT"
                                        << "";
    QTest::newRow("invalid hour") << "Tue, 05 Mar 2024 25:00:00 GMT"
                                  << "";
    QTest::newRow("unknown zone") << "Tue, 05 Mar 2024 10:00:00 XYZT"
                                  << "";
    QTest::newRow("trailing junk") << "2024-03-05T10:00:00Zjunk"
                                   << "";
    QTest::newRow("two signs in the zone") << "Tue, 05 Mar 2024 10:00:00 GMT+-5"
                                           << "";
    QTest::newRow("five-digit zone") << "2024-03-05T10:00:00+01:000"
                                     << "";
    QTest::newRow("words after the zone") << "Tue, 05 Mar 2024 10:00:00 GMT via the wire"
                                          << "2024-03-05T10:00:00Z";
}

void TestDateTimeParser::parses()
{
    QFETCH(QString, input);
    const QDateTime parsed = DateTimeParser::parse(input);
    const QString actual = parsed.isValid() ? parsed.toUTC().toString(Qt::ISODate) : QString();
    QTEST(actual, "expected");
}

QTEST_GUILESS_MAIN(TestDateTimeParser)
#include "tst_datetimeparser.moc"
