#include "../unit/ServiceTestSupport.h"
#include "ArticleListView.h"
#include "ImportController.h"
#include "ImportSummaryDialog.h"
#include "MainWindow.h"
#include "SampleArticle.h"
#include "WindowTestSupport.h"
#include "i18n/InterfaceLanguage.h"
#include "models/ArticleListModel.h"

#include <QDir>
#include <QLabel>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Clearance;

// Importing from the window (File > Import, dropped files, files given at start, the first use's
// samples) on a temporary library filled with the sample articles.
class TestWindowImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importAddsArticles();
    void droppedFilesAreImported();
    void importCanBeCancelled();
    void firstUseAddsTheSamples_data();
    void firstUseAddsTheSamples();
    void filesGivenAtStartAreImported();

private:
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestLibrary> m_library;
};

void TestWindowImport::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTest::keepSettingsIn(m_settingsDir.path(), QStringLiteral("tst_windowimport"));
    // As clearance starts: English, with its plural forms ("1 article").
    InterfaceLanguage::apply(QStringLiteral("en"));
}

void TestWindowImport::init()
{
    QSettings().clear();
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(populateSample(*m_library));
}

void TestWindowImport::cleanup()
{
    m_library.reset();
}

std::unique_ptr<MainWindow> TestWindowImport::openWindow()
{
    return WindowTest::openWindow(m_library->path());
}

void TestWindowImport::importAddsArticles()
{
    const auto window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->articleModel()->rowCount(), 10);
    auto *import = window->findChild<ImportController *>();
    QVERIFY(import);
    QSignalSpy finished(import, &ImportController::finished);
    import->importFiles({testData(QStringLiteral("cli/crlf-bom.txt"))});
    QVERIFY(import->isRunning());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toString(), QStringLiteral("Import finished: 2 articles added."));
    QVERIFY(!import->isRunning());
    // The list and the count refresh by themselves.
    QTRY_COMPARE(window->articleModel()->rowCount(), 12);
    QTRY_COMPARE(window->countLabel()->text(), QStringLiteral("12 articles"));
    // The summary lists the file and what became of its articles.
    auto *summary = window->findChild<ImportSummaryDialog *>(QStringLiteral("importSummary"));
    QVERIFY(summary);
    auto *table = summary->findChild<QTableWidget *>();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("crlf-bom.txt"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("2"));
}

void TestWindowImport::droppedFilesAreImported()
{
    const auto window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->articleModel()->rowCount(), 10);
    auto *import = window->findChild<ImportController *>();
    QSignalSpy finished(import, &ImportController::finished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(testData(QStringLiteral("feeds/rss20.xml"))),
                  QUrl::fromLocalFile(testData(QStringLiteral("feeds/opml.xml")))});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &drop);
    QVERIFY(import->isRunning());
    QTRY_COMPARE(finished.size(), 1);
    QTRY_COMPARE(window->articleModel()->rowCount(), 12);
    auto *table = window->findChild<ImportSummaryDialog *>(QStringLiteral("importSummary"))
                      ->findChild<QTableWidget *>();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("RSS 2.0"));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("1")); // skipped
    QVERIFY(table->item(1, 6)->text().contains(QLatin1String("list of feeds")));
    QTRY_COMPARE(window->countLabel()->text(), QStringLiteral("12 articles"));
}

// Cancel in the progress dialog: the feed being read is rolled back and the status bar says so.
void TestWindowImport::importCanBeCancelled()
{
    QByteArray xml = "<rss version=\"2.0\"><channel><title>Big</title>";
    for (int i = 0; i < 20000; ++i)
        xml += "<item><title>Item " + QByteArray::number(i) + "</title><description>Customs in Mali " +
               QByteArray::number(i) + ".</description></item>";
    xml += "</channel></rss>";
    const QString big = writeTestFile(m_library->dir.path(), QStringLiteral("big.xml"), xml);
    const auto window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->articleModel()->rowCount(), 10);
    auto *import = window->findChild<ImportController *>();
    QSignalSpy finished(import, &ImportController::finished);
    import->importFiles({big});
    auto *progress = window->findChild<QProgressDialog *>();
    QVERIFY(progress);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toString(), QStringLiteral("Import cancelled: 0 articles added."));
    QVERIFY(!import->isRunning());
    QCOMPARE(window->statusBar()->currentMessage(), finished.first().first().toString());
    QVERIFY(earlierRepliesArrived(*window->service()));
    QCOMPARE(window->articleModel()->count(), 10);
}

void TestWindowImport::firstUseAddsTheSamples_data()
{
    QTest::addColumn<QStringList>("files"); // given at start (`clearance FILE...`)
    QTest::addColumn<int>("articles");
    QTest::newRow("no file") << QStringList() << 10;
    QTest::newRow("a file of two articles")
        << QStringList{testData(QStringLiteral("cli/crlf-bom.txt"))} << 12;
}

// A new default library fills with the samples on the library thread, then shows the first article.
void TestWindowImport::firstUseAddsTheSamples()
{
    QFETCH(QStringList, files);
    QFETCH(int, articles);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new/library.sqlite"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("new"))));
    MainWindow window(path);
    window.addSamplesWhenOpened();
    window.resize(1400, 900);
    window.show();
    if (!files.isEmpty())
        window.importFiles(files);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.articleModel()->rowCount(), articles);
    QTRY_COMPARE(window.countLabel()->text(),
                 (articles == 1 ? QStringLiteral("1 article") : QStringLiteral("%1 articles").arg(articles)));
    QTRY_VERIFY(window.shownArticleId() != 0);
    QCOMPARE(window.articleListView()->currentIndex().row(), 0);
    // The samples alone need no import summary; with the reader's files it reports on them.
    QCOMPARE(window.findChild<ImportSummaryDialog *>(QStringLiteral("importSummary")) != nullptr,
             !files.isEmpty());
}

void TestWindowImport::filesGivenAtStartAreImported()
{
    // As ui/main.cpp does with `clearance FILE...`: the import is asked for before the library has
    // opened, and a file already in the library adds nothing.
    MainWindow window(m_library->path());
    window.show();
    auto *import = window.findChild<ImportController *>();
    QVERIFY(import);
    QSignalSpy finished(import, &ImportController::finished);
    window.importFiles(
        {testData(QStringLiteral("cli/crlf-bom.txt")), testData(QStringLiteral("cli/crlf-bom.txt"))});
    QVERIFY(import->isRunning());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toString(), QStringLiteral("Import finished: 2 articles added."));
    QTRY_COMPARE(window.articleModel()->rowCount(), 12);

    window.importFiles({});
    QVERIFY(!import->isRunning());
}

QTEST_MAIN(TestWindowImport)
#include "tst_windowimport.moc"
