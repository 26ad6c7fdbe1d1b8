#include "TestLibrary.h"
#include "storage/AutoTagTable.h"

#include <QSqlQuery>
#include <QTest>

using namespace Clearance;

// The store on hand-made tags, so filters and counts are checked against known answers.
class TestArticleStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
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
    void marksReadAndStarred();
    void manualTagSurvivesRetag();
    void manualRemovalSurvivesRetag();
    void refusedArticleIsLeftOutWhole();
    void failedBatchWritesNothing();
    void readsOneArticle();
    void unknownArticleIsAClearError();
    void automaticTagsAreOneRowPerArticle();
    void autoTagListsReadWhatTheyCan_data();
    void autoTagListsReadWhatTheyCan();
    void storesColumnsEncodedAhead_data();
    void storesColumnsEncodedAhead();

private:
    static TaggedArticle make(const QString &title, const QStringList &regions,
                              const QStringList &initiatives, const QStringList &orgs, int day);
    QStringList titles(const ArticleFilter &filter) const;
    std::unique_ptr<TestLibrary> m_library;
};

TaggedArticle TestArticleStore::make(const QString &title, const QStringList &regions,
                                     const QStringList &initiatives, const QStringList &orgs, int day)
{
    TaggedArticle t;
    t.article.guid = QStringLiteral("guid-") + title;
    t.article.title = title;
    t.article.body = QStringLiteral("Body of ") + title + QStringLiteral(" about customs in Guatémala.");
    t.article.published = QDateTime(QDate(2024, 1, day), QTime(12, 0), Qt::UTC);
    t.article.imported = QDateTime::currentDateTimeUtc();
    t.tags.values(FacetKind::Region) = regions;
    t.tags.values(FacetKind::Initiative) = initiatives;
    t.tags.values(FacetKind::Organization) = orgs;
    return t;
}

void TestArticleStore::init()
{
    m_library = std::make_unique<TestLibrary>();
    const QList<TaggedArticle> articles{
        make(QStringLiteral("A"), {QStringLiteral("lldc"), QStringLiteral("africa")}, {QStringLiteral("pca")},
             {QStringLiteral("wco")}, 1),
        make(QStringLiteral("B"), {QStringLiteral("europe")}, {QStringLiteral("pca"), QStringLiteral("aeo")},
             {QStringLiteral("wco"), QStringLiteral("wto")}, 2),
        make(QStringLiteral("C"), {QStringLiteral("africa")}, {QStringLiteral("aeo")},
             {QStringLiteral("wto")}, 3),
        make(QStringLiteral("D"), {}, {}, {QStringLiteral("wco")}, 4),
    };
    const auto report = m_library->store->addArticles(articles, {});
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, 4);
}

void TestArticleStore::cleanup()
{
    m_library.reset();
}

QStringList TestArticleStore::titles(const ArticleFilter &filter) const
{
    QStringList out;
    const auto rows = m_library->store->listArticles(filter, ListPage::all());
    if (!rows)
        return {QStringLiteral("error: ") + rows.error()};
    for (const ArticleSummary &s : *rows)
        out.append(s.title);
    return out;
}

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

void TestArticleStore::marksReadAndStarred()
{
    const auto rows = m_library->store->listArticles({}, ListPage::all());
    const qint64 id = rows->first().id;
    QVERIFY(m_library->store->setRead({id}, true));
    QVERIFY(m_library->store->setStarred({id}, true));
    ArticleFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(*m_library->store->countArticles(unread), 3);
    ArticleFilter starred;
    starred.starredOnly = true;
    QCOMPARE(titles(starred), QStringList{QStringLiteral("D")});
}

void TestArticleStore::manualTagSurvivesRetag()
{
    const qint64 id = m_library->store->listArticles({}, ListPage::all())->first().id; // D
    QVERIFY(m_library->store->addManualTag(id, FacetKind::Region, QStringLiteral("sids"),
                                           QStringLiteral("SIDS")));
    // A tagger that now finds nothing at all.
    const auto report = m_library->store->retag([](const Article &) { return TagSet{}; }, {});
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->articles, 4);
    const auto facets = m_library->store->articleFacets(id);
    QCOMPARE(facets->size(), 1);
    QCOMPARE(facets->first().key, QStringLiteral("sids"));
    QCOMPARE(facets->first().label, QStringLiteral("SIDS"));
    ArticleFilter filter;
    filter.values(FacetKind::Region) = {QStringLiteral("sids")};
    QCOMPARE(titles(filter), QStringList{QStringLiteral("D")});
}

void TestArticleStore::manualRemovalSurvivesRetag()
{
    ArticleFilter africa;
    africa.values(FacetKind::Region) = {QStringLiteral("africa")};
    const qint64 id = m_library->store->listArticles(africa, ListPage::all())->first().id; // C
    QVERIFY(m_library->store->removeTag(id, FacetKind::Region, QStringLiteral("africa")));
    QCOMPARE(titles(africa), QStringList{QStringLiteral("A")});

    // The tagger still finds Africa in C: the removal must hold.
    const auto retagger = [](const Article &a) {
        TagSet t;
        t.values(FacetKind::Region) = {QStringLiteral("africa")};
        if (a.title == QLatin1String("D"))
            t.values(FacetKind::Region).append(QStringLiteral("europe"));
        return t;
    };
    const auto report = m_library->store->retag(retagger, {});
    QVERIFY(report.ok());
    QCOMPARE(titles(africa), (QStringList{QStringLiteral("D"), QStringLiteral("B"), QStringLiteral("A")}));
    const auto counts = m_library->store->facetCounts({});
    for (const Facet &f : *counts) {
        if (f.kind == FacetKind::Region && f.key == QLatin1String("africa"))
            QCOMPARE(f.count, 3);
    }
    // Re-tagging again changes nothing.
    QCOMPARE(m_library->store->retag(retagger, {})->changed, 0);
}

void TestArticleStore::refusedArticleIsLeftOutWhole()
{
    // A rule of the schema refuses one article of the batch: it is left out, with nothing of it
    // written (no facet of its own, no tags), and the others are stored.
    QSqlQuery q(m_library->database->connection());
    QVERIFY(
        q.exec(QStringLiteral("CREATE TRIGGER refuse_bad BEFORE INSERT ON articles WHEN new.title = 'bad' "
                              "BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
    TaggedArticle bad = make(QStringLiteral("bad"), {QStringLiteral("sids")}, {}, {}, 6);
    bad.article.position = 2;
    const auto report = m_library->store->addArticles(
        {make(QStringLiteral("E"), {QStringLiteral("lldc")}, {}, {}, 5), bad}, {});
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, 1);
    QCOMPARE(report->refused.size(), 1);
    QCOMPARE(report->refused.first().position, 2);
    QCOMPARE(report->refused.first().title, QStringLiteral("bad"));
    QVERIFY2(report->refused.first().reason.contains(QLatin1String("refused by test")),
             qPrintable(report->refused.first().reason));
    QCOMPARE(*m_library->store->countArticles(), 5);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM facets WHERE key = 'sids'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestArticleStore::failedBatchWritesNothing()
{
    // A failure that is not the article's own (the file cannot grow, as on a full disk) ends the batch,
    // which then leaves nothing behind; the store works after the rollback.
    QSqlQuery q(m_library->database->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    q.finish();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8)));
    q.finish();
    TaggedArticle big = make(QStringLiteral("big"), {}, {}, {}, 6);
    big.article.body = QString(200000, QLatin1Char('x'));
    const auto report = m_library->store->addArticles(
        {make(QStringLiteral("E"), {QStringLiteral("sids")}, {}, {}, 5), big}, {});
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QLatin1String("big")), qPrintable(report.error()));
    QCOMPARE(*m_library->store->countArticles(), 4);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM facets WHERE key = 'sids'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    q.finish();
    QCOMPARE(
        m_library->store->addArticles({make(QStringLiteral("E"), {QStringLiteral("sids")}, {}, {}, 5)}, {})
            ->added,
        1);
}

void TestArticleStore::readsOneArticle()
{
    const auto rows = m_library->store->listArticles({}, ListPage::all());
    const auto article = m_library->store->article(rows->last().id);
    QVERIFY(article.ok());
    QCOMPARE(article->title, QStringLiteral("A"));
    QCOMPARE(article->published, QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(rows->last().regions, (QStringList{QStringLiteral("africa"), QStringLiteral("lldc")}));
    QCOMPARE(rows->last().organizations, QStringList{QStringLiteral("wco")});
}

void TestArticleStore::unknownArticleIsAClearError()
{
    const auto article = m_library->store->article(999);
    QVERIFY(!article.ok());
    QCOMPARE(article.error(), QStringLiteral("No article has the id 999."));
    QVERIFY(!m_library->store->addManualTag(999, FacetKind::Region, QStringLiteral("x"), {}));
    QVERIFY(!m_library->store->removeTag(1, FacetKind::Region, QStringLiteral("never-seen")));
}

void TestArticleStore::automaticTagsAreOneRowPerArticle()
{
    QSqlQuery q(m_library->database->connection());
    const auto lists = [&] {
        QStringList out;
        q.exec(QStringLiteral("SELECT a.title, t.facet_ids FROM article_auto_facets t "
                              "JOIN articles a ON a.id = t.article_id ORDER BY a.title"));
        while (q.next())
            out.append(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString());
        return out;
    };
    const QStringList before = lists();
    QCOMPARE(before.size(), 4);
    QVERIFY2(before.first().startsWith(QLatin1String("A [")), qPrintable(before.first()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM article_facets")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    // A manual tag is a row of its own; removing an automatic one takes it out of the list.
    ArticleFilter africa;
    africa.values(FacetKind::Region) = {QStringLiteral("africa")};
    const qint64 c = m_library->store->listArticles(africa, ListPage::all())->first().id;
    QVERIFY(
        m_library->store->addManualTag(c, FacetKind::Region, QStringLiteral("sids"), QStringLiteral("SIDS")));
    QVERIFY(m_library->store->removeTag(c, FacetKind::Region, QStringLiteral("africa")));
    QVERIFY(q.exec(QStringLiteral("SELECT origin FROM article_facets")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("manual"));
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM facets WHERE kind = 'region' AND key = 'africa'")) &&
            q.next());
    const qint64 africaId = q.value(0).toLongLong();
    const auto idsOf = [](const QString &row) {
        return AutoTagTable::decode(row.section(QLatin1Char(' '), 1).toLatin1());
    };
    std::vector<qint64> expected = idsOf(before.at(2)); // C
    QCOMPARE(std::erase(expected, africaId), size_t(1));
    QCOMPARE(idsOf(lists().at(2)), expected);

    // A second connection's index, loaded from the file, sees what the first one's has.
    Database other(m_library->path());
    QVERIFY(other.open());
    ArticleStore fresh(other);
    QCOMPARE(*fresh.countArticles(africa), 1);
    ArticleFilter sids;
    sids.values(FacetKind::Region) = {QStringLiteral("sids")};
    QCOMPARE(*fresh.countArticles(sids), 1);
    ArticleFilter aeo;
    aeo.values(FacetKind::Initiative) = {QStringLiteral("aeo")};
    QCOMPARE(*fresh.countArticles(aeo), 2);

    // A list edited by hand into something that is not JSON: what it still holds is read, and
    // nothing that reads the tags fails.
    QVERIFY(q.exec(QStringLiteral("UPDATE article_auto_facets SET facet_ids = 'x[%1, junk' "
                                  "WHERE article_id = (SELECT id FROM articles WHERE title = 'B')")
                       .arg(africaId)));
    Database edited(m_library->path());
    QVERIFY(edited.open());
    ArticleStore reader(edited);
    QCOMPARE(*reader.countArticles(africa), 2); // A, and B from the edited list
    const auto rows = reader.listArticles({}, ListPage::all());
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(rows->size(), 4);
    const qint64 b = rows->at(2).id;
    QCOMPARE(rows->at(2).title, QStringLiteral("B"));
    const auto facets = reader.articleFacets(b);
    QVERIFY2(facets.ok(), qPrintable(facets.error()));
    QVERIFY(reader.removeTag(b, FacetKind::Region, QStringLiteral("africa")));
}

void TestArticleStore::autoTagListsReadWhatTheyCan_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("written") << AutoTagTable::encode({42, 3, 17, 3}) << QList<qint64>{3, 17, 42};
    QTest::newRow("none") << AutoTagTable::encode({}) << QList<qint64>{};
    QTest::newRow("empty text") << QByteArray() << QList<qint64>{};
    QTest::newRow("spaces") << QByteArray(" [ 1 ,\n2 ]") << QList<qint64>{1, 2};
    QTest::newRow("not ids") << QByteArray("[x,-5,1.5,0,7,8 9,\"4\"]") << QList<qint64>{7};
    QTest::newRow("too long") << QByteArray("[99999999999999999999999,5]") << QList<qint64>{5};
    QTest::newRow("largest") << QByteArray("[9223372036854775799]") << QList<qint64>{9223372036854775799};
    QTest::newRow("unclosed") << QByteArray("[1,2") << QList<qint64>{1, 2};
}

void TestArticleStore::autoTagListsReadWhatTheyCan()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<qint64>, ids);
    const std::vector<qint64> decoded = AutoTagTable::decode(text);
    QCOMPARE(QList<qint64>(decoded.cbegin(), decoded.cend()), ids);
}

void TestArticleStore::storesColumnsEncodedAhead_data()
{
    QTest::addColumn<bool>("encodedAhead");
    QTest::newRow("encoded by the store") << false;
    QTest::newRow("encoded ahead, as an import does") << true;
}

void TestArticleStore::storesColumnsEncodedAhead()
{
    // An import encodes the text columns on its workers (ArticleColumns); the store binds them as they
    // are. Either way, the library holds the same text, and NULL for what is empty.
    QFETCH(bool, encodedAhead);
    TaggedArticle t = make(QStringLiteral("الجمارك — Douane"), {}, {}, {}, 5);
    t.article.body = QStringLiteral("Café, \U0001F600 and ضرائب.");
    t.article.source = QStringLiteral("Organisation mondiale des douanes");
    t.article.language = QStringLiteral("fr");
    if (encodedAhead)
        t.columns = ArticleColumns::of(t.article);
    QCOMPARE(m_library->store->addArticles({t}, {})->added, 1);
    QSqlQuery q(m_library->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, url IS NULL, html IS NULL FROM articles WHERE guid = '%1'")
                       .arg(t.article.guid)));
    QVERIFY(q.next());
    QVERIFY(q.value(1).toBool());
    QVERIFY(q.value(2).toBool());
    const auto stored = m_library->store->article(q.value(0).toLongLong());
    QVERIFY(stored.ok());
    QCOMPARE(stored->title, t.article.title);
    QCOMPARE(stored->body, t.article.body);
    QCOMPARE(stored->source, t.article.source);
    QCOMPARE(stored->language, t.article.language);
    // And search finds it, folded.
    ArticleFilter filter;
    filter.search = QStringLiteral("cafe");
    QCOMPARE(titles(filter), QStringList{t.article.title});
}

QTEST_GUILESS_MAIN(TestArticleStore)
#include "tst_articlestore.moc"
