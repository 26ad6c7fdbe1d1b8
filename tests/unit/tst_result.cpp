#include "domain/Result.h"

#include <QTest>

#include <memory>
#include <type_traits>

using namespace Clearance;

// Result hands out references into a named Result and values out of a temporary one, so that binding
// `const auto &x = f().value()` keeps a value alive instead of pointing into a destroyed Result.
class TestResult final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void temporaryGivesValues();
    void namedGivesReferences();
    void failureKeepsItsMessage();
};

namespace {

Result<QString> text(int repeat)
{
    return QStringLiteral("customs ").repeated(repeat); // on the heap, freed with the Result
}

Result<std::unique_ptr<int>> owned(int value)
{
    return std::make_unique<int>(value);
}

} // namespace

static_assert(std::is_same_v<decltype(text(1).value()), QString>);
static_assert(std::is_same_v<decltype(*text(1)), QString>);
static_assert(std::is_same_v<decltype(text(1).error()), QString>);
static_assert(std::is_same_v<decltype(std::declval<Result<QString> &>().value()), QString &>);
static_assert(std::is_same_v<decltype(std::declval<const Result<QString> &>().value()), const QString &>);
static_assert(std::is_same_v<decltype(std::declval<const Result<QString> &>().error()), const QString &>);
static_assert(std::is_same_v<decltype(Status().error()), QString>);

void TestResult::temporaryGivesValues()
{
    const auto &bound = text(3).value(); // the life of the value is extended, not of a reference into it
    QCOMPARE(bound, QStringLiteral("customs customs customs "));
    // Move-only values come out of a temporary too.
    const std::unique_ptr<int> taken = owned(7).value();
    QCOMPARE(*taken, 7);
    for (const QChar c : text(1).value()) // the range is the value itself
        QVERIFY(!c.isNull());
}

void TestResult::namedGivesReferences()
{
    Result<QString> named = text(2);
    QCOMPARE(&named.value(), &std::as_const(named).value());
    named.value().append(QStringLiteral("!"));
    QCOMPARE(*named, QStringLiteral("customs customs !"));
    Result<std::unique_ptr<int>> pointer = owned(3);
    std::unique_ptr<int> moved = std::move(pointer).value();
    QCOMPARE(*moved, 3);
}

void TestResult::failureKeepsItsMessage()
{
    const auto failed = Result<QString>::failure(QStringLiteral("The file is empty."));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error(), QStringLiteral("The file is empty."));
    const QString &message = Result<int>::failure(QStringLiteral("gone")).error(); // a value, extended
    QCOMPARE(message, QStringLiteral("gone"));
    const Status status = Status::failure(QStringLiteral("read-only"));
    QVERIFY(!status);
    QCOMPARE(status.error(), QStringLiteral("read-only"));
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
