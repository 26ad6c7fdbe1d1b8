#include "SampleArticle.h"
#include "ServiceTestSupport.h"
#include "models/ArticleListModel.h"
#include "models/Roles.h"
#include "service/LibraryService.h"
#include "service/LibraryThread.h"
#include "storage/SortedIdCache.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Clearance;

// The lazy article list over a LibraryService running on its own thread.
class TestArticleListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void showsTheSampleNewestFirst();
    void filtersAndSearches();
    void pagesOfAHundredOnlyWhenAsked();
    void underTheTesterEveryPageArrivesOnce();
    void staleRepliesAreDropped();
    void reloadsLoadedRowsWhenTheLibraryChanges_data();
    void reloadsLoadedRowsWhenTheLibraryChanges();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void sortsTheFilteredRows();
    void datesAreShortButUnambiguous_data();
    void datesAreShortButUnambiguous();

private:
    void open(int generated = 0, bool tester = true);
    QStringList titles() const;

    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<LibraryThread> m_thread;
    std::unique_ptr<ArticleListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {

int column(ArticleListModel::Column c)
{
    return static_cast<int>(c);
}

ArticleFilter francophoneAfrica()
{
    ArticleFilter filter;
    filter.values(FacetKind::Region) = {QStringLiteral("francophone-africa")};
    return filter;
}
} // namespace

// The sample library, or `generated` articles instead.
void TestArticleListModel::open(int generated, bool tester)
{
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(generated > 0 ? populateGenerated(*m_library, generated) : populateSample(*m_library));
    m_thread = std::make_unique<LibraryThread>(m_library->path(), Tagger::standard());
    m_model = std::make_unique<ArticleListModel>(m_thread->service());
    if (tester)
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestArticleListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_thread.reset();
    m_library.reset();
}

QStringList TestArticleListModel::titles() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out.append(m_model->index(row, column(ArticleListModel::Column::Title)).data().toString());
    return out;
}

void TestArticleListModel::showsTheSampleNewestFirst()
{
    open();
    QCOMPARE(m_model->count(), -1); // not answered yet
    QTRY_COMPARE(m_model->rowCount(), 10);
    QTRY_COMPARE(m_model->count(), 10);
    QVERIFY(!m_model->canFetchMore({})); // fewer than a page: the end
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Title"));
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Date"));
    QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Source"));

    QDateTime previous;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const QDateTime published = index.data(PublishedRole).toDateTime();
        QVERIFY(!previous.isValid() || published <= previous);
        previous = published;
        QVERIFY(index.data(ArticleIdRole).toLongLong() > 0);
        QCOMPARE(index.data(ReadRole).toBool(), false);
        QCOMPARE(index.data(StarredRole).toBool(), false);
        QCOMPARE(index.data(SummaryRole).value<ArticleSummary>().title, index.data().toString());
        QCOMPARE(m_model->index(row, 1).data().toString(),
                 QLocale().toString(published.toLocalTime().date(), QLocale::ShortFormat));
    }
    const int row = m_model->rowOf(m_model->index(3, 0).data(ArticleIdRole).toLongLong());
    QCOMPARE(row, 3);
    const QModelIndex belgium = m_model->index(titles().indexOf(kBelgium), 0);
    QVERIFY(belgium.data(RegionsRole).toStringList().contains(QStringLiteral("francophone-africa")));
    QVERIFY(belgium.data(OrganizationsRole).toStringList().contains(QStringLiteral("wco")));
}

void TestArticleListModel::filtersAndSearches()
{
    open();
    QTRY_COMPARE(m_model->rowCount(), 10);
    QSignalSpy counted(m_model.get(), &ArticleListModel::countChanged);
    m_model->setFilter(francophoneAfrica());
    QTRY_COMPARE(m_model->count(), 2);
    QTRY_COMPARE(m_model->rowCount(), 2);
    QStringList got = titles();
    got.sort();
    QStringList expected{kFrancophonePca, kBelgium};
    expected.sort();
    QCOMPARE(got, expected);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.first().first().toLongLong(), 2);

    ArticleFilter search;
    search.search = QStringLiteral("guatémala");
    m_model->setFilter(search);
    QTRY_COMPARE(m_model->count(), 1);
    QTRY_COMPARE(titles(), QStringList{kGuatemala});

    // Search and facets combine.
    ArticleFilter both = francophoneAfrica();
    both.search = QStringLiteral("audits");
    m_model->setFilter(both);
    QTRY_COMPARE(titles(), QStringList{kFrancophonePca});
    QCOMPARE(m_model->filter(), both);
}

void TestArticleListModel::pagesOfAHundredOnlyWhenAsked()
{
    // Without QAbstractItemModelTester: it calls fetchMore() after every change, like a view that always
    // wants more rows (see the next test), which would hide whether the model loads only when asked.
    open(350, false);
    LibraryService &service = *m_thread->service();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QTRY_COMPARE(m_model->rowCount(), 100);
    QTRY_COMPARE(m_model->count(), 350);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Report 349"));
    QCOMPARE(m_model->index(99, 0).data().toString(), QStringLiteral("Report 250"));
    // Nothing more until asked: a page the model had asked for by itself would have arrived by now.
    QVERIFY(earlierRepliesArrived(service));
    QCOMPARE(m_model->rowCount(), 100);

    // Held, as a view holds it while it lays its rows out: no page either.
    QVERIFY(m_model->canFetchMore({}));
    m_model->holdFetching(true);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({});
    QVERIFY(earlierRepliesArrived(service));
    QCOMPARE(m_model->rowCount(), 100);
    m_model->holdFetching(false);

    QVERIFY(m_model->canFetchMore({}));
    m_model->fetchMore({});
    QVERIFY(!m_model->canFetchMore({})); // one page in flight at a time
    m_model->fetchMore({});              // ignored: had it asked, a third page would be here now
    QVERIFY(earlierRepliesArrived(service));
    QCOMPARE(m_model->rowCount(), 200);
    QCOMPARE(m_model->index(100, 0).data().toString(), QStringLiteral("Report 249"));

    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 300);
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 350);
    QVERIFY(earlierRepliesArrived(service)); // and nothing after the last page
    QCOMPARE(m_model->rowCount(), 350);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->index(349, 0).data().toString(), QStringLiteral("Report 0"));
    for (const QList<QVariant> &args : std::as_const(inserted))
        QVERIFY(args.at(2).toInt() - args.at(1).toInt() + 1 <= ArticleListModel::kPageSize);
    QCOMPARE(inserted.size(), 4);
}

void TestArticleListModel::underTheTesterEveryPageArrivesOnce()
{
    open(350);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QTRY_COMPARE(m_model->rowCount(), 350);
    // A page asked for twice, or after the last, would have arrived by now.
    QVERIFY(earlierRepliesArrived(*m_thread->service()));
    QCOMPARE(m_model->rowCount(), 350);
    QCOMPARE(inserted.size(), 4);
    QVERIFY(!m_model->canFetchMore({}));
    QStringList all = titles();
    all.removeDuplicates();
    QCOMPARE(all.size(), 350);
    for (const QList<QVariant> &args : std::as_const(inserted))
        QVERIFY(args.at(2).toInt() - args.at(1).toInt() + 1 <= ArticleListModel::kPageSize);
}

void TestArticleListModel::staleRepliesAreDropped()
{
    open(350);
    QTRY_COMPARE(m_model->rowCount(), 350);
    ArticleFilter mali;
    mali.values(FacetKind::Country) = {QStringLiteral("ML")};
    ArticleFilter nepalSearch;
    nepalSearch.search = QStringLiteral("\"report 12\"");
    // Three filters in a row, faster than the service answers: only the last one's rows arrive.
    m_model->setFilter(francophoneAfrica());
    m_model->setFilter(mali);
    m_model->setFilter(nepalSearch);
    // Every reply to the three has arrived and been handled by now, the stale ones included.
    QVERIFY(earlierRepliesArrived(*m_thread->service()));
    QCOMPARE(m_model->count(), 1);
    QCOMPARE(titles(), QStringList{QStringLiteral("Report 12")});
    QCOMPARE(m_model->filter(), nepalSearch);
}

void TestArticleListModel::reloadsLoadedRowsWhenTheLibraryChanges_data()
{
    QTest::addColumn<bool>("tester");
    QTest::addColumn<int>("loaded"); // rows loaded before the change
    // Without the tester two of the four pages are loaded; with it (it fetches more after every
    // change) all of them.
    QTest::newRow("two pages loaded") << false << 200;
    QTest::newRow("under the model tester") << true << 350;
}

void TestArticleListModel::reloadsLoadedRowsWhenTheLibraryChanges()
{
    QFETCH(bool, tester);
    QFETCH(int, loaded);
    open(350, tester);
    QTRY_VERIFY(m_model->rowCount() >= 100);
    if (!tester)
        m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), loaded);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const qint64 id = m_model->index(150, 0).data(ArticleIdRole).toLongLong();
    QVERIFY(waitForAnswer(m_thread->service()->setRead({id}, true)).ok());
    QVERIFY(waitForAnswer(m_thread->service()->setStarred({id}, true)).ok());
    QTRY_VERIFY(m_model->index(150, 0).data(ReadRole).toBool());
    QTRY_VERIFY(m_model->index(150, 0).data(StarredRole).toBool());
    QVERIFY(earlierRepliesArrived(*m_thread->service())); // both reloads are in
    QCOMPARE(m_model->rowCount(), loaded);                // the rows loaded so far stay loaded
    QCOMPARE(reset.size(), 0);                            // same rows: changed in place
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_model->canFetchMore({}), loaded < 350);

    // Under "unread only" the same kind of write changes which rows there are.
    ArticleFilter unread;
    unread.unreadOnly = true;
    m_model->setFilter(unread);
    QTRY_COMPARE(m_model->count(), 349);
    QTRY_COMPARE(m_model->rowCount(), tester ? 349 : 100);
    const qint64 first = m_model->index(0, 0).data(ArticleIdRole).toLongLong();
    QVERIFY(waitForAnswer(m_thread->service()->setRead({first}, true)).ok());
    QTRY_COMPARE(m_model->count(), 348);
    QTRY_VERIFY(m_model->index(0, 0).data(ArticleIdRole).toLongLong() != first);
    QTRY_COMPARE(m_model->rowCount(), tester ? 348 : 100);
}

void TestArticleListModel::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (const auto c : {ArticleListModel::Column::Title, ArticleListModel::Column::Date,
                         ArticleListModel::Column::Source}) {
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray name =
                QByteArray::number(column(c)) + (order == Qt::AscendingOrder ? " ascending" : " descending");
            QTest::newRow(name.constData()) << column(c) << order;
        }
    }
}

// Every article exactly once across the pages, each pair of neighbours in order: by the column as the
// locale sorts it (ignoring case), then newest first; dates by themselves.
void TestArticleListModel::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    open(350);
    QTRY_COMPARE(m_model->rowCount(), 350);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(column, order);
    const bool resorted =
        !(column == ::column(ArticleListModel::Column::Date) && order == Qt::DescendingOrder);
    QCOMPARE(reset.size(), resorted ? 1 : 0);
    QTRY_COMPARE(m_model->rowCount(), 350); // the tester fetches every page
    QCOMPARE(m_model->count(), 350);

    const QCollator collator = SortedIdCache::collator();
    QSet<qint64> ids;
    QStringList sources;
    const int sign = order == Qt::AscendingOrder ? 1 : -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ArticleSummary &s = m_model->summary(row);
        ids.insert(s.id);
        if (!sources.contains(s.source))
            sources.append(s.source);
        if (row == 0)
            continue;
        const ArticleSummary &p = m_model->summary(row - 1);
        int byText = 0;
        if (column == ::column(ArticleListModel::Column::Title))
            byText = collator.compare(p.title, s.title);
        else if (column == ::column(ArticleListModel::Column::Source))
            byText = collator.compare(p.source, s.source);
        if (column == ::column(ArticleListModel::Column::Date)) {
            QVERIFY2(sign * (s.published.toSecsSinceEpoch() - p.published.toSecsSinceEpoch()) >= 0,
                     qPrintable(QStringLiteral("row %1").arg(row)));
        } else {
            QVERIFY2(sign * byText <= 0,
                     qPrintable(QStringLiteral("row %1: %2 / %3").arg(row).arg(p.title, s.title)));
            if (byText == 0)
                QVERIFY2(p.published >= s.published, qPrintable(QStringLiteral("row %1").arg(row)));
        }
    }
    QCOMPARE(ids.size(), 350);
    if (column == ::column(ArticleListModel::Column::Source)) {
        // Case and accents do not separate what a reader sees as the same word.
        QStringList expected{QStringLiteral("Echo"), QStringLiteral("Écho des douanes"),
                             QStringLiteral("WCO"), QStringLiteral("wto")};
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());
        QCOMPARE(sources, expected);
    }
}

void TestArticleListModel::sortsTheFilteredRows()
{
    open();
    QTRY_COMPARE(m_model->rowCount(), 10);
    m_model->setFilter(francophoneAfrica());
    m_model->sort(column(ArticleListModel::Column::Title), Qt::AscendingOrder);
    QTRY_COMPARE(titles(), (QStringList{kBelgium, kFrancophonePca}));
    QCOMPARE(m_model->sortOrder().key, ArticleSort::Key::Title);
    m_model->sort(column(ArticleListModel::Column::Title), Qt::DescendingOrder);
    QTRY_COMPARE(titles(), (QStringList{kFrancophonePca, kBelgium}));
    // A new filter keeps the order.
    m_model->setFilter({});
    QTRY_COMPARE(m_model->rowCount(), 10);
    QStringList expected = titles();
    const QCollator collator = SortedIdCache::collator();
    std::sort(expected.begin(), expected.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) > 0; });
    QCOMPARE(titles(), expected);
}

void TestArticleListModel::datesAreShortButUnambiguous_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                           << QStringLiteral("Nov 26, 2026");
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                           << QStringLiteral("26 Nov 2026");
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("26 nov. 2026");
    QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain) << QStringLiteral("26 nov 2026");
    QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China) << QStringLiteral("2026年11月26日");
}

// Day, month and a four-digit year, no weekday: 11/26/26 reads as another day outside the US.
void TestArticleListModel::datesAreShortButUnambiguous()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(ArticleListModel::dateText(QDate(2026, 11, 26), locale), expected);
    const QString arabic =
        ArticleListModel::dateText(QDate(2026, 11, 26), QLocale(QLocale::Arabic, QLocale::Egypt));
    QVERIFY2(!arabic.contains(QLocale(QLocale::Arabic).dayName(4)), qPrintable(arabic)); // no Thursday
}

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
