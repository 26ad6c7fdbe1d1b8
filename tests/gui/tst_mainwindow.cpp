#include "../unit/ServiceTestSupport.h"
#include "ArticleListView.h"
#include "ArticleView.h"
#include "FacetPanel.h"
#include "MainWindow.h"
#include "SampleArticle.h"
#include "SearchBar.h"
#include "WindowTestSupport.h"
#include "i18n/InterfaceLanguage.h"
#include "models/ArticleListModel.h"
#include "models/FacetFilterProxyModel.h"
#include "models/FacetModel.h"
#include "models/Roles.h"
#include "storage/Database.h"
#include "storage/SavedViewStore.h"

#include <QAbstractButton>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <unistd.h>

using namespace Clearance;

// The window on a temporary library filled with the sample articles, driven like a reader drives it.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsAndShowsTheFirstArticle();
    void checkingFrancophoneAfricaLeavesTwoArticles();
    void searchNarrowsTheList();
    void keyboardMovesTheSelection();
    void spacePagesThenMovesToTheNextUnread();
    void organizationClickFilters();
    void stateIsRestored();
    void savedViewApplies();
    void readerActions();
    void tagEditsReachTheLibrary();
    void unopenableLibraryOffersAWayOut();
    void readOnlyLibraryIsRead();

private:
    std::unique_ptr<MainWindow> openWindow();
    static QStringList titles(const MainWindow &window);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestLibrary> m_library;
};

namespace {
const QString kFrancophone = QStringLiteral("francophone-africa");
} // namespace

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTest::keepSettingsIn(m_settingsDir.path(), QStringLiteral("tst_mainwindow"));
    // As clearance starts: English, with its plural forms ("1 article").
    InterfaceLanguage::apply(QStringLiteral("en"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(populateSample(*m_library));
}

void TestMainWindow::cleanup()
{
    m_library.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow()
{
    return WindowTest::openWindow(m_library->path());
}

QStringList TestMainWindow::titles(const MainWindow &window)
{
    QStringList out;
    const ArticleListModel *model = window.articleModel();
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, 0).data().toString());
    out.sort();
    return out;
}

void TestMainWindow::startsAndShowsTheFirstArticle()
{
    const auto window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->articleModel()->rowCount(), 10);
    QTRY_COMPARE(window->countLabel()->text(), QStringLiteral("10 articles"));
    // The first row is current and shown, then marked read.
    QTRY_VERIFY(window->shownArticleId() != 0);
    const QModelIndex first = window->articleModel()->index(0, 0);
    QCOMPARE(window->articleListView()->currentIndex().row(), 0);
    QCOMPARE(window->shownArticleId(), first.data(ArticleIdRole).toLongLong());
    QTRY_VERIFY(window->articleModel()->index(0, 0).data(ReadRole).toBool());
    QVERIFY(!window->articleModel()->index(1, 0).data(ReadRole).toBool());
    // Every kind is expanded in the facet panel.
    const QTreeView *tree = window->facetPanel()->tree();
    QTRY_COMPARE(tree->model()->rowCount(), 4);
    for (int row = 0; row < 4; ++row)
        QVERIFY(tree->isExpanded(tree->model()->index(row, 0)));
}

void TestMainWindow::checkingFrancophoneAfricaLeavesTwoArticles()
{
    const auto window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->articleModel()->rowCount(), 10);
    QTreeView *tree = window->facetPanel()->tree();
    FacetFilterProxyModel *proxy = window->facetPanel()->proxy();
    QTRY_VERIFY(window->facetModel()->valueIndex(FacetKind::Region, kFrancophone).isValid());
    const QModelIndex value =
        proxy->mapFromSource(window->facetModel()->valueIndex(FacetKind::Region, kFrancophone));
    QVERIFY(value.isValid());

    // As a reader does it from the keyboard: the value current in the tree, Space checks it.
    tree->setFocus();
    tree->setCurrentIndex(value);
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(value.data(Qt::CheckStateRole).toInt(), static_cast<int>(Qt::Checked));

    QStringList expected{kFrancophonePca, kBelgium};
    expected.sort();
    QTRY_COMPARE(titles(*window), expected);
    QTRY_COMPARE(window->countLabel()->text(), QStringLiteral("2 articles"));
    // The other counts follow the filter.
    QTRY_COMPARE(window->facetModel()
                     ->valueIndex(FacetKind::Organization, QStringLiteral("wco"))
                     .data(CountRole)
                     .toLongLong(),
                 2);

    // "Clear filters" brings every article back.
    auto *clear = window->facetPanel()->findChild<QAbstractButton *>(QStringLiteral("clearFilters"));
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_COMPARE(window->articleModel()->rowCount(), 10);
    QTRY_COMPARE(window->countLabel()->text(), QStringLiteral("10 articles"));
}

void TestMainWindow::searchNarrowsTheList()
{
    const auto window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->articleModel()->rowCount(), 10);
    QLineEdit *line = window->searchBar()->lineEdit();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(line->hasFocus());
    QTest::keyClicks(line, QStringLiteral("Guatemala"));
    QTRY_COMPARE(titles(*window), QStringList{kGuatemala});
    QCOMPARE(window->facetModel()->filter().search, QStringLiteral("Guatemala"));
    QTRY_COMPARE(window->countLabel()->text(), QStringLiteral("1 article"));

    // Any text works: quotes, operators and stray punctuation find nothing, without an error.
    line->clear();
    QTest::keyClicks(line, QStringLiteral("zzqx\" NEAR( AND -*"));
    QTRY_COMPARE(window->facetModel()->filter().search, QStringLiteral("zzqx\" NEAR( AND -*"));
    QTRY_COMPARE(window->articleModel()->count(), 0);
    QVERIFY(window->articleModel()->lastError().isEmpty());

    line->clear();
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(window->articleModel()->rowCount(), 10);
}

void TestMainWindow::keyboardMovesTheSelection()
{
    const auto window = openWindow();
    QVERIFY(window);
    ArticleListView *list = window->articleListView();
    QTRY_COMPARE(window->articleModel()->rowCount(), 10);
    QTRY_COMPARE(list->currentIndex().row(), 0);
    list->setFocus();

    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(list->currentIndex().row(), 2);
    QTest::keyClick(list, Qt::Key_K);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 2);
    QTest::keyClick(list, Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_K); // stays on the first row
    QCOMPARE(list->currentIndex().row(), 0);

    // The reading pane follows the current row.
    QTest::keyClick(list, Qt::Key_J);
    const qint64 second = window->articleModel()->index(1, 0).data(ArticleIdRole).toLongLong();
    QTRY_COMPARE(window->shownArticleId(), second);
    QCOMPARE(list->currentArticleId(), second);
}

void TestMainWindow::spacePagesThenMovesToTheNextUnread()
{
    const auto window = openWindow();
    QVERIFY(window);
    ArticleListView *list = window->articleListView();
    QTRY_COMPARE(window->articleModel()->rowCount(), 10);
    QTRY_VERIFY(window->shownArticleId() != 0);
    // Mark the second article read: Space skips it.
    const qint64 second = window->articleModel()->index(1, 0).data(ArticleIdRole).toLongLong();
    list->selectRow(1);
    QTRY_COMPARE(window->shownArticleId(), second);
    QTRY_VERIFY(window->articleModel()->index(1, 0).data(ReadRole).toBool());
    list->selectRow(0);
    QTRY_COMPARE(list->currentIndex().row(), 0);
    list->setFocus();
    // Space pages down the reading pane while there is more to read, then moves on.
    for (int i = 0; i < 20 && list->currentIndex().row() == 0; ++i)
        QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->currentIndex().row(), 2);
}

void TestMainWindow::organizationClickFilters()
{
    const auto window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->articleModel()->rowCount(), 10);
    Q_EMIT window->articleView()->organizationActivated(QStringLiteral("wto"));
    QTRY_COMPARE(titles(*window), QStringList{kPartnership});
    QCOMPARE(window->facetModel()->filter().values(FacetKind::Organization),
             QStringList{QStringLiteral("wto")});
    QTRY_COMPARE(window->countLabel()->text(), QStringLiteral("1 article"));
}

void TestMainWindow::stateIsRestored()
{
    QList<int> sizes;
    qint64 article = 0;
    const int title = static_cast<int>(ArticleListModel::Column::Title);
    {
        const auto window = openWindow();
        QVERIFY(window);
        QTRY_COMPARE(window->articleModel()->rowCount(), 10);
        window->facetModel()->setChecked(FacetKind::Region, kFrancophone, true);
        QTRY_COMPARE(window->articleModel()->rowCount(), 2);
        window->articleListView()->header()->setSortIndicator(title, Qt::AscendingOrder);
        QTRY_COMPARE(window->articleModel()->index(0, 0).data().toString(), kBelgium);
        QTRY_VERIFY(window->articleListView()->currentIndex().isValid());
        window->articleListView()->selectRow(1);
        article = window->articleModel()->index(1, 0).data(ArticleIdRole).toLongLong();
        QTRY_COMPARE(window->shownArticleId(), article);
        QList<int> wanted = window->splitter()->sizes();
        const int total = wanted.at(0) + wanted.at(1) + wanted.at(2);
        wanted = {total / 3, total / 3, total - 2 * (total / 3)};
        window->splitter()->setSizes(wanted);
        sizes = window->splitter()->sizes();
    }
    const auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->facetModel()->filter().values(FacetKind::Region), QStringList{kFrancophone});
    QTRY_COMPARE(window->articleModel()->rowCount(), 2);
    QCOMPARE(window->articleListView()->header()->sortIndicatorSection(), title);
    QCOMPARE(window->articleListView()->header()->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(window->articleModel()->sortOrder().key, ArticleSort::Key::Title);
    QTRY_COMPARE(window->articleModel()->index(0, 0).data().toString(), kBelgium);
    QTRY_COMPARE(window->shownArticleId(), article);
    QCOMPARE(window->articleListView()->currentArticleId(), article);
    QCOMPARE(window->splitter()->sizes(), sizes);
    QTRY_COMPARE(window->countLabel()->text(), QStringLiteral("2 articles"));
}

void TestMainWindow::savedViewApplies()
{
    ArticleFilter francophone;
    francophone.values(FacetKind::Region) = {kFrancophone};
    QVERIFY(SavedViewStore(*m_library->database).save(QStringLiteral("Francophone"), francophone).ok());

    const auto window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->articleModel()->rowCount(), 10);
    QListWidget *views = window->facetPanel()->viewList();
    QTRY_COMPARE(views->count(), 1);
    QCOMPARE(views->item(0)->text(), QStringLiteral("Francophone"));
    const QRect rect = views->visualItemRect(views->item(0));
    QTest::mouseClick(views->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(window->articleModel()->rowCount(), 2);
    QCOMPARE(window->facetModel()->filter(), francophone);
}

void TestMainWindow::readerActions()
{
    const auto window = openWindow();
    QVERIFY(window);
    ArticleListModel *model = window->articleModel();
    QTRY_COMPARE(model->rowCount(), 10);
    QTRY_VERIFY(model->index(0, 0).data(ReadRole).toBool());

    auto *star = window->findChild<QAction *>(QStringLiteral("starAction"));
    auto *unread = window->findChild<QAction *>(QStringLiteral("markUnreadAction"));
    auto *allRead = window->findChild<QAction *>(QStringLiteral("markAllReadAction"));
    QVERIFY(star && unread && allRead);
    star->trigger();
    QTRY_VERIFY(model->index(0, 0).data(StarredRole).toBool());
    QTRY_VERIFY(star->isChecked());
    unread->trigger();
    QTRY_VERIFY(!model->index(0, 0).data(ReadRole).toBool());

    allRead->trigger();
    QTRY_VERIFY([&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->index(row, 0).data(ReadRole).toBool())
                return false;
        }
        return true;
    }());
}

void TestMainWindow::tagEditsReachTheLibrary()
{
    const auto window = openWindow();
    QVERIFY(window);
    ArticleListModel *model = window->articleModel();
    QTRY_COMPARE(model->rowCount(), 10);
    QTRY_VERIFY(window->shownArticleId() != 0);
    const qint64 id = window->shownArticleId();
    const int row = model->rowOf(id);
    QVERIFY(!model->index(row, 0).data(RegionsRole).toStringList().contains(QStringLiteral("europe")));

    Q_EMIT window->articleView()->tagAddRequested(id, FacetKind::Region, QStringLiteral("europe"));
    QTRY_VERIFY(model->index(model->rowOf(id), 0)
                    .data(RegionsRole)
                    .toStringList()
                    .contains(QStringLiteral("europe")));
    Q_EMIT window->articleView()->tagRemoveRequested(id, FacetKind::Region, QStringLiteral("europe"));
    QTRY_VERIFY(!model->index(model->rowOf(id), 0)
                     .data(RegionsRole)
                     .toStringList()
                     .contains(QStringLiteral("europe")));
}

// A library on a read-only share: the window shows it, says it is read-only, marks nothing read by
// itself, and a write the reader asks for is refused with the reason.
void TestMainWindow::readOnlyLibraryIsRead()
{
    if (::geteuid() == 0)
        QSKIP("root writes whatever the permissions say (gui.mainwindow.readonly runs this as nobody)");
    const QString path = m_library->path();
    m_library->store.reset();
    m_library->database.reset();
    const QString folder = m_library->dir.path();
    const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto exec = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(path, readOnly));
    QVERIFY(QFile::setPermissions(folder, readOnly | exec));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, readOnly | exec | QFile::WriteOwner);
        QFile::setPermissions(path, readOnly | QFile::WriteOwner);
    });

    const auto window = WindowTest::openWindow(path);
    QVERIFY(window);
    QTRY_VERIFY(window->shownArticleId() != 0);
    QVERIFY(window->windowTitle().contains(QStringLiteral("read-only")));
    ArticleListModel *model = window->articleModel();
    QTRY_COMPARE(model->rowCount(), 10);
    QVERIFY(earlierRepliesArrived(*window->service()));
    QVERIFY(!model->index(0, 0).data(ReadRole).toBool());

    auto *star = window->findChild<QAction *>(QStringLiteral("starAction"));
    QVERIFY(star);
    window->statusBar()->clearMessage(); // it says the library is read-only
    star->trigger();
    QTRY_COMPARE(window->statusBar()->currentMessage(), Database::readOnlyMessage(path));
    QVERIFY(earlierRepliesArrived(*window->service()));
    QVERIFY(!model->index(0, 0).data(StarredRole).toBool());
}

void TestMainWindow::unopenableLibraryOffersAWayOut()
{
    // A file that is not a library: the window says why and offers a way out; "Quit" closes it.
    const QString path = m_library->dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    QString shownError;
    QStringList buttons;
    QTimer clicker;
    connect(&clicker, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        shownError = box->informativeText();
        for (QAbstractButton *button : box->buttons())
            buttons.append(button->text());
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == QStringLiteral("Quit"))
                button->click();
        }
    });
    clicker.start(50);
    MainWindow window(path);
    window.show();
    QTRY_VERIFY(!buttons.isEmpty());
    QTRY_VERIFY(!window.isVisible());
    QVERIFY(!shownError.isEmpty());
    buttons.sort();
    QCOMPARE(buttons, QStringList({QStringLiteral("Choose another library…"),
                                   QStringLiteral("Create a new library…"), QStringLiteral("Quit")}));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
