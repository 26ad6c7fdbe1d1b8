#include "SampleArticle.h"
#include "ServiceTestSupport.h"
#include "models/ArticleListModel.h"
#include "models/FacetFilterProxyModel.h"
#include "models/FacetModel.h"
#include "models/Roles.h"
#include "service/LibraryService.h"
#include "service/LibraryThread.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Clearance;

// The facet tree with live counts, wired to the article list the way the window wires them.
class TestFacetModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fourKindsWithCounts();
    void checkingFrancophoneAfricaFiltersTheList();
    void searchNarrowsListAndCounts();
    void setFilterChecksValues();
    void aCheckedValueAlwaysShows();
    void findLineKeepsMatchesAndTheirKinds();

private:
    qint64 countOf(FacetKind kind, const QString &key) const;
    QStringList titles() const;

    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<LibraryThread> m_thread;
    std::unique_ptr<FacetModel> m_facets;
    std::unique_ptr<ArticleListModel> m_list;
    std::unique_ptr<FacetFilterProxyModel> m_proxy;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

namespace {
const QString kFrancophone = QStringLiteral("francophone-africa");
} // namespace

void TestFacetModel::init()
{
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(populateSample(*m_library));
    m_thread = std::make_unique<LibraryThread>(m_library->path(), Tagger::standard());
    m_facets = std::make_unique<FacetModel>(m_thread->service());
    m_list = std::make_unique<ArticleListModel>(m_thread->service());
    m_proxy = std::make_unique<FacetFilterProxyModel>();
    m_proxy->setSourceModel(m_facets.get());
    for (QAbstractItemModel *model :
         std::initializer_list<QAbstractItemModel *>{m_facets.get(), m_list.get(), m_proxy.get()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    connect(m_facets.get(), &FacetModel::filterChanged, m_list.get(), &ArticleListModel::setFilter);
    QTRY_COMPARE(countOf(FacetKind::Organization, QStringLiteral("wco")), 10);
    QTRY_COMPARE(m_list->rowCount(), 10);
}

void TestFacetModel::cleanup()
{
    m_testers.clear();
    m_proxy.reset();
    m_list.reset();
    m_facets.reset();
    m_thread.reset();
    m_library.reset();
}

// -1 when the value is not shown.
qint64 TestFacetModel::countOf(FacetKind kind, const QString &key) const
{
    const QModelIndex index = m_facets->valueIndex(kind, key);
    return index.isValid() ? index.data(CountRole).toLongLong() : -1;
}

QStringList TestFacetModel::titles() const
{
    QStringList out;
    for (int row = 0; row < m_list->rowCount(); ++row)
        out.append(m_list->index(row, 0).data().toString());
    out.sort();
    return out;
}

void TestFacetModel::fourKindsWithCounts()
{
    QCOMPARE(m_facets->rowCount(), 4);
    const QStringList kinds{QStringLiteral("Regions"), QStringLiteral("Initiatives"),
                            QStringLiteral("Organizations"), QStringLiteral("Countries")};
    for (int row = 0; row < 4; ++row) {
        const QModelIndex kind = m_facets->index(row, 0);
        QCOMPARE(kind.data().toString(), kinds.at(row));
        QCOMPARE(kind.data(KindRole).toInt(), row);
        QVERIFY(m_facets->rowCount(kind) > 0);
        QVERIFY(!kind.data(Qt::CheckStateRole).isValid());
        // Values in label order, each with a count.
        QString previous;
        for (int child = 0; child < m_facets->rowCount(kind); ++child) {
            const QModelIndex value = m_facets->index(child, 0, kind);
            QVERIFY(value.data(CountRole).toLongLong() > 0);
            QCOMPARE(value.data(KindRole).toInt(), row);
            QCOMPARE(value.data(Qt::CheckStateRole).toInt(), static_cast<int>(Qt::Unchecked));
            QVERIFY(value.flags() & Qt::ItemIsUserCheckable);
            const QString label = value.data().toString();
            QVERIFY(QString::compare(previous, label, Qt::CaseInsensitive) <= 0);
            previous = label;
        }
    }
    QCOMPARE(countOf(FacetKind::Region, kFrancophone), 2);
    QCOMPARE(countOf(FacetKind::Initiative, QStringLiteral("pca")), 2);
    QCOMPARE(countOf(FacetKind::Initiative, QStringLiteral("mercator")), 1);
}

void TestFacetModel::checkingFrancophoneAfricaFiltersTheList()
{
    QSignalSpy filterChanged(m_facets.get(), &FacetModel::filterChanged);
    const QModelIndex value = m_facets->valueIndex(FacetKind::Region, kFrancophone);
    QVERIFY(value.isValid());
    QVERIFY(m_facets->setData(value, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(value.data(Qt::CheckStateRole).toInt(), static_cast<int>(Qt::Checked));
    QCOMPARE(filterChanged.size(), 1);
    QCOMPARE(filterChanged.first().first().value<ArticleFilter>().values(FacetKind::Region),
             QStringList{kFrancophone});

    QStringList expected{kFrancophonePca, kBelgium};
    expected.sort();
    QTRY_COMPARE(titles(), expected);
    QTRY_COMPARE(m_list->count(), 2);
    // The other kinds count under the region; values left with no article disappear.
    QTRY_COMPARE(countOf(FacetKind::Initiative, QStringLiteral("pca")), 1);
    QCOMPARE(countOf(FacetKind::Initiative, QStringLiteral("mercator")), -1);
    QCOMPARE(countOf(FacetKind::Organization, QStringLiteral("wco")), 2);
    // A kind's own values count without its own filter (OR within a kind).
    QCOMPARE(countOf(FacetKind::Region, kFrancophone), 2);
    QVERIFY(countOf(FacetKind::Region, QStringLiteral("lldc")) >= 1);

    // Unchecking brings everything back.
    QVERIFY(m_facets->setData(m_facets->valueIndex(FacetKind::Region, kFrancophone), Qt::Unchecked,
                              Qt::CheckStateRole));
    QTRY_COMPARE(m_list->rowCount(), 10);
    QTRY_COMPARE(countOf(FacetKind::Initiative, QStringLiteral("mercator")), 1);
    QCOMPARE(countOf(FacetKind::Initiative, QStringLiteral("pca")), 2);
}

void TestFacetModel::searchNarrowsListAndCounts()
{
    m_facets->setSearchText(QStringLiteral("Guatemala"));
    QTRY_COMPARE(titles(), QStringList{kGuatemala});
    QTRY_COMPARE(countOf(FacetKind::Organization, QStringLiteral("wco")), 1);
    QCOMPARE(countOf(FacetKind::Region, kFrancophone), -1);
    QCOMPARE(m_facets->filter().search, QStringLiteral("Guatemala"));

    m_facets->setSearchText({});
    QTRY_COMPARE(m_list->rowCount(), 10);
    QTRY_COMPARE(countOf(FacetKind::Region, kFrancophone), 2);
}

void TestFacetModel::setFilterChecksValues()
{
    QSignalSpy filterChanged(m_facets.get(), &FacetModel::filterChanged);
    QSignalSpy dataChanged(m_facets.get(), &QAbstractItemModel::dataChanged);
    ArticleFilter view;
    view.values(FacetKind::Region) = {kFrancophone};
    view.values(FacetKind::Initiative) = {QStringLiteral("pca")};
    m_facets->setFilter(view);
    QCOMPARE(filterChanged.size(), 1);
    QCOMPARE(m_facets->valueIndex(FacetKind::Region, kFrancophone).data(Qt::CheckStateRole).toInt(),
             static_cast<int>(Qt::Checked));
    QCOMPARE(
        m_facets->valueIndex(FacetKind::Initiative, QStringLiteral("pca")).data(Qt::CheckStateRole).toInt(),
        static_cast<int>(Qt::Checked));
    QVERIFY(dataChanged.size() >= 2);
    QTRY_COMPARE(titles(), QStringList{kFrancophonePca});

    m_facets->setFilter(view); // the same filter again: nothing to announce
    QCOMPARE(filterChanged.size(), 1);

    view.search = QStringLiteral("audits");
    m_facets->setFilter(view);
    m_facets->clearChecks();
    QCOMPARE(filterChanged.size(), 3);
    QCOMPARE(m_facets->filter().search, QStringLiteral("audits"));
    QVERIFY(m_facets->filter().values(FacetKind::Region).isEmpty());
    QTRY_COMPARE(m_list->count(), 1); // "audits" alone
}

void TestFacetModel::aCheckedValueAlwaysShows()
{
    // A saved view naming a value the library does not hold still shows it, checked, to uncheck.
    m_facets->setChecked(FacetKind::Country, QStringLiteral("AQ"), true);
    QTRY_COMPARE(countOf(FacetKind::Country, QStringLiteral("AQ")), 0);
    QCOMPARE(m_facets->valueIndex(FacetKind::Country, QStringLiteral("AQ")).data(Qt::CheckStateRole).toInt(),
             static_cast<int>(Qt::Checked));
    QTRY_COMPARE(m_list->count(), 0);
    m_facets->setChecked(FacetKind::Country, QStringLiteral("AQ"), false);
    QTRY_COMPARE(countOf(FacetKind::Country, QStringLiteral("AQ")), -1);
    QTRY_COMPARE(m_list->count(), 10);
}

void TestFacetModel::findLineKeepsMatchesAndTheirKinds()
{
    // Values sort by count, most first.
    const QModelIndex organizations = m_proxy->index(static_cast<int>(FacetKind::Organization), 0);
    QCOMPARE(organizations.data().toString(), QStringLiteral("Organizations"));
    QCOMPARE(m_proxy->index(0, 0, organizations).data(KeyRole).toString(), QStringLiteral("wco"));
    for (int row = 1; row < m_proxy->rowCount(organizations); ++row)
        QVERIFY(m_proxy->index(row - 1, 0, organizations).data(CountRole).toLongLong() >=
                m_proxy->index(row, 0, organizations).data(CountRole).toLongLong());

    // Case and accents do not matter.
    m_proxy->setFindText(QStringLiteral("FRANCOPHÔNE"));
    QCOMPARE(m_proxy->rowCount(), 1);
    const QModelIndex regions = m_proxy->index(0, 0);
    QCOMPARE(regions.data(KindRole).toInt(), static_cast<int>(FacetKind::Region));
    QCOMPARE(m_proxy->rowCount(regions), 1);
    QCOMPARE(m_proxy->index(0, 0, regions).data(KeyRole).toString(), kFrancophone);

    m_proxy->setFindText(QStringLiteral("no value is called this"));
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setFindText({});
    QCOMPARE(m_proxy->rowCount(), 4);
    QCOMPARE(m_proxy->rowCount(m_proxy->index(0, 0)), m_facets->rowCount(m_facets->index(0, 0)));
}

QTEST_GUILESS_MAIN(TestFacetModel)
#include "tst_facetmodel.moc"
