#include "SampleArticle.h"
#include "ServiceTestSupport.h"
#include "service/LibraryService.h"
#include "service/LibraryThread.h"
#include "storage/SavedViewStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Clearance;

// The asynchronous face of the library: requests answered by signals with their request id.
// Most tests run the service on the test's own thread (the queued calls still go through the event
// loop), which keeps QSignalSpy on the thread that emits; one test runs it on its LibraryThread.
class TestLibraryService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsCountsAndFacets();
    void staleIdsAreDistinct();
    void loadsAnArticleWithItsTags();
    void marksReadAndStarred();
    void manualTagSurvivesRetag();
    void savedViews();
    void importReportsProgressAndCancelsBetweenFiles();
    void importOfABadFileReportsIt();
    void cancelDuringAFileRollsItBack();
    void twoWritersAndAReaderAtOnce();
    void failedOpenAnswersEveryRequest();
    void runsOnItsOwnThread();

private:
    QString write(const QString &name, const QByteArray &bytes);
    qint64 idOf(const QString &title);

    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<LibraryService> m_service;
};

namespace {
const QByteArray kMali =
    "Mali Joins Customs Reform\n\nMali Joins Customs Reform\n\nThe customs administration of "
    "Mali adopted the WCO reform plan.\n\nNepal Opens Border Post\n\nNepal Opens Border "
    "Post\n\nNepal opened a new post on its border with India.\n";
const QByteArray kChad = "Chad Signs Transit Deal\n\nChad Signs Transit Deal\n\nChad and Cameroon agreed on "
                         "transit rules.\n";
// An RSS feed of `count` items whose titles start with `prefix`.
QByteArray rssFeed(const QString &prefix, int count)
{
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title>";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><title>" + prefix.toUtf8() + " " + n + "</title><guid>https://feed.example/" +
               prefix.toUtf8() + "/" + n + "</guid><description>Customs of Chad and Mali, item " + n +
               ".</description></item>";
    }
    return xml + "</channel></rss>";
}
} // namespace

void TestLibraryService::init()
{
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(populateSample(*m_library));
    m_service = std::make_unique<LibraryService>(m_library->path(), Tagger::standard());
    QSignalSpy opened(m_service.get(), &LibraryService::opened);
    m_service->open();
    QVERIFY(opened.wait());
    QCOMPARE(opened.first().first().toString(), QString());
}

void TestLibraryService::cleanup()
{
    m_service.reset();
    m_library.reset();
}

QString TestLibraryService::write(const QString &name, const QByteArray &bytes)
{
    return writeTestFile(m_library->dir.path(), name, bytes);
}

qint64 TestLibraryService::idOf(const QString &title)
{
    const auto rows = m_library->store->listArticles({}, ListPage::all());
    for (const ArticleSummary &s : *rows) {
        if (s.title == title)
            return s.id;
    }
    return 0;
}

void TestLibraryService::listsCountsAndFacets()
{
    QSignalSpy listed(m_service.get(), &LibraryService::articlesListed);
    QSignalSpy counted(m_service.get(), &LibraryService::articlesCounted);
    QSignalSpy faceted(m_service.get(), &LibraryService::facetsCounted);
    ArticleFilter filter;
    filter.values(FacetKind::Region) = {QStringLiteral("francophone-africa")};
    ListPage page;
    page.limit = 1;
    const quint64 list = m_service->listArticles(filter, page);
    const quint64 count = m_service->countArticles(filter);
    const quint64 facets = m_service->facetCounts(filter);

    const QList<QVariant> rows = waitForReply(listed, list);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(2).toString(), QString());
    QCOMPARE(rows.at(1).value<QList<ArticleSummary>>().size(), 1); // never more than the page asks

    const QList<QVariant> n = waitForReply(counted, count);
    QCOMPARE(n.at(1).toLongLong(), 2);

    const QList<QVariant> f = waitForReply(faceted, facets);
    const auto values = f.at(1).value<QList<Facet>>();
    const auto pca = std::find_if(values.cbegin(), values.cend(), [](const Facet &v) {
        return v.kind == FacetKind::Initiative && v.key == QLatin1String("pca");
    });
    QVERIFY(pca != values.cend());
    QCOMPARE(pca->count, 1);
}

void TestLibraryService::staleIdsAreDistinct()
{
    const quint64 a = m_service->countArticles({});
    const quint64 b = m_service->countArticles({});
    QVERIFY(a != 0 && b != 0 && a != b);
}

void TestLibraryService::loadsAnArticleWithItsTags()
{
    QSignalSpy loaded(m_service.get(), &LibraryService::articleLoaded);
    const quint64 id = m_service->loadArticle(idOf(kGuatemala));
    const QList<QVariant> reply = waitForReply(loaded, id);
    QCOMPARE(reply.at(3).toString(), QString());
    QCOMPARE(reply.at(1).value<Article>().title, kGuatemala);
    const auto facets = reply.at(2).value<QList<Facet>>();
    QVERIFY(std::any_of(facets.cbegin(), facets.cend(), [](const Facet &f) {
        return f.kind == FacetKind::Organization && f.key == QLatin1String("gt-sat");
    }));

    const quint64 missing = m_service->loadArticle(999999);
    QVERIFY(!waitForReply(loaded, missing).at(3).toString().isEmpty());
}

void TestLibraryService::marksReadAndStarred()
{
    QSignalSpy written(m_service.get(), &LibraryService::writeFinished);
    QSignalSpy changed(m_service.get(), &LibraryService::libraryChanged);
    const qint64 article = idOf(kGuatemala);
    const quint64 read = m_service->setRead({article}, true);
    const quint64 star = m_service->setStarred({article}, true);
    QCOMPARE(waitForReply(written, read).at(1).toString(), QString());
    QCOMPARE(waitForReply(written, star).at(1).toString(), QString());
    QCOMPARE(changed.size(), 2);
    const auto stored = m_library->store->article(article);
    QVERIFY(stored->read);
    QVERIFY(stored->starred);

    ArticleFilter unread;
    unread.unreadOnly = true;
    QSignalSpy counted(m_service.get(), &LibraryService::articlesCounted);
    QCOMPARE(waitForReply(counted, m_service->countArticles(unread)).at(1).toLongLong(), 9);
}

void TestLibraryService::manualTagSurvivesRetag()
{
    QSignalSpy written(m_service.get(), &LibraryService::writeFinished);
    QSignalSpy changed(m_service.get(), &LibraryService::libraryChanged);
    const qint64 article = idOf(kGuatemala);
    const quint64 add = m_service->addManualTag(article, FacetKind::Initiative, QStringLiteral("pca"));
    QCOMPARE(waitForReply(written, add).at(1).toString(), QString());
    QCOMPARE(changed.size(), 1);
    // The label comes from the taxonomy when none is given.
    const auto tags = m_library->store->articleFacets(article);
    const auto pca = std::find_if(tags->cbegin(), tags->cend(),
                                  [](const Facet &f) { return f.key == QLatin1String("pca"); });
    QVERIFY(pca != tags->cend());
    QCOMPARE(pca->label, Tagger::standard()->label(FacetKind::Initiative, QStringLiteral("pca")));

    const auto tagger = Tagger::standard();
    const auto report =
        m_library->store->retag([&](const Article &a) { return tagger->tag(a); },
                                [&](FacetKind kind, const QString &key) { return tagger->label(kind, key); });
    QVERIFY2(report.ok(), qPrintable(report.error()));

    ArticleFilter pcaFilter;
    pcaFilter.values(FacetKind::Initiative) = {QStringLiteral("pca")};
    QSignalSpy listed(m_service.get(), &LibraryService::articlesListed);
    const auto rows =
        waitForReply(listed, m_service->listArticles(pcaFilter, {})).at(1).value<QList<ArticleSummary>>();
    QStringList titles;
    for (const ArticleSummary &s : rows)
        titles.append(s.title);
    QVERIFY2(titles.contains(kGuatemala), qPrintable(titles.join(QLatin1String("; "))));
    QCOMPARE(titles.size(), 3);

    // Through the service's own re-tag too; then removing it by hand sticks.
    QSignalSpy retagged(m_service.get(), &LibraryService::retagFinished);
    QCOMPARE(waitForReply(retagged, m_service->retag()).at(2).toString(), QString());
    const quint64 remove = m_service->removeTag(article, FacetKind::Initiative, QStringLiteral("pca"));
    QCOMPARE(waitForReply(written, remove).at(1).toString(), QString());
    QCOMPARE(waitForReply(retagged, m_service->retag()).at(2).toString(), QString());
    QCOMPARE(*m_library->store->countArticles(pcaFilter), 2);
}

void TestLibraryService::savedViews()
{
    QSignalSpy saved(m_service.get(), &LibraryService::viewSaved);
    QSignalSpy listed(m_service.get(), &LibraryService::viewsListed);
    QSignalSpy written(m_service.get(), &LibraryService::writeFinished);
    QSignalSpy changed(m_service.get(), &LibraryService::viewsChanged);
    ArticleFilter filter;
    filter.values(FacetKind::Region) = {QStringLiteral("francophone-africa")};
    filter.search = QStringLiteral("audit");
    const QList<QVariant> reply = waitForReply(saved, m_service->saveView(QStringLiteral("Sahel"), filter));
    QCOMPARE(reply.at(2).toString(), QString());
    const qint64 viewId = reply.at(1).toLongLong();
    QVERIFY(viewId > 0);

    auto views = waitForReply(listed, m_service->listViews()).at(1).value<QList<SavedView>>();
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.first().name, QStringLiteral("Sahel"));
    QCOMPARE(views.first().filter, filter);

    QCOMPARE(
        waitForReply(written, m_service->renameView(viewId, QStringLiteral("West Africa"))).at(1).toString(),
        QString());
    views = waitForReply(listed, m_service->listViews()).at(1).value<QList<SavedView>>();
    QCOMPARE(views.first().name, QStringLiteral("West Africa"));

    QCOMPARE(waitForReply(written, m_service->removeView(viewId)).at(1).toString(), QString());
    views = waitForReply(listed, m_service->listViews()).at(1).value<QList<SavedView>>();
    QVERIFY(views.isEmpty());
    QCOMPARE(changed.size(), 3);
}

void TestLibraryService::importReportsProgressAndCancelsBetweenFiles()
{
    const QString first = write(QStringLiteral("mali.txt"), kMali);
    const QString second = write(QStringLiteral("chad.txt"), kChad);
    QSignalSpy started(m_service.get(), &LibraryService::fileImportStarted);
    QSignalSpy imported(m_service.get(), &LibraryService::fileImported);
    QSignalSpy finished(m_service.get(), &LibraryService::importFinished);
    QSignalSpy changed(m_service.get(), &LibraryService::libraryChanged);
    // The reader presses Cancel while the first file is being stored.
    connect(
        m_service.get(), &LibraryService::fileImported, m_service.get(),
        [this](quint64 requestId) { m_service->cancelImport(requestId); }, Qt::DirectConnection);
    const quint64 id = m_service->importFiles({first, second});
    const QList<QVariant> end = waitForReply(finished, id);
    QCOMPARE(end.size(), 3);
    QCOMPARE(end.at(1).toInt(), 2);
    QCOMPARE(end.at(2).toBool(), true);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(1).toInt(), 0);
    QCOMPARE(started.first().at(2).toInt(), 2);
    QCOMPARE(started.first().at(3).toString(), first);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().at(2).value<ImportReport>().added, 2);
    QCOMPARE(changed.size(), 1);
    // The cancelled file left nothing behind.
    QCOMPARE(*m_library->store->countArticles(), 12);
    ArticleFilter chad;
    chad.search = QStringLiteral("Chad");
    QCOMPARE(*m_library->store->countArticles(chad), 0);

    // Without a cancel both files go in; the first adds nothing the second time.
    disconnect(m_service.get(), &LibraryService::fileImported, m_service.get(), nullptr);
    const QList<QVariant> again = waitForReply(finished, m_service->importFiles({first, second}));
    QCOMPARE(again.at(1).toInt(), 1);
    QCOMPARE(again.at(2).toBool(), false);
    QCOMPARE(*m_library->store->countArticles(chad), 1);
}

void TestLibraryService::importOfABadFileReportsIt()
{
    const QString good = write(QStringLiteral("chad.txt"), kChad);
    const QString missing = m_library->dir.filePath(QStringLiteral("nowhere.txt"));
    QSignalSpy imported(m_service.get(), &LibraryService::fileImported);
    QSignalSpy finished(m_service.get(), &LibraryService::importFinished);
    const quint64 id = m_service->importFiles({missing, good});
    const QList<QVariant> end = waitForReply(finished, id);
    QCOMPARE(end.at(1).toInt(), 1);
    QCOMPARE(imported.size(), 2);
    QVERIFY(imported.at(0).at(3).toString().contains(QLatin1String("nowhere.txt")));
    QCOMPARE(imported.at(1).at(3).toString(), QString());
}

void TestLibraryService::cancelDuringAFileRollsItBack()
{
    // Cancel pressed as the file starts: the service stops reading it between two chunks and rolls
    // it back, and the files after it are not started.
    const QString big = write(QStringLiteral("big.xml"), rssFeed(QStringLiteral("Big"), 5000));
    const QString small = write(QStringLiteral("chad.txt"), kChad);
    QSignalSpy imported(m_service.get(), &LibraryService::fileImported);
    QSignalSpy finished(m_service.get(), &LibraryService::importFinished);
    connect(
        m_service.get(), &LibraryService::fileImportStarted, m_service.get(),
        [this](quint64 requestId) { m_service->cancelImport(requestId); }, Qt::DirectConnection);
    const QList<QVariant> end = waitForReply(finished, m_service->importFiles({big, small}));
    QCOMPARE(end.at(1).toInt(), 0);
    QCOMPARE(end.at(2).toBool(), true);
    QCOMPARE(imported.size(), 1);
    QVERIFY2(imported.first().at(3).toString().contains(QLatin1String("cancelled")),
             qPrintable(imported.first().at(3).toString()));
    QCOMPARE(*m_library->store->countArticles(), 10);
}

void TestLibraryService::twoWritersAndAReaderAtOnce()
{
    // Two services (two connections, two threads) import into one file while this thread reads it:
    // WAL and the busy timeout keep everyone waiting their turn, nothing fails or deadlocks.
    const QString a = write(QStringLiteral("a.xml"), rssFeed(QStringLiteral("Alpha"), 1500));
    const QString b = write(QStringLiteral("b.xml"), rssFeed(QStringLiteral("Beta"), 1500));
    int done = 0;
    QStringList errors;
    int added = 0;
    {
        LibraryThread first(m_library->path(), Tagger::standard());
        LibraryThread second(m_library->path(), Tagger::standard());
        for (LibraryService *service : {first.service(), second.service()}) {
            connect(service, &LibraryService::fileImported, this,
                    [&](quint64, int, const ImportReport &report, const QString &error) {
                        added += report.added;
                        if (!error.isEmpty())
                            errors.append(error);
                    });
            connect(service, &LibraryService::importFinished, this, [&] { ++done; });
        }
        first.service()->importFiles({a});
        second.service()->importFiles({b});
        bool readsFailed = false;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         readsFailed = readsFailed || !m_library->store->countArticles().ok();
                         return done == 2;
                     },
                     120000),
                 "the imports did not finish");
        QVERIFY(!readsFailed);
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(added, 3000);
    QCOMPARE(*m_library->store->countArticles(), 3010);
    QSqlQuery check(m_library->database->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(check.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")));
    ArticleFilter beta;
    beta.search = QStringLiteral("Beta");
    QCOMPARE(*m_library->store->countArticles(beta), 1500);
}

void TestLibraryService::failedOpenAnswersEveryRequest()
{
    // A folder is not a library.
    LibraryService service(m_library->dir.path(), Tagger::standard());
    QSignalSpy opened(&service, &LibraryService::opened);
    QSignalSpy counted(&service, &LibraryService::articlesCounted);
    QSignalSpy written(&service, &LibraryService::writeFinished);
    service.open();
    QVERIFY(opened.wait());
    const QString error = opened.first().first().toString();
    QVERIFY(!error.isEmpty());
    QCOMPARE(waitForReply(counted, service.countArticles({})).at(2).toString(), error);
    QCOMPARE(waitForReply(written, service.setRead({1}, true)).at(1).toString(), error);
}

void TestLibraryService::runsOnItsOwnThread()
{
    QStringList titles;
    QString openError = QStringLiteral("not answered");
    {
        LibraryThread thread(m_library->path());
        LibraryService *service = thread.service();
        QVERIFY(service->thread() != QThread::currentThread());
        quint64 expected = 0;
        connect(service, &LibraryService::opened, this, [&](const QString &error) { openError = error; });
        connect(service, &LibraryService::articlesListed, this,
                [&](quint64 id, const QList<ArticleSummary> &rows, const QString &) {
                    QCOMPARE(QThread::currentThread(), this->thread()); // replies come back queued
                    if (id != expected)
                        return;
                    for (const ArticleSummary &s : rows)
                        titles.append(s.title);
                });
        expected = service->listArticles({}, {});
        QTRY_COMPARE(titles.size(), 10);
        // The thread stops and the connection closes while a request is still queued.
        service->countArticles({});
    }
    QCOMPARE(openError, QString());
    QVERIFY(titles.contains(kGuatemala));
}

QTEST_GUILESS_MAIN(TestLibraryService)
#include "tst_libraryservice.moc"
