#include "ArticleStoreTestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace Clearance;

// The store's queries on hand-made tags: filters, facet counts, search and pages.
class TestArticleStore final : public QObject, private ArticleStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { openLibrary(); }
    void cleanup() { m_library.reset(); }
    void addsAndSkipsDuplicates();
    void filters_data();
    void filters();
    void countsFacetsUnderTheOtherKinds();
    void searchesFrenchSpanishAndArabic_data();
    void searchesFrenchSpanishAndArabic();
    void keepsSelectedFacetWithZero();
    void pagesByKeyset();
    void sortedPagesFollowWrites();
    void newTagsReachTheLoadedIndex();
};

void TestArticleStore::addsAndSkipsDuplicates()
{
    const auto again = m_library->store->addArticles(
        {make(QStringLiteral("A"), {}, {}, {}, 1), make(QStringLiteral("E"), {}, {}, {}, 5)}, {});
    QVERIFY(again.ok());
    QCOMPARE(again->added, 1);
    QCOMPARE(again->unchanged, 1);
    QCOMPARE(*m_library->store->countArticles(), 5);
    // The import turns foreign-key checks off for its own rows only.
    QSqlQuery q(m_library->database->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!q.next());
}

void TestArticleStore::filters_data()
{
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<QStringList>("initiatives");
    QTest::addColumn<QStringList>("orgs");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected"); // newest first

    const QStringList none;
    QTest::newRow("no filter") << none << none << none << QString()
                               << QStringList{QStringLiteral("D"), QStringLiteral("C"), QStringLiteral("B"),
                                              QStringLiteral("A")};
    QTest::newRow("one region") << QStringList{QStringLiteral("africa")} << none << none << QString()
                                << QStringList{QStringLiteral("C"), QStringLiteral("A")};
    QTest::newRow("OR within a kind")
        << QStringList{QStringLiteral("lldc"), QStringLiteral("europe")} << none << none << QString()
        << QStringList{QStringLiteral("B"), QStringLiteral("A")};
    QTest::newRow("AND across kinds")
        << QStringList{QStringLiteral("africa")} << QStringList{QStringLiteral("pca")} << none << QString()
        << QStringList{QStringLiteral("A")};
    QTest::newRow("three kinds") << QStringList{QStringLiteral("africa"), QStringLiteral("europe")}
                                 << QStringList{QStringLiteral("aeo")} << QStringList{QStringLiteral("wco")}
                                 << QString() << QStringList{QStringLiteral("B")};
    QTest::newRow("unknown value gives nothing")
        << QStringList{QStringLiteral("nowhere")} << none << none << QString() << QStringList{};
    QTest::newRow("search ignores accents and case")
        << none << none << none << QStringLiteral("GUATEMALA")
        << QStringList{QStringLiteral("D"), QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")};
    QTest::newRow("search with filter") << QStringList{QStringLiteral("africa")} << none << none
                                        << QStringLiteral("body of c") << QStringList{QStringLiteral("C")};
}

void TestArticleStore::filters()
{
    QFETCH(QStringList, regions);
    QFETCH(QStringList, initiatives);
    QFETCH(QStringList, orgs);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    ArticleFilter filter;
    filter.values(FacetKind::Region) = regions;
    filter.values(FacetKind::Initiative) = initiatives;
    filter.values(FacetKind::Organization) = orgs;
    filter.search = search;
    QCOMPARE(titles(filter), expected);
    QCOMPARE(*m_library->store->countArticles(filter), expected.size());
}

void TestArticleStore::searchesFrenchSpanishAndArabic_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QString fr = QStringLiteral("FR");
    const QString es = QStringLiteral("ES");
    const QString ar = QStringLiteral("AR");
    QTest::newRow("case, French") << QStringLiteral("douane") << QStringList{fr};
    QTest::newRow("plural by prefix") << QStringLiteral("douane*") << QStringList{fr};
    QTest::newRow("accents, French") << QStringLiteral("securite") << QStringList{fr};
    QTest::newRow("accents in the query") << QStringLiteral("contrôle à posteriori") << QStringList{fr};
    QTest::newRow("capitals, Spanish") << QStringLiteral("aduana") << QStringList{es};
    QTest::newRow("accent, Spanish") << QStringLiteral("paises sin litoral") << QStringList{es};
    QTest::newRow("Arabic, plain query, vowelled text") << QStringLiteral("الجمارك") << QStringList{ar};
    QTest::newRow("Arabic, vowelled query") << QStringLiteral("الجَمَارِك") << QStringList{ar};
    QTest::newRow("Arabic, tatweel in the text") << QStringLiteral("التدقيق") << QStringList{ar};
    QTest::newRow("Arabic, hamza on alef") << QStringLiteral("افريقيا") << QStringList{ar};
    QTest::newRow("Arabic, no match") << QStringLiteral("الضرائب") << QStringList{};
}

void TestArticleStore::searchesFrenchSpanishAndArabic()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    TaggedArticle fr = make(QStringLiteral("FR"), {}, {}, {}, 10);
    fr.article.body = QStringLiteral("La DOUANE renforce la sécurité : contrôle a posteriori en Afrique.");
    TaggedArticle es = make(QStringLiteral("ES"), {}, {}, {}, 11);
    es.article.body = QStringLiteral("La ADUANA apoya a los países en desarrollo sin litoral.");
    TaggedArticle ar = make(QStringLiteral("AR"), {}, {}, {}, 12);
    // Vowelled, with tatweel, and "Africa" with its hamza.
    ar.article.body = QStringLiteral("تدعم الجَمَارِك التدقيـــق اللاحق في أفريقيا.");
    QVERIFY(m_library->store->addArticles({fr, es, ar}, {}).ok());

    ArticleFilter filter;
    filter.search = search;
    QStringList found = titles(filter);
    found.removeIf([](const QString &t) { return t.size() == 1; }); // the articles of init()
    QCOMPARE(found, expected);
}

void TestArticleStore::countsFacetsUnderTheOtherKinds()
{
    ArticleFilter filter;
    filter.values(FacetKind::Region) = {QStringLiteral("africa")};
    const auto facets = m_library->store->facetCounts(filter);
    QVERIFY(facets.ok());
    auto count = [&](FacetKind kind, const QString &key) -> qint64 {
        for (const Facet &f : *facets) {
            if (f.kind == kind && f.key == key)
                return f.count;
        }
        return -1;
    };
    // Regions are counted without the region filter (what ticking another would give)...
    QCOMPARE(count(FacetKind::Region, QStringLiteral("africa")), 2);
    QCOMPARE(count(FacetKind::Region, QStringLiteral("europe")), 1);
    QCOMPARE(count(FacetKind::Region, QStringLiteral("lldc")), 1);
    // ...other kinds under it.
    QCOMPARE(count(FacetKind::Initiative, QStringLiteral("pca")), 1);
    QCOMPARE(count(FacetKind::Initiative, QStringLiteral("aeo")), 1);
    QCOMPARE(count(FacetKind::Organization, QStringLiteral("wto")), 1);
    QCOMPARE(count(FacetKind::Organization, QStringLiteral("wco")), 1);

    const auto unfiltered = m_library->store->facetCounts({});
    QVERIFY(unfiltered.ok());
    // Within a kind, the most frequent value first.
    const auto firstOrg = std::find_if(unfiltered->cbegin(), unfiltered->cend(),
                                       [](const Facet &f) { return f.kind == FacetKind::Organization; });
    QVERIFY(firstOrg != unfiltered->cend());
    QCOMPARE(firstOrg->key, QStringLiteral("wco"));
    QCOMPARE(firstOrg->count, 3);
}

void TestArticleStore::keepsSelectedFacetWithZero()
{
    ArticleFilter filter;
    filter.values(FacetKind::Region) = {QStringLiteral("europe")};
    filter.values(FacetKind::Initiative) = {QStringLiteral("pca")};
    filter.search = QStringLiteral("nothing-matches-this");
    const auto facets = m_library->store->facetCounts(filter);
    QVERIFY(facets.ok());
    bool found = false;
    for (const Facet &f : *facets) {
        if (f.kind == FacetKind::Region && f.key == QLatin1String("europe")) {
            found = true;
            QCOMPARE(f.count, 0);
        }
    }
    QVERIFY(found);
}

void TestArticleStore::pagesByKeyset()
{
    ListPage page;
    page.limit = 3;
    const auto first = m_library->store->listArticles({}, page);
    QVERIFY(first.ok());
    QCOMPARE(first->size(), 3);
    page.hasCursor = true;
    page.afterPublished = first->last().published;
    page.afterId = first->last().id;
    const auto second = m_library->store->listArticles({}, page);
    QVERIFY(second.ok());
    QCOMPARE(second->size(), 1);
    QCOMPARE(second->first().title, QStringLiteral("A"));
}

// A sorted order is built once, then rebuilt when articles come or go, and pages across it by keyset.
void TestArticleStore::sortedPagesFollowWrites()
{
    ListPage page;
    page.sort = {ArticleSort::Key::Title, Qt::DescendingOrder};
    page.limit = 2;
    auto rows = m_library->store->listArticles({}, page);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).title, QStringLiteral("D"));
    QCOMPARE(rows->at(1).title, QStringLiteral("C"));

    const QList<TaggedArticle> more{make(QStringLiteral("BB"), {}, {}, {}, 5),
                                    make(QStringLiteral("e"), {}, {}, {}, 6)};
    QVERIFY(m_library->store->addArticles(more, {}).ok());
    rows = m_library->store->listArticles({}, page);
    QVERIFY(rows.ok());
    QCOMPARE(rows->at(0).title, QStringLiteral("e")); // case does not come first
    page.hasCursor = true;
    page.afterId = rows->last().id; // "D"
    page.limit = 10;
    rows = m_library->store->listArticles({}, page);
    QVERIFY(rows.ok());
    QStringList rest;
    for (const ArticleSummary &row : *rows)
        rest.append(row.title);
    QCOMPARE(rest, (QStringList{QStringLiteral("C"), QStringLiteral("BB"), QStringLiteral("B"),
                                QStringLiteral("A")}));
    // Every id at once (what an export of the list takes) comes in the same order.
    const auto ids = m_library->store->articleIds({}, page.sort);
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), 6);
    QCOMPARE(m_library->store->article(ids->first())->title, QStringLiteral("e"));
    QCOMPARE(m_library->store->article(ids->last())->title, QStringLiteral("A"));

    page = ListPage::all();
    page.sort = {ArticleSort::Key::Published, Qt::AscendingOrder};
    ArticleFilter africa;
    africa.values(FacetKind::Region) = {QStringLiteral("africa")};
    rows = m_library->store->listArticles(africa, page);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).title, QStringLiteral("A"));
    QCOMPARE(rows->at(1).title, QStringLiteral("C"));
}

void TestArticleStore::newTagsReachTheLoadedIndex()
{
    // A first filter loads the in-memory index; an import after it must add its articles' tags to it
    // (and an import before any query must not need to).
    ArticleFilter africa;
    africa.values(FacetKind::Region) = {QStringLiteral("africa")};
    QCOMPARE(titles(africa), (QStringList{QStringLiteral("C"), QStringLiteral("A")}));
    QVERIFY(
        m_library->store
            ->addArticles(
                {make(QStringLiteral("E"), {QStringLiteral("africa")}, {QStringLiteral("sids")}, {}, 5)}, {})
            .ok());
    QCOMPARE(titles(africa), (QStringList{QStringLiteral("E"), QStringLiteral("C"), QStringLiteral("A")}));
    ArticleFilter sids;
    sids.values(FacetKind::Initiative) = {QStringLiteral("sids")};
    QCOMPARE(titles(sids), QStringList{QStringLiteral("E")});
}

QTEST_GUILESS_MAIN(TestArticleStore)
#include "tst_articlestore.moc"
