#include "SampleArticle.h"
#include "TestLibrary.h"
#include "WindowTestSupport.h"
#include "i18n/InterfaceLanguage.h"
#include "tagging/Tagger.h"

#include <QDir>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Clearance;

// A taxonomy file of the reader's own that does not load: the window starts with the bundled taxonomy
// and says in the status bar which file was left out and why. Its own executable: the standard tagger
// is loaded once per process.
class TestUserTaxonomy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void brokenFileIsReported();

private:
    QTemporaryDir m_home;
};

void TestUserTaxonomy::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
    WindowTest::keepSettingsIn(m_home.path(), QStringLiteral("tst_usertaxonomy"));
    InterfaceLanguage::apply(QStringLiteral("en"));
}

void TestUserTaxonomy::brokenFileIsReported()
{
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/taxonomy");
    QVERIFY(folder.startsWith(m_home.path()));
    QVERIFY(QDir().mkpath(folder));
    writeTestFile(folder, QStringLiteral("mine.json"), "{ \"countries\": [");
    TestLibrary library;
    const auto window = WindowTest::openWindow(library.path());
    QVERIFY(window);
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Your own taxonomy files are not used.")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("mine.json")), qPrintable(message));
    QCOMPARE(Tagger::standardProblem(), message.mid(message.indexOf(QStringLiteral("The taxonomy file"))));
    // The bundled taxonomy still tags.
    QVERIFY(!Tagger::standard()->taxonomy().countries().isEmpty());
}

QTEST_MAIN(TestUserTaxonomy)
#include "tst_usertaxonomy.moc"
