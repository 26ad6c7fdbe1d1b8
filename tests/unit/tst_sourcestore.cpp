#include "ArticleStoreTestSupport.h"
#include "storage/SourceStore.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Clearance;

class TestSourceStore final : public QObject, private ArticleStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { openLibrary(); }
    void addsAndListsByFolderThenTitle();
    void normalizesAddresses_data();
    void normalizesAddresses();
    void refusesAddresses_data();
    void refusesAddresses();
    void refusesAnAddressAlreadyFollowed();
    void editsAndFetchStateDoNotOverwriteEachOther();
    void dueSourcesAreEnabledAndPastTheirTime();
    void enablingAgainForgetsTheBackOff();
    void countsArticlesAndUnreadPerSource();
    void importsRecordTheirSource();
    void filtersBySource_data();
    void filtersBySource();
    void sourceFilterFollowsLinksFromAnotherConnection();
    void removingASourceKeepsItsArticles();
    void remembersSeenLinks();
    void unknownIdsAreErrors();

private:
    QList<qint64> articleIds() const;
    // The source's articles and unread articles, as the sources panel counts them.
    std::pair<qint64, qint64> counts(qint64 sourceId) const;
    qint64 articlesOf(qint64 sourceId) const { return counts(sourceId).first; }
    static Source feed(const QString &url, const QString &title, const QString &folder = {});
};

Source TestSourceStore::feed(const QString &url, const QString &title, const QString &folder)
{
    Source s;
    s.url = url;
    s.title = title;
    s.folder = folder;
    return s;
}

std::pair<qint64, qint64> TestSourceStore::counts(qint64 sourceId) const
{
    QList<Source> list{*SourceStore(*m_library->database).source(sourceId)};
    if (!m_library->store->countSourceArticles(list))
        return {-1, -1};
    return {list.constFirst().articles, list.constFirst().unread};
}

QList<qint64> TestSourceStore::articleIds() const
{
    QList<qint64> ids;
    const auto rows = m_library->store->listArticles({}, ListPage::all());
    for (const ArticleSummary &s : *rows)
        ids.append(s.id);
    return ids;
}

void TestSourceStore::addsAndListsByFolderThenTitle()
{
    SourceStore store(*m_library->database);
    QVERIFY(store.add(feed(QStringLiteral("https://www.wto.org/library/rss/latest_news_e.xml"),
                           QStringLiteral("WTO news"), QStringLiteral("Trade"))));
    Source page = feed(QStringLiteral("https://www.wcoomd.org/en/media/newsroom.aspx"),
                       QStringLiteral("WCO newsroom"), QStringLiteral(" Customs /  / World "));
    page.kind = Source::Kind::Page;
    page.linkPattern = QStringLiteral(" /en/media/newsroom/* ");
    page.intervalMinutes = 180;
    const auto pageId = store.add(page);
    QVERIFY2(pageId.ok(), qPrintable(pageId.error()));
    QVERIFY(
        store.add(feed(QStringLiteral("https://unctad.org/rss.xml"), QStringLiteral("  UNCTAD   news "))));

    const auto list = store.sources();
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QStringList titles;
    for (const Source &s : *list)
        titles.append(s.title);
    // No folder first, then by folder ignoring case, then by title.
    QCOMPARE(titles, (QStringList{QStringLiteral("UNCTAD news"), QStringLiteral("WCO newsroom"),
                                  QStringLiteral("WTO news")}));

    const auto stored = store.source(*pageId);
    QVERIFY(stored.ok());
    QCOMPARE(stored->kind, Source::Kind::Page);
    QCOMPARE(stored->folder, QStringLiteral("Customs/World"));
    QCOMPARE(stored->linkPattern, QStringLiteral("/en/media/newsroom/*"));
    QCOMPARE(stored->intervalMinutes, 180);
    QVERIFY(stored->enabled);
    QCOMPARE(stored->lastStatus, FetchStatus::Never);
    QVERIFY(!stored->lastFetch.isValid());
    QVERIFY(!stored->nextFetch.isValid());
    QVERIFY(stored->added.isValid());
}

void TestSourceStore::normalizesAddresses_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("stored");
    QTest::newRow("spaces") << QStringLiteral("  https://example.org/feed  ")
                            << QStringLiteral("https://example.org/feed");
    QTest::newRow("fragment") << QStringLiteral("https://example.org/feed#top")
                              << QStringLiteral("https://example.org/feed");
    QTest::newRow("dot segments") << QStringLiteral("https://example.org/a/../rss.xml")
                                  << QStringLiteral("https://example.org/rss.xml");
    QTest::newRow("scheme and host case")
        << QStringLiteral("HTTPS://Example.ORG/Feed") << QStringLiteral("https://example.org/Feed");
    QTest::newRow("non-ASCII path") << QStringLiteral("https://example.org/actualités")
                                    << QStringLiteral("https://example.org/actualit%C3%A9s");
    QTest::newRow("query kept") << QStringLiteral("http://example.org/?feed=rss2")
                                << QStringLiteral("http://example.org/?feed=rss2");
}

void TestSourceStore::normalizesAddresses()
{
    QFETCH(QString, given);
    QFETCH(QString, stored);
    SourceStore store(*m_library->database);
    const auto id = store.add(feed(given, QStringLiteral("x")));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(store.source(*id)->url, stored);
}

void TestSourceStore::refusesAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("needs an address");
    QTest::newRow("words") << QStringLiteral("world customs") << QStringLiteral("not a web address");
    QTest::newRow("relative") << QStringLiteral("/feed.xml") << QStringLiteral("not a web address");
    QTest::newRow("no host") << QStringLiteral("https://") << QStringLiteral("not a web address");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org/feed") << QStringLiteral("only http and https");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QStringLiteral("not a web address");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)")
                                << QStringLiteral("not a web address");
}

void TestSourceStore::refusesAddresses()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    SourceStore store(*m_library->database);
    const auto id = store.add(feed(url, QStringLiteral("x")));
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(message), qPrintable(id.error()));
    QVERIFY(store.sources()->isEmpty());
}

void TestSourceStore::refusesAnAddressAlreadyFollowed()
{
    SourceStore store(*m_library->database);
    const auto first = store.add(feed(QStringLiteral("https://example.org/feed"), QStringLiteral("One")));
    QVERIFY(first.ok());
    // The same address once normalized.
    const auto again =
        store.add(feed(QStringLiteral(" https://EXAMPLE.org/feed#latest"), QStringLiteral("Two")));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("already a source (%1)").arg(*first)),
             qPrintable(again.error()));
    QCOMPARE(store.sources()->size(), 1);
    QCOMPARE(store.sources()->constFirst().title, QStringLiteral("One"));
    // A list adds what is new, counts what is followed, and adds nothing when one address is refused.
    auto report = store.addAll({feed(QStringLiteral("https://example.org/feed#x"), QStringLiteral("Again")),
                                feed(QStringLiteral("https://example.org/new"), QStringLiteral("New"))});
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, 1);
    QCOMPARE(report->known, 1);
    QVERIFY(!store.addAll({feed(QStringLiteral("https://example.org/third"), QStringLiteral("Third")),
                           feed(QStringLiteral("ftp://example.org/x"), QStringLiteral("Bad"))}));
    QCOMPARE(store.sources()->size(), 2);
    QVERIFY(!*store.idOf(QStringLiteral("https://example.org/third")));
    // The same normalization finds it by its address.
    QCOMPARE(*store.idOf(QStringLiteral("HTTPS://example.org/feed#top")), std::optional<qint64>(*first));
    QCOMPARE(*store.idOf(QStringLiteral("https://example.org/other")), std::optional<qint64>());
    QCOMPARE(store.sources()->size(), 2);
    QCOMPARE(*store.idOf(QStringLiteral("not an address")), std::optional<qint64>());
}

void TestSourceStore::editsAndFetchStateDoNotOverwriteEachOther()
{
    SourceStore store(*m_library->database);
    const qint64 id =
        *store.add(feed(QStringLiteral("https://example.org/feed"), QStringLiteral("Old title")));

    // A fetch starts from the source as it was; meanwhile the reader renames it and moves it.
    Source fetched = *store.source(id);
    Source edited = fetched;
    edited.title = QStringLiteral("New title");
    edited.folder = QStringLiteral("WCO");
    edited.intervalMinutes = 30;
    QVERIFY(store.update(edited));

    const QDateTime now(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc());
    fetched.etag = "\"abc\"";
    fetched.lastModified = "Mon, 07 Dec 2026 09:00:00 GMT";
    fetched.lastFetch = now;
    fetched.lastStatus = FetchStatus::Failed;
    fetched.lastHttpStatus = 500;
    fetched.lastError = QStringLiteral("HTTP 500 Internal Server Error");
    fetched.failures = 3;
    fetched.nextFetch = now.addSecs(3600);
    fetched.itemsSeen = 42;
    QVERIFY(store.saveFetchState(fetched));

    const Source stored = *store.source(id);
    QCOMPARE(stored.title, QStringLiteral("New title"));
    QCOMPARE(stored.folder, QStringLiteral("WCO"));
    QCOMPARE(stored.intervalMinutes, 30);
    QCOMPARE(stored.etag, QByteArray("\"abc\""));
    QCOMPARE(stored.lastModified, QByteArray("Mon, 07 Dec 2026 09:00:00 GMT"));
    QCOMPARE(stored.lastFetch, now);
    QCOMPARE(stored.lastStatus, FetchStatus::Failed);
    QCOMPARE(stored.lastHttpStatus, 500);
    QCOMPARE(stored.lastError, QStringLiteral("HTTP 500 Internal Server Error"));
    QCOMPARE(stored.failures, 3);
    QCOMPARE(stored.nextFetch, now.addSecs(3600));
    QCOMPARE(stored.itemsSeen, 42);

    // And an edit leaves the fetch state alone.
    edited.title = QStringLiteral("Newer title");
    QVERIFY(store.update(edited));
    QCOMPARE(store.source(id)->failures, 3);
    QCOMPARE(store.source(id)->etag, QByteArray("\"abc\""));
}

void TestSourceStore::dueSourcesAreEnabledAndPastTheirTime()
{
    SourceStore store(*m_library->database);
    const QDateTime now(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc());
    auto addWithNext = [&](const QString &name, const QDateTime &next, bool enabled) {
        const qint64 id = *store.add(feed(QStringLiteral("https://example.org/") + name, name));
        Source s = *store.source(id);
        s.nextFetch = next;
        s.enabled = enabled;
        if (!store.saveFetchState(s))
            qFatal("could not save");
    };
    addWithNext(QStringLiteral("never"), {}, true);
    addWithNext(QStringLiteral("past"), now.addSecs(-1), true);
    addWithNext(QStringLiteral("now"), now, true);
    addWithNext(QStringLiteral("future"), now.addSecs(1), true);
    addWithNext(QStringLiteral("disabled"), {}, false);

    QStringList due;
    for (const Source &s : *store.due(now))
        due.append(s.title);
    QCOMPARE(due, (QStringList{QStringLiteral("never"), QStringLiteral("now"), QStringLiteral("past")}));
}

void TestSourceStore::enablingAgainForgetsTheBackOff()
{
    SourceStore store(*m_library->database);
    const qint64 id = *store.add(feed(QStringLiteral("https://example.org/feed"), QStringLiteral("x")));
    Source gone = *store.source(id);
    gone.enabled = false;
    gone.lastStatus = FetchStatus::Gone;
    gone.failures = 5;
    gone.nextFetch = QDateTime::currentDateTimeUtc().addDays(1);
    QVERIFY(store.saveFetchState(gone));
    QVERIFY(!store.source(id)->enabled);

    QVERIFY(store.setEnabled(id, true));
    const Source again = *store.source(id);
    QVERIFY(again.enabled);
    QCOMPARE(again.failures, 0);
    QVERIFY(!again.nextFetch.isValid());
    QCOMPARE(again.lastStatus, FetchStatus::Gone); // what happened last stays shown until the next fetch

    QVERIFY(store.setEnabled(id, false));
    QVERIFY(!store.source(id)->enabled);
}

void TestSourceStore::countsArticlesAndUnreadPerSource()
{
    SourceStore store(*m_library->database);
    const qint64 a = *store.add(feed(QStringLiteral("https://a.example/feed"), QStringLiteral("A")));
    const qint64 b = *store.add(feed(QStringLiteral("https://b.example/feed"), QStringLiteral("B")));
    const QList<qint64> ids = articleIds();
    QCOMPARE(ids.size(), 4);
    QVERIFY(store.linkArticles(a, {ids[0], ids[1], ids[2]}));
    QVERIFY(store.linkArticles(a, {ids[2]})); // linked again: counted once
    QVERIFY(store.linkArticles(b, {ids[2], ids[3]}));
    QVERIFY(m_library->store->setRead({ids[2]}, true));

    QCOMPARE(counts(a), (std::pair<qint64, qint64>{3, 2}));
    QCOMPARE(counts(b), (std::pair<qint64, qint64>{2, 1}));
    // Reading in memory, through the same store, changes the counts at once.
    QVERIFY(m_library->store->setRead({ids[0]}, true));
    QCOMPARE(counts(a), (std::pair<qint64, qint64>{3, 1}));
    // And a source with no article has none.
    const qint64 c = *store.add(feed(QStringLiteral("https://c.example/feed"), QStringLiteral("C")));
    QCOMPARE(counts(c), (std::pair<qint64, qint64>{0, 0}));
}

void TestSourceStore::importsRecordTheirSource()
{
    SourceStore sources(*m_library->database);
    ArticleStore &articles = *m_library->store;
    const qint64 a = *sources.add(feed(QStringLiteral("https://a.example/feed"), QStringLiteral("A")));
    const qint64 b = *sources.add(feed(QStringLiteral("https://b.example/feed"), QStringLiteral("B")));
    auto once = [](const QList<TaggedArticle> &items) {
        return [items, given = false](QList<TaggedArticle> &chunk) mutable {
            if (given)
                return false;
            chunk = items;
            given = true;
            return true;
        };
    };
    const TaggedArticle e = make(QStringLiteral("E"), {}, {}, {}, 5);
    const TaggedArticle f = make(QStringLiteral("F"), {}, {}, {}, 6);
    TaggedArticle fChanged = f;
    fChanged.article.body += QStringLiteral(" Updated.");
    const TaggedArticle g = make(QStringLiteral("G"), {}, {}, {}, 7);

    auto added = articles.addArticles(once({e, f}), {}, {}, a);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(articlesOf(a), 2);
    // Fetched again from A (one unchanged, one updated) and, for one of them, from B too.
    added = articles.addArticles(once({e, fChanged}), {}, {}, a);
    QVERIFY(added.ok());
    QCOMPARE(added->unchanged, 1);
    QCOMPARE(added->updated, 1);
    QCOMPARE(articlesOf(a), 2);
    added = articles.addArticles(once({e, g}), {}, {}, b);
    QVERIFY(added.ok());
    QCOMPARE(articlesOf(a), 2);
    QCOMPARE(articlesOf(b), 2);
    // A file names no source; a rolled-back import links nothing.
    QVERIFY(articles.addArticles(once({make(QStringLiteral("H"), {}, {}, {}, 8)}), {}).ok());
    const auto refused = articles.addArticles(
        once({make(QStringLiteral("I"), {}, {}, {}, 9)}), {},
        [] { return Status::failure(QStringLiteral("broken half-way")); }, b);
    QVERIFY(!refused.ok());
    QCOMPARE(articlesOf(b), 2);
    QCOMPARE(*articles.countArticles({}), 4 + 4);
}

void TestSourceStore::filtersBySource_data()
{
    // The fixture's articles: A (lldc, africa; pca; wco), B (europe; pca, aeo; wco, wto), C (africa;
    // aeo; wto), D (wco). Source 1 gave A, B and C; source 2 gave C and D; source 3 nothing.
    QTest::addColumn<QList<qint64>>("sources");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<qint64>("wcoCount"); // the organization facet's count for wco under the filter
    QTest::newRow("one source") << QList<qint64>{1} << QString() << QString()
                                << QStringList{QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")}
                                << qint64(2);
    QTest::newRow("either source") << QList<qint64>{1, 2} << QString() << QString()
                                   << QStringList{QStringLiteral("D"), QStringLiteral("C"),
                                                  QStringLiteral("B"), QStringLiteral("A")}
                                   << qint64(3);
    QTest::newRow("a source without articles")
        << QList<qint64>{3} << QString() << QString() << QStringList{} << qint64(0);
    QTest::newRow("source and region") << QList<qint64>{2} << QStringLiteral("africa") << QString()
                                       << QStringList{QStringLiteral("C")} << qint64(0);
    QTest::newRow("source and search") << QList<qint64>{2} << QString() << QStringLiteral("\"Body of D\"")
                                       << QStringList{QStringLiteral("D")} << qint64(1);
    QTest::newRow("search outside the source")
        << QList<qint64>{1} << QString() << QStringLiteral("\"Body of D\"") << QStringList{} << qint64(0);
}

void TestSourceStore::filtersBySource()
{
    QFETCH(QList<qint64>, sources);
    QFETCH(QString, region);
    QFETCH(QString, search);
    QFETCH(QStringList, titles);
    QFETCH(qint64, wcoCount);
    SourceStore store(*m_library->database);
    for (const char *host : {"one", "two", "three"})
        QVERIFY(store.add(
            feed(QStringLiteral("https://%1.example/feed").arg(QLatin1String(host)), QLatin1String(host))));
    const QList<qint64> ids = articleIds(); // newest first: D, C, B, A
    QVERIFY(store.linkArticles(1, {ids[1], ids[2], ids[3]}));
    QVERIFY(store.linkArticles(2, {ids[0], ids[1]}));

    ArticleFilter filter;
    filter.sources = sources;
    if (!region.isEmpty())
        filter.values(FacetKind::Region) = {region};
    filter.search = search;
    QCOMPARE(this->titles(filter), titles);
    QCOMPARE(*m_library->store->countArticles(filter), titles.size());
    qint64 wco = 0;
    for (const Facet &f : *m_library->store->facetCounts(filter)) {
        if (f.kind == FacetKind::Organization && f.key == QLatin1String("wco"))
            wco = f.count;
    }
    QCOMPARE(wco, wcoCount);
}

void TestSourceStore::sourceFilterFollowsLinksFromAnotherConnection()
{
    SourceStore store(*m_library->database);
    const qint64 id = *store.add(feed(QStringLiteral("https://a.example/feed"), QStringLiteral("A")));
    ArticleFilter filter;
    filter.sources = {id};
    QCOMPARE(*m_library->store->countArticles(filter), 0);
    // A fetch in another process links articles: the next query sees them.
    {
        Database other(m_library->path());
        QVERIFY(other.open());
        QVERIFY(SourceStore(other).linkArticles(id, articleIds().mid(0, 2)));
    }
    QCOMPARE(*m_library->store->countArticles(filter), 2);
    // And a link through this connection too.
    QVERIFY(store.linkArticles(id, articleIds()));
    QCOMPARE(*m_library->store->countArticles(filter), 4);
}

void TestSourceStore::removingASourceKeepsItsArticles()
{
    SourceStore store(*m_library->database);
    const qint64 id = *store.add(feed(QStringLiteral("https://a.example/feed"), QStringLiteral("A")));
    QVERIFY(store.linkArticles(id, articleIds()));
    QVERIFY(store.addSeenLinks(id, {QStringLiteral("https://a.example/1")}, QDateTime::currentDateTimeUtc()));
    QVERIFY(store.remove(id));
    QVERIFY(store.sources()->isEmpty());
    QCOMPARE(*m_library->store->countArticles({}), 4);
    QSqlQuery q(m_library->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM article_sources) + "
                                  "(SELECT count(*) FROM source_seen_links)")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestSourceStore::remembersSeenLinks()
{
    SourceStore store(*m_library->database);
    const qint64 id = *store.add(feed(QStringLiteral("https://a.example/news"), QStringLiteral("A")));
    const qint64 other = *store.add(feed(QStringLiteral("https://b.example/news"), QStringLiteral("B")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store.addSeenLinks(
        id, {QStringLiteral("https://a.example/1"), QStringLiteral("https://a.example/2")}, now));
    QVERIFY(store.addSeenLinks(
        id, {QStringLiteral("https://a.example/2"), QStringLiteral("https://a.example/3")}, now));
    QCOMPARE(*store.seenLinks(id),
             (QSet<QString>{QStringLiteral("https://a.example/1"), QStringLiteral("https://a.example/2"),
                            QStringLiteral("https://a.example/3")}));
    QVERIFY(store.seenLinks(other)->isEmpty());
}

void TestSourceStore::unknownIdsAreErrors()
{
    SourceStore store(*m_library->database);
    Source ghost = feed(QStringLiteral("https://a.example/feed"), QStringLiteral("A"));
    ghost.id = 99;
    QVERIFY(!store.source(99).ok());
    QVERIFY(!store.update(ghost));
    QVERIFY(!store.setEnabled(99, false));
    QVERIFY(!store.remove(99));
    QVERIFY(!store.saveFetchState(ghost));
    QVERIFY(store.remove(99).error().contains(QLatin1String("no source 99")));
}

QTEST_GUILESS_MAIN(TestSourceStore)
#include "tst_sourcestore.moc"
