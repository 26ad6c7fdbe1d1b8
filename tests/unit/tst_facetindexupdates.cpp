#include "FacetIndexTestSupport.h"

#include <QTest>

using namespace Clearance;
using namespace Clearance::FacetIndexTest;

// Changes to a built index, by hand and at random, checked against the brute-force model.
class TestFacetIndexUpdates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incremental();
    void randomLibrary_data();
    void randomLibrary();
};

void TestFacetIndexUpdates::incremental()
{
    Mirror lib;
    buildSmall(lib);
    const ArticleFilter europe = makeFilter(keys({"europe"}), {}, {}, {});
    const ArticleFilter unread = makeFilter({}, {}, {}, {}, true);
    const ArticleFilter starred = makeFilter({}, {}, {}, {}, false, true);
    const auto check = [&] {
        for (const ArticleFilter &f : {ArticleFilter(), europe, unread, starred})
            QVERIFY(agrees(lib, f, nullptr));
    };

    lib.addTag(5, 1);
    lib.addTag(5, 1); // idempotent
    QCOMPARE(lib.index.count(europe, nullptr), 4);
    check();
    lib.removeTag(6, 1);
    QCOMPARE(lib.index.page(lib.index.matching(europe, nullptr), 0), (QList<quint32>{3, 1, 5}));
    check();
    lib.setRead(5, true);
    lib.setStarred(3, true);
    check();
    lib.addArticle(7, 400, false, false); // the newest
    lib.addTag(7, 2);
    lib.addArticle(8, 150, false, true); // out of date order
    lib.addTag(8, 1);
    QCOMPARE(lib.index.page(lib.index.matching(ArticleFilter(), nullptr), 0),
             (QList<quint32>{7, 4, 6, 2, 3, 8, 1, 5}));
    check();
    lib.removeArticle(4);
    QVERIFY(!lib.index.contains(4));
    QCOMPARE(lib.index.articleCount(), 7);
    check();
    lib.addArticle(4, 10, false, false); // back, older and without its tags
    QCOMPARE(lib.index.page(lib.index.matching(ArticleFilter(), nullptr), 0).last(), 4u);
    check();
    lib.addArticle(2, 500, false, false); // an update moves it
    QCOMPARE(lib.index.page(lib.index.matching(ArticleFilter(), nullptr), 1), QList<quint32>{2});
    check();
    lib.addFacet(9, FacetKind::Region, QStringLiteral("asia"), QStringLiteral("Asia"));
    lib.addTag(3, 9);
    lib.addFacet(1, FacetKind::Region, QStringLiteral("europe"), QStringLiteral("Zeurope")); // relabel
    QCOMPARE(lib.index.facetId(FacetKind::Region, QStringLiteral("asia")), std::optional<qint64>(9));
    check();
    lib.addTag(42, 1); // no such article: ignored
    QVERIFY(!lib.index.hasTag(42, 1));
    check();
}

void TestFacetIndexUpdates::randomLibrary_data()
{
    QTest::addColumn<int>("layout");
    QTest::addColumn<unsigned>("seed");
    QTest::newRow("automatic") << int(FacetIndex::Layout::Automatic) << 1u;
    QTest::newRow("automatic, another seed") << int(FacetIndex::Layout::Automatic) << 2u;
    QTest::newRow("all sparse") << int(FacetIndex::Layout::AllSparse) << 1u;
    QTest::newRow("all dense") << int(FacetIndex::Layout::AllDense) << 1u;
}

void TestFacetIndexUpdates::randomLibrary()
{
    QFETCH(int, layout);
    QFETCH(unsigned, seed);
    constexpr int articles = 5000;
    constexpr int facets = 120;

    std::mt19937 rng(seed);
    Mirror lib;
    buildRandom(lib, rng, FacetIndex::Layout(layout), articles, facets);
    QCOMPARE(lib.index.articleCount(), articles);

    int dense = 0;
    for (qint64 id = 1; id <= facets; ++id)
        dense += lib.index.isDense(id) ? 1 : 0;
    switch (FacetIndex::Layout(layout)) {
    case FacetIndex::Layout::Automatic:
        QVERIFY(dense > 0 && dense < facets);
        break;
    case FacetIndex::Layout::AllSparse:
        QCOMPARE(dense, 0);
        break;
    case FacetIndex::Layout::AllDense:
        QCOMPARE(dense, facets);
        break;
    }

    const auto verify = [&](int filters) {
        const quint32 maxId = lib.model.articles.rbegin()->first;
        for (int i = 0; i < filters; ++i) {
            const ArticleFilter filter = randomFilter(rng, lib.model);
            const std::optional<ArticleBitset> hits = randomHits(rng, maxId);
            if (!agrees(lib, filter, hits ? &*hits : nullptr))
                return false;
        }
        return true;
    };
    QVERIFY(verify(25));

    // Changes after finish(): tags, flags, new and removed articles, new and relabelled facets.
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<qint64> anyFacet(1, facets + 5);
    quint32 nextId = lib.model.articles.rbegin()->first + 1;
    qint64 newest = articles;
    const auto anyArticle = [&] { return std::uniform_int_distribution<quint32>(1, nextId)(rng); };
    for (int op = 0; op < 1500; ++op) {
        const int what = percent(rng);
        if (what < 25) {
            lib.addTag(anyArticle(), anyFacet(rng));
        } else if (what < 40) {
            lib.removeTag(anyArticle(), anyFacet(rng));
        } else if (what < 50) {
            lib.setRead(anyArticle(), percent(rng) < 50);
        } else if (what < 55) {
            lib.setStarred(anyArticle(), percent(rng) < 50);
        } else if (what < 75) {
            const bool old = percent(rng) < 30;
            const quint32 id = nextId++;
            lib.addArticle(id, old ? std::uniform_int_distribution<qint64>(0, newest)(rng) : ++newest, false,
                           false);
            for (int t = 0; t < 5; ++t)
                lib.addTag(id, anyFacet(rng));
        } else if (what < 90) {
            const quint32 id = anyArticle();
            lib.removeArticle(id);
            if (percent(rng) < 30)
                lib.addArticle(id, std::uniform_int_distribution<qint64>(0, newest)(rng), true, false);
        } else if (what < 93) {
            const qint64 id = anyFacet(rng);
            lib.addFacet(id, allFacetKinds[size_t(id % 4)], QStringLiteral("k%1").arg(id),
                         QStringLiteral("Label %1").arg(percent(rng)));
        } else {
            const quint32 id = anyArticle();
            if (lib.model.articles.count(id))
                lib.addArticle(id, std::uniform_int_distribution<qint64>(0, newest)(rng), percent(rng) < 50,
                               percent(rng) < 50);
        }
    }
    QVERIFY(verify(15));

    // Enough old articles to merge the recent ones into the date order, enough removals to compact it.
    for (int i = 0; i < 4500; ++i) {
        const quint32 id = nextId++;
        lib.addArticle(id, std::uniform_int_distribution<qint64>(0, newest)(rng), percent(rng) < 50, false);
        lib.addTag(id, anyFacet(rng));
    }
    for (int i = 0; i < 2500; ++i)
        lib.removeArticle(anyArticle());
    QCOMPARE(lib.index.articleCount(), qint64(lib.model.articles.size()));
    QVERIFY(verify(15));
}

QTEST_GUILESS_MAIN(TestFacetIndexUpdates)
#include "tst_facetindexupdates.moc"
