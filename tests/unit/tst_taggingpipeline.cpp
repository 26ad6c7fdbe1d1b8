#include "service/TaggingPipeline.h"
#include "tagging/Tagger.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Clearance;

// The pipeline that reads, finishes and tags chunks on several threads: every article comes out once,
// in the order read, tagged, whatever the sizes and however long each step takes.
class TestTaggingPipeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void givesEveryArticleInOrder_data();
    void givesEveryArticleInOrder();
    void stopsEarlyWithoutHanging();
    void callerNeverReads();
};

namespace {

Article article(int number)
{
    Article a;
    a.title = QStringLiteral("Article %1").arg(number);
    // Every tenth names a country, so the tags show each article went through the tagger.
    a.body = number % 10 == 0 ? QStringLiteral("Customs officers of Mali met.") : QStringLiteral("Nothing.");
    a.language = QStringLiteral("en");
    return a;
}

// Holds the thread up for a random stretch without a clock: up to `maxSteps` steps, each a yield (the
// other threads get a turn) and a little work whose result is kept, so the steps cannot be optimised
// away. The threads of the pipeline then overtake each other in ever different orders.
void stall(int maxSteps)
{
    if (maxSteps <= 0)
        return;
    const int steps = QRandomGenerator::global()->bounded(maxSteps + 1);
    thread_local quint32 kept = 0;
    for (int i = 0; i < steps; ++i) {
        std::this_thread::yield();
        for (int j = 0; j < 64; ++j)
            kept = kept * 1664525u + 1013904223u;
    }
    [[maybe_unused]] volatile quint32 sink = kept;
}

// A reader of `total` articles in chunks of `chunkSize` whose reading and finishing take a random
// while (up to `maxSteps` of stall()), so the threads overtake each other in every way.
TaggingPipeline::ChunkReader slowReader(int total, int chunkSize, int maxSteps, std::atomic<int> &reading)
{
    return [=, &reading, next = 0](ArticleReader::Completion &complete) mutable {
        if (reading.fetch_add(1) != 0)
            qFatal("two threads read at once");
        stall(maxSteps);
        const int from = next;
        const int to = std::min(total, next + chunkSize);
        next = to;
        complete = [from, to, maxSteps](QList<Article> &chunk) {
            stall(maxSteps);
            for (int i = from; i < to; ++i)
                chunk.append(article(i));
        };
        reading.fetch_sub(1);
        return next < total;
    };
}

} // namespace

void TestTaggingPipeline::givesEveryArticleInOrder_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<int>("maxSteps"); // of stall(), in reading and in finishing each chunk
    QTest::newRow("no articles") << 0 << 8 << 0;
    QTest::newRow("one article") << 1 << 8 << 0;
    QTest::newRow("one per chunk") << 300 << 1 << 0;
    QTest::newRow("a partial last chunk") << 1001 << 64 << 0;
    QTest::newRow("slow steps, small chunks") << 400 << 3 << 300;
    QTest::newRow("slow steps, big chunks") << 2000 << 250 << 2000;
}

void TestTaggingPipeline::givesEveryArticleInOrder()
{
    QFETCH(int, total);
    QFETCH(int, chunkSize);
    QFETCH(int, maxSteps);
    std::atomic<int> reading = 0;
    const std::shared_ptr<const Tagger> tagger = Tagger::standard();
    std::atomic<int> preparedCount = 0;
    TaggingPipeline pipeline(slowReader(total, chunkSize, maxSteps, reading), *tagger,
                             [&](Article &) { preparedCount.fetch_add(1); });
    int expected = 0;
    QList<TaggedArticle> chunk;
    while (pipeline.next(chunk)) {
        for (const TaggedArticle &t : std::as_const(chunk)) {
            QCOMPARE(t.article.title, QStringLiteral("Article %1").arg(expected));
            QCOMPARE(t.tags.values(FacetKind::Country).contains(QStringLiteral("ML")), expected % 10 == 0);
            // Encoded for the library on the workers.
            QVERIFY(t.columns);
            QCOMPARE(t.columns->title, t.article.title.toUtf8());
            QCOMPARE(t.columns->body, t.article.body.toUtf8());
            QCOMPARE(t.columns->language, QByteArray("en"));
            ++expected;
        }
        // `chunk` keeps the articles: next() hands them to a worker to free.
    }
    QCOMPARE(expected, total);
    QCOMPARE(preparedCount.load(), total);
    QVERIFY(!pipeline.next(chunk)); // and stays done
}

void TestTaggingPipeline::stopsEarlyWithoutHanging()
{
    // A caller that stops after the first chunk (a cancelled import) destroys the pipeline while the
    // workers still read and tag: the destructor must return, and no chunk is given twice.
    std::atomic<int> reading = 0;
    const std::shared_ptr<const Tagger> tagger = Tagger::standard();
    QList<TaggedArticle> chunk;
    {
        TaggingPipeline pipeline(slowReader(100000, 16, 200, reading), *tagger);
        QVERIFY(pipeline.next(chunk));
        QCOMPARE(chunk.first().article.title, QStringLiteral("Article 0"));
    }
    QCOMPARE(reading.load(), 0);
}

void TestTaggingPipeline::callerNeverReads()
{
    // The caller's thread is the one that stores, which the import waits for: while there are workers,
    // reading the file is theirs.
    if (std::thread::hardware_concurrency() < 2)
        QSKIP("a single core: the caller does everything");
    std::atomic<int> reading = 0;
    const auto caller = std::this_thread::get_id();
    std::atomic<int> readByCaller = 0;
    TaggingPipeline::ChunkReader read = slowReader(2000, 16, 100, reading);
    const std::shared_ptr<const Tagger> tagger = Tagger::standard();
    TaggingPipeline pipeline(
        [&](ArticleReader::Completion &complete) {
            if (std::this_thread::get_id() == caller)
                readByCaller.fetch_add(1);
            return read(complete);
        },
        *tagger);
    QList<TaggedArticle> chunk;
    int count = 0;
    while (pipeline.next(chunk)) {
        count += int(chunk.size());
        stall(200); // storing
    }
    QCOMPARE(count, 2000);
    QCOMPARE(readByCaller.load(), 0);
}

QTEST_GUILESS_MAIN(TestTaggingPipeline)
#include "tst_taggingpipeline.moc"
