#include "i18n/InterfaceLanguage.h"

#include <QGuiApplication>
#include <QTest>

using namespace Clearance;

// The first language a process applies, as `clearance --lang ar` does at start. Its own executable:
// what is tested happens once per process.
class TestStartLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arabicFirstMirrors();
};

void TestStartLanguage::arabicFirstMirrors()
{
    QVERIFY(!QGuiApplication::isRightToLeft());
    QCOMPARE(InterfaceLanguage::apply(QStringLiteral("ar")), QStringLiteral("ar"));
    QVERIFY(QGuiApplication::isRightToLeft());
    QCOMPARE(QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION"), QStringLiteral("RTL"));
    InterfaceLanguage::apply(QStringLiteral("fr"));
    QVERIFY(QGuiApplication::isLeftToRight());
    InterfaceLanguage::apply(QStringLiteral("ar"));
    QVERIFY(QGuiApplication::isRightToLeft());
}

QTEST_MAIN(TestStartLanguage)
#include "tst_startlanguage.moc"
