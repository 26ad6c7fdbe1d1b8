#include "SampleArticle.h"
#include "ServiceTestSupport.h"
#include "service/LibraryService.h"
#include "service/LibraryThread.h"
#include "storage/SavedViewStore.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Clearance;

// The asynchronous face of the library: every request answered by a future holding a Result or a
// Status (imports: tst_serviceimport). Most tests run the service on the test's own thread (the queued
// calls still go through the event loop); those about timing across threads run it on its
// LibraryThread.
class TestLibraryService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsCountsAndFacets();
    void aNewerRequestHidesTheOlderAnswer_data();
    void aNewerRequestHidesTheOlderAnswer();
    void aCancelledRequestIsNotRun();
    void onAnswerCallsBackOnlyWhileItsContextLives();
    void loadsAnArticleWithItsTags();
    void marksReadAndStarred();
    void manualTagSurvivesRetag();
    void savedViews();
    void failedOpenAnswersEveryRequest();
    void runsOnItsOwnThread();

private:
    qint64 idOf(const QString &title);

    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<LibraryService> m_service;
};

void TestLibraryService::init()
{
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(populateSample(*m_library));
    m_service = std::make_unique<LibraryService>(m_library->path(), Tagger::standard());
    QCOMPARE(openAndWait(*m_service), QString());
}

void TestLibraryService::cleanup()
{
    m_service.reset();
    m_library.reset();
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
    ArticleFilter filter;
    filter.values(FacetKind::Region) = {QStringLiteral("francophone-africa")};
    ListPage page;
    page.limit = 1;
    const auto listed = m_service->listArticles(filter, page);
    const auto counted = m_service->countArticles(filter);
    const auto faceted = m_service->facetCounts(filter);

    const Result<QList<ArticleSummary>> rows = waitForAnswer(listed);
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(rows->size(), 1); // never more than the page asks

    const Result<qint64> count = waitForAnswer(counted);
    QVERIFY2(count.ok(), qPrintable(count.error()));
    QCOMPARE(*count, 2);

    const Result<QList<Facet>> values = waitForAnswer(faceted);
    QVERIFY2(values.ok(), qPrintable(values.error()));
    const auto pca = std::find_if(values->cbegin(), values->cend(), [](const Facet &v) {
        return v.kind == FacetKind::Initiative && v.key == QLatin1String("pca");
    });
    QVERIFY(pca != values->cend());
    QCOMPARE(pca->count, 1);
}

void TestLibraryService::aNewerRequestHidesTheOlderAnswer_data()
{
    QTest::addColumn<bool>("olderFinishedFirst");
    QTest::newRow("older still running") << false;
    QTest::newRow("older finished, its answer on its way") << true;
}

// "The latest request wins" needs no request id: QFutureWatcher::setFuture() with a newer future
// drops the older one's answer, also when the older future had finished and its answer was already
// posted to this thread when the newer one was set.
void TestLibraryService::aNewerRequestHidesTheOlderAnswer()
{
    QFETCH(bool, olderFinishedFirst);
    LibraryThread thread(m_library->path(), Tagger::standard());
    LibraryService &service = *thread.service();
    ArticleFilter sahel;
    sahel.values(FacetKind::Region) = {QStringLiteral("francophone-africa")};

    QFutureWatcher<Result<qint64>> watcher;
    QList<qint64> answers;
    connect(&watcher, &QFutureWatcherBase::finished, this, [&] {
        if (const auto answer = answerOf(watcher.future()))
            answers.append(answer->ok() ? answer->value() : -1);
    });
    Reply<qint64> older = service.countArticles({});
    watcher.setFuture(older);
    if (olderFinishedFirst) {
        // Blocks this thread, so the answer waits in its event queue.
        older.waitForFinished();
        QVERIFY(older.isFinished() && older.resultCount() == 1);
    }
    watcher.setFuture(service.countArticles(sahel));
    QTRY_COMPARE(answers.size(), 1);
    QVERIFY(earlierRepliesArrived(service));
    QCOMPARE(answers, QList<qint64>{2}); // the newer count, alone
}

// A request cancelled before the service reached it (a newer one replaced it) is not run.
void TestLibraryService::aCancelledRequestIsNotRun()
{
    QSignalSpy changed(m_service.get(), &LibraryService::libraryChanged);
    const qint64 article = idOf(kGuatemala);
    WriteReply marked = m_service->setRead({article}, true);
    marked.cancel();
    const Status after = waitForAnswer(m_service->setStarred({article}, true));
    QVERIFY2(after.ok(), qPrintable(after.error()));
    QVERIFY(marked.isFinished());
    QCOMPARE(marked.resultCount(), 0);
    QCOMPARE(changed.size(), 1); // the star only
    const auto stored = m_library->store->article(article);
    QVERIFY(!stored->read);
    QVERIFY(stored->starred);
}

// The helper for writes whose errors must reach the user: it calls back with the answer, once, unless
// its context object was destroyed first, and leaves no watcher behind.
void TestLibraryService::onAnswerCallsBackOnlyWhileItsContextLives()
{
    QList<qint64> answers;
    auto gone = std::make_unique<QObject>();
    onAnswer(m_service->countArticles({}), gone.get(),
             [&answers](const Result<qint64> &) { answers.append(-1); });
    gone.reset();
    QObject context;
    onAnswer(m_service->countArticles({}), &context,
             [&answers](const Result<qint64> &count) { answers.append(count.ok() ? count.value() : 0); });
    QTRY_COMPARE(answers.size(), 1);
    QVERIFY(earlierRepliesArrived(*m_service));
    QCOMPARE(answers, QList<qint64>{10});
    QTRY_VERIFY(context.findChildren<QFutureWatcherBase *>().isEmpty());
}

void TestLibraryService::loadsAnArticleWithItsTags()
{
    const Result<LoadedArticle> loaded = waitForAnswer(m_service->loadArticle(idOf(kGuatemala)));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->article.title, kGuatemala);
    QVERIFY(std::any_of(loaded->facets.cbegin(), loaded->facets.cend(), [](const Facet &f) {
        return f.kind == FacetKind::Organization && f.key == QLatin1String("gt-sat");
    }));

    const Result<LoadedArticle> missing = waitForAnswer(m_service->loadArticle(999999));
    QVERIFY(!missing.ok());
    QVERIFY(!missing.error().isEmpty());
}

void TestLibraryService::marksReadAndStarred()
{
    QSignalSpy changed(m_service.get(), &LibraryService::libraryChanged);
    const qint64 article = idOf(kGuatemala);
    const WriteReply read = m_service->setRead({article}, true);
    const WriteReply star = m_service->setStarred({article}, true);
    QCOMPARE(waitForAnswer(read).error(), QString());
    QCOMPARE(waitForAnswer(star).error(), QString());
    QCOMPARE(changed.size(), 2);
    const auto stored = m_library->store->article(article);
    QVERIFY(stored->read);
    QVERIFY(stored->starred);

    ArticleFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(*waitForAnswer(m_service->countArticles(unread)), 9);
}

void TestLibraryService::manualTagSurvivesRetag()
{
    QSignalSpy changed(m_service.get(), &LibraryService::libraryChanged);
    const qint64 article = idOf(kGuatemala);
    const Status added =
        waitForAnswer(m_service->addManualTag(article, FacetKind::Initiative, QStringLiteral("pca")));
    QVERIFY2(added.ok(), qPrintable(added.error()));
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
    const auto rows = waitForAnswer(m_service->listArticles(pcaFilter, {}));
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QStringList titles;
    for (const ArticleSummary &s : *rows)
        titles.append(s.title);
    QVERIFY2(titles.contains(kGuatemala), qPrintable(titles.join(QLatin1String("; "))));
    QCOMPARE(titles.size(), 3);

    // Through the service's own re-tag too; then removing it by hand sticks.
    const Result<RetagReport> retagged = waitForAnswer(m_service->retag());
    QVERIFY2(retagged.ok(), qPrintable(retagged.error()));
    QCOMPARE(retagged->articles, 10);
    const Status removed =
        waitForAnswer(m_service->removeTag(article, FacetKind::Initiative, QStringLiteral("pca")));
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QVERIFY(waitForAnswer(m_service->retag()).ok());
    QCOMPARE(*m_library->store->countArticles(pcaFilter), 2);
}

void TestLibraryService::savedViews()
{
    QSignalSpy changed(m_service.get(), &LibraryService::viewsChanged);
    ArticleFilter filter;
    filter.values(FacetKind::Region) = {QStringLiteral("francophone-africa")};
    filter.search = QStringLiteral("audit");
    const Result<qint64> saved = waitForAnswer(m_service->saveView(QStringLiteral("Sahel"), filter));
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    const qint64 viewId = *saved;
    QVERIFY(viewId > 0);

    auto views = waitForAnswer(m_service->listViews());
    QVERIFY2(views.ok(), qPrintable(views.error()));
    QCOMPARE(views->size(), 1);
    QCOMPARE(views->first().name, QStringLiteral("Sahel"));
    QCOMPARE(views->first().filter, filter);

    QCOMPARE(waitForAnswer(m_service->renameView(viewId, QStringLiteral("West Africa"))).error(), QString());
    views = waitForAnswer(m_service->listViews());
    QCOMPARE(views->first().name, QStringLiteral("West Africa"));

    QCOMPARE(waitForAnswer(m_service->removeView(viewId)).error(), QString());
    views = waitForAnswer(m_service->listViews());
    QVERIFY(views->isEmpty());
    QCOMPARE(changed.size(), 3);

    // A failure is the answer's, with its sentence.
    const Status renamed = waitForAnswer(m_service->renameView(viewId, QStringLiteral("Gone")));
    QVERIFY(!renamed.ok());
    QVERIFY(!renamed.error().isEmpty());
    QCOMPARE(changed.size(), 3);
}

void TestLibraryService::failedOpenAnswersEveryRequest()
{
    // A folder is not a library.
    LibraryService service(m_library->dir.path(), Tagger::standard());
    const QString error = openAndWait(service);
    QVERIFY(!error.isEmpty());
    QCOMPARE(waitForAnswer(service.countArticles({})).error(), error);
    QCOMPARE(waitForAnswer(service.setRead({1}, true)).error(), error);
    const auto import = service.importFiles({QStringLiteral("a.txt"), QStringLiteral("b.txt")});
    QCOMPARE(waitForAnswer(import).error(), error);
    QCOMPARE(import.resultCount(), 2);
    QCOMPARE(import.resultAt(1).error(), error);
}

void TestLibraryService::runsOnItsOwnThread()
{
    QStringList titles;
    QString openError = QStringLiteral("not answered");
    Reply<qint64> queued;
    {
        LibraryThread thread(m_library->path());
        LibraryService *service = thread.service();
        QVERIFY(service->thread() != QThread::currentThread());
        connect(service, &LibraryService::opened, this, [&](const QString &error) { openError = error; });
        QFutureWatcher<Result<QList<ArticleSummary>>> watcher;
        connect(&watcher, &QFutureWatcherBase::finished, this, [&] {
            QCOMPARE(QThread::currentThread(), this->thread()); // answers reach the watcher's thread
            if (const auto rows = answerOf(watcher.future()); rows && rows->ok()) {
                for (const ArticleSummary &s : rows->value())
                    titles.append(s.title);
            }
        });
        watcher.setFuture(service->listArticles({}, {}));
        QTRY_COMPARE(titles.size(), 10);
        // The thread stops and the connection closes while a request may still be queued.
        queued = service->countArticles({});
    }
    QCOMPARE(openError, QString());
    QVERIFY(titles.contains(kGuatemala));
    // Answered, or cancelled when the service stopped: never left waiting.
    QVERIFY(queued.isFinished());
}

QTEST_GUILESS_MAIN(TestLibraryService)
#include "tst_libraryservice.moc"
