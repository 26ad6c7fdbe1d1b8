#include "../unit/ServiceTestSupport.h"
#include "ArticleListView.h"
#include "MainWindow.h"
#include "WindowTestSupport.h"
#include "models/ArticleListModel.h"
#include "models/FacetModel.h"
#include "models/Roles.h"
#include "service/LibraryThread.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Clearance;

// The window asks the library for the rows it shows and no more, on every start: whether the newest
// article is read or not, with the state of the last session restored, and when the article to
// restore is further down. Each check ends with a sentinel (earlierRepliesArrived) after a painted
// frame, so a page asked for by the view's layout would have arrived before the rows are counted.
class TestWindowPaging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startLoadsOnlyWhatItShows_data();
    void startLoadsOnlyWhatItShows();
    void restoringAnArticleFurtherDownLoadsUpToIt();
    void focusDoesNotPickTheRowToStartOn();
    void aListTallerThanAPageAsksForTheNext();

private:
    struct Start
    {
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<QSignalSpy> inserted; // the list's rowsInserted, from its first page on
    };
    // A window on the test library, its list watched before any reply can arrive.
    Start start() const;
    // The id of the article `row` rows down the list (0: the newest).
    qint64 articleAt(int row) const;
    // The rows the window has once everything it asked for has arrived and a frame has been painted
    // since; -1 when the library did not answer.
    static int rowsAtRest(MainWindow &window);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestLibrary> m_library;
};

namespace {
// Six pages: a window that paged on would be seen doing it.
constexpr int kArticles = 6 * ArticleListModel::kPageSize;
} // namespace

void TestWindowPaging::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTest::keepSettingsIn(m_settingsDir.path(), QStringLiteral("tst_windowpaging"));
}

void TestWindowPaging::init()
{
    QSettings().clear();
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(populateGenerated(*m_library, kArticles));
}

void TestWindowPaging::cleanup()
{
    m_library.reset();
}

TestWindowPaging::Start TestWindowPaging::start() const
{
    Start s;
    s.window = std::make_unique<MainWindow>(m_library->path());
    // The first page is on its way but cannot arrive before the event loop runs.
    s.inserted = std::make_unique<QSignalSpy>(s.window->articleModel(), &QAbstractItemModel::rowsInserted);
    if (!QSettings().contains(QStringLiteral("window/geometry"))) {
        s.window->setWindowState(Qt::WindowNoState);
        s.window->resize(1400, 900);
    }
    s.window->show();
    if (!QTest::qWaitForWindowExposed(s.window.get()))
        s.window.reset();
    return s;
}

qint64 TestWindowPaging::articleAt(int row) const
{
    // populateGenerated: "Report 0" the oldest, one a day, so the list shows them newest first.
    ListPage page;
    page.limit = row + 1;
    const auto rows = m_library->store->listArticles({}, page);
    return rows && rows->size() > row ? rows->at(row).id : 0;
}

int TestWindowPaging::rowsAtRest(MainWindow &window)
{
    if (!earlierRepliesArrived(*window.service()))
        return -1;
    // A frame: the list lays out the rows that arrived, as it does before painting them; with the bug
    // that layout asked for the next page.
    window.grab();
    if (!earlierRepliesArrived(*window.service()))
        return -1;
    return window.articleModel()->rowCount();
}

void TestWindowPaging::startLoadsOnlyWhatItShows_data()
{
    QTest::addColumn<bool>("firstRead");   // the newest article read before the first start
    QTest::addColumn<bool>("secondStart"); // a first start (which reads the newest), closed, then this
    QTest::addColumn<bool>("filtered");    // the first session leaves a filter behind
    QTest::newRow("newest unread") << false << false << false;
    QTest::newRow("newest read") << true << false << false;
    QTest::newRow("second start") << false << true << false;
    QTest::newRow("second start, filter restored") << false << true << true;
}

void TestWindowPaging::startLoadsOnlyWhatItShows()
{
    QFETCH(bool, firstRead);
    QFETCH(bool, secondStart);
    QFETCH(bool, filtered);
    const qint64 newest = articleAt(0);
    QVERIFY(newest > 0);
    if (firstRead)
        QVERIFY(m_library->store->setRead({newest}, true).ok());
    // Half the articles name Mali (populateGenerated), enough for several pages.
    const int matching = filtered ? kArticles / 2 : kArticles;
    if (secondStart) {
        Start first = start();
        QVERIFY(first.window);
        QTRY_COMPARE(first.window->shownArticleId(), newest);
        if (filtered) {
            ArticleFilter mali;
            mali.values(FacetKind::Country) = {QStringLiteral("ML")};
            first.window->facetModel()->setFilter(mali);
            QTRY_COMPARE(first.window->articleModel()->count(), matching);
        }
        // Read before it closes: the second start finds the newest read.
        QTRY_VERIFY(first.window->articleModel()->index(0, 0).data(ReadRole).toBool());
    }

    const Start s = start();
    QVERIFY(s.window);
    ArticleListModel *list = s.window->articleModel();
    QTRY_VERIFY(s.window->shownArticleId() != 0);
    QCOMPARE(s.window->shownArticleId(), list->index(0, 0).data(ArticleIdRole).toLongLong());
    QTRY_COMPARE(list->count(), matching);
    QCOMPARE(rowsAtRest(*s.window), ArticleListModel::kPageSize);
    QCOMPARE(s.inserted->size(), 1);
    QVERIFY(list->canFetchMore({})); // no page in flight, more to come when asked

    // The sentinel sees a page when one is asked for: at the end of the scroll bar the list asks.
    QScrollBar *bar = s.window->articleListView()->verticalScrollBar();
    bar->setValue(bar->maximum());
    QCOMPARE(rowsAtRest(*s.window), 2 * ArticleListModel::kPageSize);
    QCOMPARE(s.inserted->size(), 2);
}

void TestWindowPaging::restoringAnArticleFurtherDownLoadsUpToIt()
{
    // The last session ended on the 251st article: the window pages down to it, and stops there.
    const int row = 2 * ArticleListModel::kPageSize + 50;
    const qint64 last = articleAt(row);
    QVERIFY(last > 0);
    QSettings().setValue(QStringLiteral("window/lastArticle"), last);
    const Start s = start();
    QVERIFY(s.window);
    QTRY_COMPARE(s.window->shownArticleId(), last);
    QCOMPARE(s.window->articleListView()->currentIndex().row(), row);
    QCOMPARE(rowsAtRest(*s.window), 3 * ArticleListModel::kPageSize);
    QCOMPARE(s.inserted->size(), 3);
}

void TestWindowPaging::focusDoesNotPickTheRowToStartOn()
{
    // The list gains keyboard focus while the window still pages down to the last session's article
    // (on a busy machine the window is shown and focused after the first page has arrived).
    // QAbstractItemView would make its first row current on focus; the article restored must win.
    const qint64 last = articleAt(2 * ArticleListModel::kPageSize + 50);
    QVERIFY(last > 0);
    QSettings().setValue(QStringLiteral("window/lastArticle"), last);
    MainWindow window(m_library->path());
    ArticleListView *view = window.articleListView();
    bool focused = false;
    connect(window.articleModel(), &ArticleListModel::rowsLoaded, view, [view, &focused] {
        if (std::exchange(focused, true))
            return;
        QVERIFY(!view->currentIndex().isValid());
        QFocusEvent focusIn(QEvent::FocusIn, Qt::TabFocusReason);
        QCoreApplication::sendEvent(view, &focusIn);
    });
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(focused);
    QTRY_COMPARE(window.shownArticleId(), last);
}

void TestWindowPaging::aListTallerThanAPageAsksForTheNext()
{
    // A view whose rows all fit asks for the next page itself (QAbstractItemView's own fetch when the
    // last row is in sight), and stops once the rows fill it.
    LibraryThread thread(m_library->path(), Tagger::standard());
    ArticleListModel model(thread.service());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    ArticleListView view(Tagger::standard());
    view.setModel(&model);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(model.rowCount(), ArticleListModel::kPageSize);
    QVERIFY(earlierRepliesArrived(*thread.service()));
    view.grab();
    QVERIFY(earlierRepliesArrived(*thread.service()));
    QCOMPARE(model.rowCount(), ArticleListModel::kPageSize); // 400 px: a page is plenty

    // Room for a page and a half.
    const int rowHeight = view.visualRect(model.index(0, 0)).height();
    QVERIFY(rowHeight > 0);
    view.resize(800, view.header()->height() + 2 * view.frameWidth() +
                         rowHeight * (3 * ArticleListModel::kPageSize / 2));
    QTRY_COMPARE(model.rowCount(), 2 * ArticleListModel::kPageSize);
    QVERIFY(earlierRepliesArrived(*thread.service()));
    view.grab();
    QVERIFY(earlierRepliesArrived(*thread.service()));
    QCOMPARE(model.rowCount(), 2 * ArticleListModel::kPageSize);
    QCOMPARE(inserted.size(), 2);
}

QTEST_MAIN(TestWindowPaging)
#include "tst_windowpaging.moc"
