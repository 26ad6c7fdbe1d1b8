#include "../unit/ServiceTestSupport.h"
#include "ArticleListView.h"
#include "ExportController.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "WindowTestSupport.h"
#include "export/PdfExporter.h"
#include "models/ArticleListModel.h"
#include "models/FacetModel.h"
#include "service/PdfExportJob.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Clearance;

// File > Export to PDF… in the window (offscreen) on a temporary library holding the sample.
class TestExportController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dialogDefaultsFollowTheFilterAndSelection();
    void exportFromTheWindowOffersTheFile();
    void cancelledJobLeavesNoFile();

private:
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir m_dir;
    std::unique_ptr<TestLibrary> m_library;
};

void TestExportController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    WindowTest::keepSettingsIn(m_dir.path(), QStringLiteral("tst_exportcontroller"));
}

void TestExportController::init()
{
    QSettings().clear();
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(populateSample(*m_library));
}

void TestExportController::cleanup()
{
    m_library.reset();
}

std::unique_ptr<MainWindow> TestExportController::openWindow()
{
    return WindowTest::openWindow(m_library->path());
}

void TestExportController::dialogDefaultsFollowTheFilterAndSelection()
{
    const auto window = openWindow();
    QVERIFY(window);
    auto *controller = window->findChild<ExportController *>();
    QVERIFY(controller);
    QCOMPARE(controller->action()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QTRY_COMPARE(window->articleModel()->count(), 10);

    // One article selected (the current one): the whole list.
    auto dialog = controller->createDialog();
    QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Customs and trade briefing"));
    QVERIFY2(dialog->scopeLabel()->text().contains(QStringLiteral("all 10 article")),
             qPrintable(dialog->scopeLabel()->text()));
    QVERIFY(!dialog->exportsSelection());

    // Three selected.
    QItemSelectionModel *selection = window->articleListView()->selectionModel();
    selection->clearSelection();
    for (int row = 0; row < 3; ++row)
        selection->select(window->articleModel()->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    dialog = controller->createDialog();
    QVERIFY2(dialog->scopeLabel()->text().contains(QStringLiteral("3 selected article")),
             qPrintable(dialog->scopeLabel()->text()));
    QVERIFY(dialog->exportsSelection());

    // A filter: its labels make the title.
    window->facetModel()->setChecked(FacetKind::Region, QStringLiteral("francophone-africa"), true);
    window->facetModel()->setChecked(FacetKind::Initiative, QStringLiteral("pca"), true);
    QTRY_COMPARE(window->articleModel()->count(), 1);
    selection->clearSelection();
    dialog = controller->createDialog();
    QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Francophone Africa · Post-clearance audit"));
    QVERIFY2(dialog->scopeLabel()->text().contains(QStringLiteral("all 1 article")),
             qPrintable(dialog->scopeLabel()->text()));
    QVERIFY(dialog->outputPath().endsWith(QStringLiteral("Francophone-Africa-Post-clearance-audit.pdf")));
}

void TestExportController::exportFromTheWindowOffersTheFile()
{
    const auto window = openWindow();
    QVERIFY(window);
    auto *controller = window->findChild<ExportController *>();
    QVERIFY(controller);
    window->facetModel()->setChecked(FacetKind::Region, QStringLiteral("francophone-africa"), true);
    QTRY_COMPARE(window->articleModel()->count(), 2);

    const QString output = m_dir.filePath(QStringLiteral("window.pdf"));
    QSignalSpy finished(controller, &ExportController::exportFinished);
    // The dialog is modal: fill it in once it shows.
    QTimer::singleShot(0, this, [output] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setOutputPath(output);
        dialog->accept();
    });
    controller->action()->trigger();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toString(), output);
    QVERIFY(QFile::exists(output));
    auto *offer = window->statusBar()->findChild<QLabel *>(QStringLiteral("exportOffer"));
    QVERIFY(offer);
    QVERIFY2(offer->text().contains(QStringLiteral("window.pdf")), qPrintable(offer->text()));
    QVERIFY(offer->text().contains(QStringLiteral("Show folder")));
    // The dialog remembered the reader's choices.
    QCOMPARE(QSettings().value(QStringLiteral("export/folder")).toString(), m_dir.path());
}

void TestExportController::cancelledJobLeavesNoFile()
{
    PdfExportJob job(Tagger::standard());
    PdfExportJob::Request request;
    request.libraryPath = m_library->path();
    request.filter = ArticleFilter();
    request.output = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    request.options.title = QStringLiteral("Cancelled");
    QSignalSpy finished(&job, &PdfExportJob::finished);
    // Cancel at the first progress report, on the worker thread itself (cancel() is thread-safe), so
    // the export cannot finish first.
    connect(&job, &PdfExportJob::progressed, &job, &PdfExportJob::cancel, Qt::DirectConnection);
    QVERIFY(job.start(request));
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(60000));
    const QList<QVariant> &args = finished.first();
    QCOMPARE(args.at(3).toString(), PdfExporter::cancelledMessage());
    QCOMPARE(args.at(4).toBool(), true);
    QVERIFY(!job.isRunning());
    QVERIFY(!QFile::exists(request.output));
}

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
