#include "../unit/ServiceTestSupport.h"
#include "FacetPanel.h"
#include "MainWindow.h"
#include "SourceDialog.h"
#include "SourcePanel.h"
#include "WindowTestSupport.h"
#include "i18n/InterfaceLanguage.h"
#include "models/ArticleListModel.h"
#include "models/Roles.h"
#include "models/SourceTreeModel.h"
#include "storage/SourceStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Clearance;

// The sources panel of the window: selecting a source or a folder shows its articles, and sources
// are added, edited and removed through it.
class TestWindowSources final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void selectingASourceShowsItsArticles();
    void addsASourceThroughTheDialog();
    void aRefusedAddressSaysWhyAndAddsNothing();
    void editsAndRemovesTheSelectedSource();

private:
    void select(const QModelIndex &index);
    // Runs `fill` on the source dialog once it is open, then accepts it.
    void whenDialogOpens(const std::function<void(SourceDialog *)> &fill);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_wco = 0;
    qint64 m_wto = 0;
};

void TestWindowSources::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTest::keepSettingsIn(m_settingsDir.path(), QStringLiteral("tst_windowsources"));
    InterfaceLanguage::apply(QStringLiteral("en"));
}

void TestWindowSources::init()
{
    QSettings().clear();
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(populateSample(*m_library));
    SourceStore sources(*m_library->database);
    Source wco;
    wco.url = QStringLiteral("https://www.wcoomd.org/en/media/newsroom.aspx");
    wco.title = QStringLiteral("WCO newsroom");
    wco.kind = Source::Kind::Page;
    wco.folder = QStringLiteral("International");
    m_wco = *sources.add(wco);
    Source wto;
    wto.url = QStringLiteral("https://www.wto.org/library/rss/latest_news_e.xml");
    wto.title = QStringLiteral("WTO news");
    wto.folder = QStringLiteral("International");
    m_wto = *sources.add(wto);
    QVERIFY(sources.linkArticles(m_wco, {1, 2, 3, 4, 5, 6}));
    QVERIFY(sources.linkArticles(m_wto, {6, 7}));

    m_window = WindowTest::openWindow(m_library->path());
    QVERIFY(m_window);
    QTRY_COMPARE(m_window->articleModel()->count(), 10);
    QTRY_COMPARE(m_window->sourceModel()->sourceCount(), 2);
}

void TestWindowSources::cleanup()
{
    m_window.reset();
    m_library.reset();
}

void TestWindowSources::select(const QModelIndex &index)
{
    QTreeView *tree = m_window->sourcePanel()->tree();
    tree->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestWindowSources::whenDialogOpens(const std::function<void(SourceDialog *)> &fill)
{
    QTimer::singleShot(0, this, [fill] {
        auto *dialog = qobject_cast<SourceDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
        dialog->accept();
    });
}

void TestWindowSources::selectingASourceShowsItsArticles()
{
    SourceTreeModel *model = m_window->sourceModel();
    select(model->indexOfSource(m_wto));
    QTRY_COMPARE(m_window->articleModel()->count(), 2);
    select(model->indexOfSource(m_wco));
    QTRY_COMPARE(m_window->articleModel()->count(), 6);
    select(model->indexOfFolder(QStringLiteral("International")));
    QTRY_COMPARE(m_window->articleModel()->count(), 7);

    // "Clear filters" shows every article again, and the panel selects nothing.
    m_window->facetPanel()->findChild<QToolButton *>(QStringLiteral("clearFilters"))->click();
    QTRY_COMPARE(m_window->articleModel()->count(), 10);
    QVERIFY(!m_window->sourcePanel()->tree()->selectionModel()->hasSelection());
    // The unread counts are the library's (the window may have opened and so read one article).
    ArticleFilter unreadFromWto;
    unreadFromWto.sources = {m_wto};
    unreadFromWto.unreadOnly = true;
    QTRY_COMPARE(model->indexOfSource(m_wto).data(UnreadRole).toLongLong(),
                 *m_library->store->countArticles(unreadFromWto));
}

void TestWindowSources::addsASourceThroughTheDialog()
{
    whenDialogOpens([](SourceDialog *dialog) {
        // Pasted without a scheme: https is meant.
        dialog->urlEdit()->setText(QStringLiteral("www.cbp.gov/rss/trade"));
        dialog->titleEdit()->setText(QStringLiteral("CBP trade"));
        dialog->folderBox()->setCurrentText(QStringLiteral("National/Americas"));
        dialog->intervalBox()->setValue(120);
    });
    m_window->sourcePanel()->addSource();
    SourceTreeModel *model = m_window->sourceModel();
    QTRY_COMPARE(model->sourceCount(), 3);
    const QModelIndex americas = model->indexOfFolder(QStringLiteral("National/Americas"));
    QVERIFY(americas.isValid());
    const Source *added = model->source(model->index(0, 0, americas));
    QVERIFY(added);
    QCOMPARE(added->url, QStringLiteral("https://www.cbp.gov/rss/trade"));
    QCOMPARE(added->title, QStringLiteral("CBP trade"));
    QCOMPARE(added->intervalMinutes, 120);
    QCOMPARE(added->kind, Source::Kind::Feed);
}

void TestWindowSources::aRefusedAddressSaysWhyAndAddsNothing()
{
    QString warning;
    whenDialogOpens([](SourceDialog *dialog) {
        dialog->urlEdit()->setText(QStringLiteral("https://www.wto.org/library/rss/latest_news_e.xml#top"));
    });
    // The warning comes once the service has answered: close it and keep its text.
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&warning] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->accept();
        }
    });
    watcher.start(20);
    m_window->sourcePanel()->addSource();
    QTRY_VERIFY(!warning.isEmpty());
    QVERIFY2(warning.contains(QLatin1String("already a source")), qPrintable(warning));
    QCOMPARE(m_window->sourceModel()->sourceCount(), 2);
}

void TestWindowSources::editsAndRemovesTheSelectedSource()
{
    SourceTreeModel *model = m_window->sourceModel();
    select(model->indexOfSource(m_wco));
    QTRY_COMPARE(m_window->articleModel()->count(), 6);
    whenDialogOpens([](SourceDialog *dialog) {
        QVERIFY(dialog->pageButton()->isChecked());
        dialog->titleEdit()->setText(QStringLiteral("WCO news"));
        dialog->linksEdit()->setText(QStringLiteral("/en/media/newsroom/*"));
    });
    m_window->sourcePanel()->editSelectedSource();
    QTRY_COMPARE(model->indexOfSource(m_wco).data().toString(), QStringLiteral("WCO news"));
    QCOMPARE(model->source(model->indexOfSource(m_wco))->linkPattern, QStringLiteral("/en/media/newsroom/*"));
    // The selection and its filter survive the rebuild of the tree.
    QTRY_VERIFY(m_window->sourcePanel()->tree()->selectionModel()->isRowSelected(
        model->indexOfSource(m_wco).row(), model->indexOfSource(m_wco).parent()));
    QCOMPARE(m_window->articleModel()->count(), 6);

    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    m_window->sourcePanel()->removeSelectedSource();
    QTRY_VERIFY(!model->indexOfSource(m_wco).isValid());
    // Its articles stay; the list no longer narrows to a source that is gone.
    QTRY_COMPARE(m_window->articleModel()->count(), 10);
}

QTEST_MAIN(TestWindowSources)
#include "tst_windowsources.moc"
