#include "SampleArticle.h"
#include "ServiceTestSupport.h"
#include "service/LibraryService.h"
#include "service/LibraryThread.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Clearance;

// LibraryService::importFiles(): a future with one answer per file, the file being read as its
// progress, and cancelling it as the way to stop an import. The tests that cancel run the service on its
// LibraryThread, as the window does, and cancel from this thread when an answer or a progress arrives.
class TestServiceImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importAnswersPerFileWithProgress();
    void importOfABadFileReportsIt();
    void importCancelledBeforeItStartsImportsNothing();
    void cancelDuringTheFirstFileRollsItBack();
    void cancelKeepsTheFilesDoneBefore();
    void twoWritersAndAReaderAtOnce();

private:
    QString write(const QString &name, const QByteArray &bytes);

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
// Big enough to take far longer to import than an answer takes to reach the test's thread, so a cancel
// sent from there on that answer lands while the feed is read.
constexpr int kBigFeedItems = 20000;

// Waits for the import to finish; true when it did in time.
bool waitForImport(QFutureWatcher<Result<ImportReport>> &watcher)
{
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    return QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 120000);
}
} // namespace

void TestServiceImport::init()
{
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(populateSample(*m_library));
    m_service = std::make_unique<LibraryService>(m_library->path(), Tagger::standard());
    QCOMPARE(openAndWait(*m_service), QString());
}

void TestServiceImport::cleanup()
{
    m_service.reset();
    m_library.reset();
}

QString TestServiceImport::write(const QString &name, const QByteArray &bytes)
{
    return writeTestFile(m_library->dir.path(), name, bytes);
}

void TestServiceImport::importAnswersPerFileWithProgress()
{
    const QString first = write(QStringLiteral("mali.txt"), kMali);
    const QString second = write(QStringLiteral("chad.txt"), kChad);
    QSignalSpy changed(m_service.get(), &LibraryService::libraryChanged);
    QFutureWatcher<Result<ImportReport>> watcher;
    QSignalSpy progress(&watcher, &QFutureWatcherBase::progressValueChanged);
    QSignalSpy files(&watcher, &QFutureWatcherBase::progressTextChanged);
    QSignalSpy ready(&watcher, &QFutureWatcherBase::resultReadyAt);
    watcher.setFuture(m_service->importFiles({first, second}));
    QVERIFY(waitForImport(watcher));
    const QFuture<Result<ImportReport>> future = watcher.future();
    QVERIFY(!future.isCanceled());
    QCOMPARE(future.resultCount(), 2);
    QCOMPARE(future.resultAt(0)->added, 2);
    QCOMPARE(future.resultAt(0)->file, first);
    QCOMPARE(future.resultAt(1)->added, 1);
    QCOMPARE(ready.size(), 2);
    // The first and the last progress always reach a watcher: here, each file as it starts (after
    // the 0 a watcher gives when it is set on a future).
    QList<int> numbers;
    for (const QList<QVariant> &args : std::as_const(progress))
        numbers.append(args.at(0).toInt());
    QCOMPARE(numbers, (QList<int>{0, 1, 2}));
    QStringList texts;
    for (const QList<QVariant> &args : std::as_const(files))
        texts.append(args.at(0).toString());
    QCOMPARE(texts, (QStringList{first, second}));
    QCOMPARE(changed.size(), 1); // once, at the end
    QCOMPARE(*m_library->store->countArticles(), 13);

    // Again: nothing new, and the library is not said to have changed.
    const auto again = m_service->importFiles({first, second});
    QFutureWatcher<Result<ImportReport>> againWatcher;
    againWatcher.setFuture(again);
    QVERIFY(waitForImport(againWatcher));
    QCOMPARE(again.resultCount(), 2);
    QCOMPARE(again.resultAt(0)->unchanged, 2);
    QCOMPARE(again.resultAt(1)->unchanged, 1);
    QCOMPARE(changed.size(), 1);
}

void TestServiceImport::importOfABadFileReportsIt()
{
    const QString good = write(QStringLiteral("chad.txt"), kChad);
    const QString missing = m_library->dir.filePath(QStringLiteral("nowhere.txt"));
    QFutureWatcher<Result<ImportReport>> watcher;
    watcher.setFuture(m_service->importFiles({missing, good}));
    QVERIFY(waitForImport(watcher));
    const auto future = watcher.future();
    QCOMPARE(future.resultCount(), 2);
    QVERIFY(!future.resultAt(0).ok());
    QVERIFY2(future.resultAt(0).error().contains(QLatin1String("nowhere.txt")),
             qPrintable(future.resultAt(0).error()));
    QVERIFY2(future.resultAt(1).ok(), qPrintable(future.resultAt(1).error()));
    QCOMPARE(future.resultAt(1)->added, 1);
}

void TestServiceImport::importCancelledBeforeItStartsImportsNothing()
{
    const QString file = write(QStringLiteral("chad.txt"), kChad);
    QSignalSpy changed(m_service.get(), &LibraryService::libraryChanged);
    QFutureWatcher<Result<ImportReport>> watcher;
    watcher.setFuture(m_service->importFiles({file}));
    watcher.cancel();
    QVERIFY(waitForImport(watcher));
    QVERIFY(watcher.future().isCanceled());
    QCOMPARE(watcher.future().resultCount(), 0);
    QVERIFY(earlierRepliesArrived(*m_service));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(*m_library->store->countArticles(), 10);
}

// Cancel pressed as the first file starts: the service stops reading it between two chunks and rolls
// it back, and the files after it are not started.
void TestServiceImport::cancelDuringTheFirstFileRollsItBack()
{
    const QString big = write(QStringLiteral("big.xml"), rssFeed(QStringLiteral("Big"), kBigFeedItems));
    const QString small = write(QStringLiteral("chad.txt"), kChad);
    LibraryThread thread(m_library->path(), Tagger::standard());
    QFutureWatcher<Result<ImportReport>> watcher;
    connect(&watcher, &QFutureWatcherBase::progressValueChanged, &watcher, [&watcher](int file) {
        if (file == 1)
            watcher.cancel();
    });
    watcher.setFuture(thread.service()->importFiles({big, small}));
    QVERIFY(waitForImport(watcher));
    QVERIFY(watcher.future().isCanceled());
    QCOMPARE(watcher.future().resultCount(), 0);
    QCOMPARE(*m_library->store->countArticles(), 10);
}

// Cancel pressed once the first file is in, while the second is read: the first stays (in the library
// and among the future's answers), the second is rolled back, the third is not started.
void TestServiceImport::cancelKeepsTheFilesDoneBefore()
{
    const QString first = write(QStringLiteral("mali.txt"), kMali);
    const QString big = write(QStringLiteral("big.xml"), rssFeed(QStringLiteral("Big"), kBigFeedItems));
    const QString last = write(QStringLiteral("chad.txt"), kChad);
    LibraryThread thread(m_library->path(), Tagger::standard());
    QSignalSpy changed(thread.service(), &LibraryService::libraryChanged);
    QFutureWatcher<Result<ImportReport>> watcher;
    connect(&watcher, &QFutureWatcherBase::resultReadyAt, &watcher, [&watcher](int index) {
        if (index == 0)
            watcher.cancel();
    });
    watcher.setFuture(thread.service()->importFiles({first, big, last}));
    QVERIFY(waitForImport(watcher));
    const auto future = watcher.future();
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 1);
    QCOMPARE(future.resultAt(0)->added, 2);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(*m_library->store->countArticles(), 12);
    ArticleFilter chad;
    chad.search = QStringLiteral("Chad");
    QCOMPARE(*m_library->store->countArticles(chad), 0);
}

void TestServiceImport::twoWritersAndAReaderAtOnce()
{
    // Two services (two connections, two threads) import into one file while this thread reads it:
    // WAL and the busy timeout keep everyone waiting their turn, nothing fails or deadlocks.
    const QString a = write(QStringLiteral("a.xml"), rssFeed(QStringLiteral("Alpha"), 1500));
    const QString b = write(QStringLiteral("b.xml"), rssFeed(QStringLiteral("Beta"), 1500));
    QStringList errors;
    int added = 0;
    {
        LibraryThread first(m_library->path(), Tagger::standard());
        LibraryThread second(m_library->path(), Tagger::standard());
        const QList<QFuture<Result<ImportReport>>> imports = {first.service()->importFiles({a}),
                                                              second.service()->importFiles({b})};
        bool readsFailed = false;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         readsFailed = readsFailed || !m_library->store->countArticles().ok();
                         return imports.at(0).isFinished() && imports.at(1).isFinished();
                     },
                     120000),
                 "the imports did not finish");
        QVERIFY(!readsFailed);
        for (const auto &import : imports) {
            QCOMPARE(import.resultCount(), 1);
            const Result<ImportReport> report = import.resultAt(0);
            if (report)
                added += report->added;
            else
                errors.append(report.error());
        }
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

QTEST_GUILESS_MAIN(TestServiceImport)
#include "tst_serviceimport.moc"
