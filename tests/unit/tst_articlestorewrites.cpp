#include "ArticleStoreTestSupport.h"
#include "storage/AutoTagTable.h"

#include <QSqlQuery>
#include <QTest>

using namespace Clearance;

// The store's writes on hand-made tags: marks, manual tags across a retag, refused and failed
// imports, automatic tags and the columns encoded ahead.
class TestArticleStoreWrites final : public QObject, private ArticleStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { openLibrary(); }
    void cleanup() { m_library.reset(); }
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
};

void TestArticleStoreWrites::marksReadAndStarred()
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

void TestArticleStoreWrites::manualTagSurvivesRetag()
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

void TestArticleStoreWrites::manualRemovalSurvivesRetag()
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

void TestArticleStoreWrites::refusedArticleIsLeftOutWhole()
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

void TestArticleStoreWrites::failedBatchWritesNothing()
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

void TestArticleStoreWrites::readsOneArticle()
{
    const auto rows = m_library->store->listArticles({}, ListPage::all());
    const auto article = m_library->store->article(rows->last().id);
    QVERIFY(article.ok());
    QCOMPARE(article->title, QStringLiteral("A"));
    QCOMPARE(article->published, QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(rows->last().regions, (QStringList{QStringLiteral("africa"), QStringLiteral("lldc")}));
    QCOMPARE(rows->last().organizations, QStringList{QStringLiteral("wco")});
}

void TestArticleStoreWrites::unknownArticleIsAClearError()
{
    const auto article = m_library->store->article(999);
    QVERIFY(!article.ok());
    QCOMPARE(article.error(), QStringLiteral("No article has the id 999."));
    QVERIFY(!m_library->store->addManualTag(999, FacetKind::Region, QStringLiteral("x"), {}));
    QVERIFY(!m_library->store->removeTag(1, FacetKind::Region, QStringLiteral("never-seen")));
}

void TestArticleStoreWrites::automaticTagsAreOneRowPerArticle()
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

void TestArticleStoreWrites::autoTagListsReadWhatTheyCan_data()
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

void TestArticleStoreWrites::autoTagListsReadWhatTheyCan()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<qint64>, ids);
    const std::vector<qint64> decoded = AutoTagTable::decode(text);
    QCOMPARE(QList<qint64>(decoded.cbegin(), decoded.cend()), ids);
}

void TestArticleStoreWrites::storesColumnsEncodedAhead_data()
{
    QTest::addColumn<bool>("encodedAhead");
    QTest::newRow("encoded by the store") << false;
    QTest::newRow("encoded ahead, as an import does") << true;
}

void TestArticleStoreWrites::storesColumnsEncodedAhead()
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

QTEST_GUILESS_MAIN(TestArticleStoreWrites)
#include "tst_articlestorewrites.moc"
