#pragma once

#include "ingest/ArticleReader.h"
#include "storage/ArticleStore.h"

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace Clearance {

class Tagger;

// Tags articles in chunks on worker threads while the caller stores the chunks already tagged, so an
// import costs about as much as the slower of the two rather than their sum. The articles come from a
// reader, a chunk at a time, and only a few chunks are ever in flight: a file of any size is imported
// in bounded memory. Chunks come out in input order.
//
// Reading a chunk (parsing its part of the file) is serial; finishing it (its HTML, say), tagging it
// and encoding its columns for the library (ArticleColumns) are not. The workers take these steps, the
// oldest chunk first, and free the chunks the caller has stored: the caller's thread, which writes the
// library, is the one the import waits for, so it does nothing else, but for the very chunk it awaits
// when no worker has taken it yet. (With a single core it does everything, in turn.)
class TaggingPipeline final
{
public:
    // Reads the next chunk of articles to tag, setting the completion that gives them (see
    // ArticleReader::readDeferred); false when there are no more. Called by one thread at a time; the
    // completions run on any thread, several at once.
    using ChunkReader = std::function<bool(ArticleReader::Completion &complete)>;
    // Runs on each article before it is tagged, on the same thread.
    using Preparation = std::function<void(Article &)>;

    TaggingPipeline(ChunkReader reader, const Tagger &tagger, Preparation prepare = {});
    // The articles of a list, in chunks of `chunkSize`.
    TaggingPipeline(QList<Article> articles, const Tagger &tagger, Preparation prepare = {},
                    int chunkSize = 1024);
    ~TaggingPipeline(); // stops the workers; chunks not taken are dropped
    Q_DISABLE_COPY_MOVE(TaggingPipeline)

    // The next chunk in order; false when all have been given. What `chunk` held (the chunk given last
    // time, stored since) is handed to a worker to free: the worker allocated it, and freeing memory
    // of another thread's allocator costs the caller's thread more.
    bool next(QList<TaggedArticle> &chunk);

private:
    // A chunk from the time it is read until it is given.
    struct Chunk
    {
        ArticleReader::Completion complete; // until a thread claims it
        bool claimed = false;
        bool tagged = false;
        QList<TaggedArticle> articles;
    };
    enum class Step
    {
        Worked,  // read or tagged a chunk
        Nothing, // nothing to do now
        Finished // nothing will ever be left to do
    };
    // One step of work, the lock held on entry and exit: a worker's, or the caller's.
    Step step(std::unique_lock<std::mutex> &lock, bool isWorker);
    Step readChunk(std::unique_lock<std::mutex> &lock);
    bool canRead() const;
    bool hasUnclaimed() const;
    QList<TaggedArticle> tag(const ArticleReader::Completion &complete) const;
    void work();
    void startWorkers();

    ChunkReader m_reader;
    const Tagger &m_tagger;
    Preparation m_prepare;
    qsizetype m_maxInFlight;
    std::mutex m_mutex; // guards what follows
    std::condition_variable m_changed;
    std::map<qsizetype, Chunk> m_chunks; // read and not yet given, by index
    qsizetype m_read = 0;                // chunks read so far
    qsizetype m_given = 0;               // chunks handed to the caller
    bool m_reading = false;              // a thread is reading a chunk
    bool m_readerDone = false;           // the reader gave its last chunk
    bool m_stopping = false;
    std::vector<QList<TaggedArticle>> m_spent; // stored by the caller, for a worker to free
    std::vector<std::thread> m_workers;
};

} // namespace Clearance
