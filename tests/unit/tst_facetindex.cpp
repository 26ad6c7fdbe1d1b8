#include "FacetIndexTestSupport.h"

#include <QTest>

using namespace Clearance;
using namespace Clearance::FacetIndexTest;

// Queries of the index over a library built once: filters, facet counts and pages.
class TestFacetIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bitset();
    void filters_data();
    void filters();
    void facetCounts_data();
    void facetCounts();
    void pagesWithCursor_data();
    void pagesWithCursor();
};

void TestFacetIndex::bitset()
{
    ArticleBitset a = ArticleBitset::filled(70);
    QCOMPARE(a.count(), 70);
    QVERIFY(a.test(69));
    QVERIFY(!a.test(70));
    a.reset(3);
    QCOMPARE(a.nextSetBit(3), 4u);
    QCOMPARE(a.nextSetBit(70), ArticleBitset::npos);

    ArticleBitset b;
    b.set(3);
    b.set(64);
    b.set(200); // grows
    QCOMPARE(b.size(), 201);
    QCOMPARE(a.countAnd(b), 1);
    QCOMPARE(b.toList(), (QList<quint32>{3, 64, 200}));

    ArticleBitset c = a;
    c &= b;
    QCOMPARE(c.toList(), QList<quint32>{64});
    c |= b;
    QCOMPARE(c.toList(), (QList<quint32>{3, 64, 200}));
    c.andNot(a);
    QCOMPARE(c.toList(), (QList<quint32>{3, 200}));
    QVERIFY(c == ArticleBitset::fromIds(QList<quint32>{200, 3}));
    c.resize(100);
    QCOMPARE(c.toList(), QList<quint32>{3});
    c.resetAll();
    QVERIFY(!c.any());
}

void TestFacetIndex::filters_data()
{
    QTest::addColumn<ArticleFilter>("filter");
    QTest::addColumn<bool>("search");
    QTest::addColumn<QList<quint32>>("hits");
    QTest::addColumn<QList<quint32>>("expected"); // in list order

    const QStringList none;
    const QList<quint32> noHits;
    QTest::newRow("everything") << ArticleFilter() << false << noHits << QList<quint32>{4, 6, 2, 3, 1, 5};
    QTest::newRow("one region") << makeFilter(keys({"europe"}), none, none, none) << false << noHits
                                << QList<quint32>{6, 3, 1};
    QTest::newRow("two regions: OR") << makeFilter(keys({"europe", "africa"}), none, none, none) << false
                                     << noHits << QList<quint32>{4, 6, 2, 3, 1};
    QTest::newRow("region and country: AND")
        << makeFilter(keys({"europe"}), none, none, keys({"FR"})) << false << noHits << QList<quint32>{6, 1};
    QTest::newRow("disjoint kinds") << makeFilter(keys({"africa"}), none, none, keys({"FR"})) << false
                                    << noHits << QList<quint32>{};
    QTest::newRow("three kinds") << makeFilter(keys({"europe"}), keys({"ecommerce"}), keys({"wco"}), none)
                                 << false << noHits << QList<quint32>{6};
    QTest::newRow("OR and AND") << makeFilter(keys({"europe", "africa"}), none, none, keys({"ML", "FR"}))
                                << false << noHits << QList<quint32>{4, 6, 2, 1};
    QTest::newRow("unknown key") << makeFilter(keys({"asia"}), none, none, none) << false << noHits
                                 << QList<quint32>{};
    QTest::newRow("unknown or known")
        << makeFilter(keys({"asia", "africa"}), none, none, none) << false << noHits << QList<quint32>{4, 2};
    QTest::newRow("unknown in another kind")
        << makeFilter(keys({"europe"}), none, keys({"imf"}), none) << false << noHits << QList<quint32>{};
    QTest::newRow("key of another kind")
        << makeFilter(keys({"FR"}), none, none, none) << false << noHits << QList<quint32>{};
    QTest::newRow("facet without articles")
        << makeFilter(none, none, keys({"wto"}), none) << false << noHits << QList<quint32>{};
    QTest::newRow("unread") << makeFilter(none, none, none, none, true) << false << noHits
                            << QList<quint32>{6, 2, 3, 5};
    QTest::newRow("starred") << makeFilter(none, none, none, none, false, true) << false << noHits
                             << QList<quint32>{4, 2};
    QTest::newRow("unread and starred")
        << makeFilter(none, none, none, none, true, true) << false << noHits << QList<quint32>{2};
    QTest::newRow("unread in a region")
        << makeFilter(keys({"africa"}), none, none, none, true) << false << noHits << QList<quint32>{2};
    QTest::newRow("search hits") << ArticleFilter() << true << QList<quint32>{1, 2, 5, 99}
                                 << QList<quint32>{2, 1, 5};
    QTest::newRow("search without hits") << ArticleFilter() << true << QList<quint32>{} << QList<quint32>{};
    QTest::newRow("search and region") << makeFilter(keys({"europe"}), none, none, none) << true
                                       << QList<quint32>{1, 2, 3} << QList<quint32>{3, 1};
}

void TestFacetIndex::filters()
{
    QFETCH(ArticleFilter, filter);
    QFETCH(bool, search);
    QFETCH(QList<quint32>, hits);
    QFETCH(QList<quint32>, expected);

    Mirror lib;
    buildSmall(lib);
    const ArticleBitset hitSet = ArticleBitset::fromIds(hits);
    const ArticleBitset *searchHits = search ? &hitSet : nullptr;

    QList<quint32> sorted = expected;
    std::sort(sorted.begin(), sorted.end());
    const ArticleBitset matching = lib.index.matching(filter, searchHits);
    QCOMPARE(matching.toList(), sorted);
    QCOMPARE(lib.index.count(filter, searchHits), qint64(expected.size()));
    QCOMPARE(lib.index.page(matching, 0), expected);
    QVERIFY(agrees(lib, filter, searchHits));
}

void TestFacetIndex::facetCounts_data()
{
    QTest::addColumn<ArticleFilter>("filter");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    QTest::newRow("no filter") << ArticleFilter()
                               << keys({"region:europe/Europe=3", "region:africa/Africa=2",
                                        "initiative:ecommerce/E-commerce=3",
                                        "organization:wco/World Customs Organization=3",
                                        "country:FR/France=2", "country:ML/Mali=2"});
    QTest::newRow("a region: its own kind ignores it")
        << makeFilter(keys({"europe"}), none, none, none)
        << keys({"region:europe/Europe=3", "region:africa/Africa=2", "initiative:ecommerce/E-commerce=2",
                 "organization:wco/World Customs Organization=2", "country:FR/France=2"});
    QTest::newRow("selected values without articles")
        << makeFilter(keys({"africa"}), none, none, keys({"FR"}))
        << keys({"region:europe/Europe=2", "region:africa/Africa=0", "country:ML/Mali=2",
                 "country:FR/France=0"});
    QTest::newRow("unknown selected key")
        << makeFilter(none, none, keys({"imf"}), none)
        << keys({"organization:wco/World Customs Organization=3", "organization:imf/imf=0"});
    QTest::newRow("known facet without articles selected")
        << makeFilter(none, none, keys({"wto", "wto"}), none)
        << keys({"organization:wco/World Customs Organization=3", "organization:wto/WTO=0"});
    QTest::newRow("unread") << makeFilter(none, none, none, none, true)
                            << keys({"region:europe/Europe=2", "region:africa/Africa=1",
                                     "initiative:ecommerce/E-commerce=3",
                                     "organization:wco/World Customs Organization=2", "country:FR/France=1",
                                     "country:ML/Mali=1"});
}

void TestFacetIndex::facetCounts()
{
    QFETCH(ArticleFilter, filter);
    QFETCH(QStringList, expected);

    Mirror lib;
    buildSmall(lib);
    QCOMPARE(describe(lib.index.facetCounts(filter, nullptr)), expected);
    QCOMPARE(describe(lib.model.facetCounts(filter, nullptr)), expected);
}

void TestFacetIndex::pagesWithCursor_data()
{
    QTest::addColumn<ArticleFilter>("filter");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("afterPublished");
    QTest::addColumn<quint32>("afterId");
    QTest::addColumn<QList<quint32>>("expected");

    const QStringList none;
    const ArticleFilter all;
    QTest::newRow("first page") << all << 2 << qint64(-1) << 0u << QList<quint32>{4, 6};
    QTest::newRow("ties by id") << all << 2 << qint64(300) << 6u << QList<quint32>{2, 3};
    QTest::newRow("inside a tie") << all << 0 << qint64(200) << 2u << QList<quint32>{3, 1, 5};
    QTest::newRow("cursor between rows") << all << 0 << qint64(250) << 0u << QList<quint32>{2, 3, 1, 5};
    QTest::newRow("past the end") << all << 5 << qint64(50) << 5u << QList<quint32>{};
    QTest::newRow("filtered, after the cursor")
        << makeFilter(keys({"europe"}), none, none, none) << 1 << qint64(300) << 6u << QList<quint32>{3};
    QTest::newRow("one match, before the cursor") << makeFilter(none, none, none, keys({"ML"}), false, false)
                                                  << 10 << qint64(300) << 4u << QList<quint32>{2};
}

void TestFacetIndex::pagesWithCursor()
{
    QFETCH(ArticleFilter, filter);
    QFETCH(int, limit);
    QFETCH(qint64, afterPublished);
    QFETCH(quint32, afterId);
    QFETCH(QList<quint32>, expected);

    Mirror lib;
    buildSmall(lib);
    std::optional<std::pair<qint64, quint32>> after;
    if (afterPublished >= 0)
        after = std::make_pair(afterPublished, afterId);
    QCOMPARE(lib.index.page(lib.index.matching(filter, nullptr), limit, after), expected);
    for (int size = 1; size <= 7; ++size)
        QCOMPARE(pagesThroughCursor(lib.index, lib.model, lib.index.matching(filter, nullptr), size),
                 lib.model.ordered(filter, nullptr));
}

QTEST_GUILESS_MAIN(TestFacetIndex)
#include "tst_facetindex.moc"
