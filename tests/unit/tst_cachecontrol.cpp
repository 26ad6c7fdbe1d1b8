#include "fetch/CacheControl.h"

#include <QTest>

using namespace Clearance;

// Cache-Control's max-age, the only directive the schedule reads.
class TestCacheControl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maxAge_data();
    void maxAge();
};

void TestCacheControl::maxAge_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected"); // -1: none

    QTest::newRow("alone") << QByteArray("max-age=300") << qint64(300);
    QTest::newRow("among others") << QByteArray("public, max-age=60, must-revalidate") << qint64(60);
    QTest::newRow("upper case") << QByteArray("MAX-AGE=60") << qint64(60);
    QTest::newRow("quoted") << QByteArray("max-age=\"90\"") << qint64(90);
    QTest::newRow("zero") << QByteArray("max-age=0") << qint64(0);
    QTest::newRow("first of two") << QByteArray("max-age=10, max-age=20") << qint64(10);
    QTest::newRow("too large") << QByteArray("max-age=99999999999999999999") << (qint64(1) << 31);
    QTest::newRow("s-maxage is not max-age") << QByteArray("s-maxage=100") << qint64(-1);
    QTest::newRow("no max-age") << QByteArray("no-cache, no-store") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("not a number") << QByteArray("max-age=soon") << qint64(-1);
    QTest::newRow("negative") << QByteArray("max-age=-1") << qint64(-1);
    QTest::newRow("no value") << QByteArray("max-age=") << qint64(-1);
}

void TestCacheControl::maxAge()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const std::optional<std::chrono::seconds> maxAge = CacheControl::maxAge(header);
    QCOMPARE(maxAge ? maxAge->count() : qint64(-1), expected);
}

QTEST_GUILESS_MAIN(TestCacheControl)
#include "tst_cachecontrol.moc"
