#pragma once

#include "ArticleReader.h"
#include "library/ArticleStore.h"

#include <atomic>
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
// in bounded memory. Chunks come out in input order; a caller waiting for the next one reads and tags
// a chunk itself instead of idling.
class TaggingPipeline final
{
public:
    // Reads the next chunk of articles to tag, setting the completion that gives them (see
    // ArticleReader::readDeferred); false when there are no more. Called by one thread at a time; the
    // completions run on the workers, outside that.
    using ChunkReader = std::function<bool(ArticleReader::Completion &complete)>;
    // Runs on each article before it is tagged, on the same worker.
    using Preparation = std::function<void(Article &)>;

    TaggingPipeline(ChunkReader reader, const Tagger &tagger, Preparation prepare = {});
    // The articles of a list, in chunks of `chunkSize`.
    TaggingPipeline(QList<Article> articles, const Tagger &tagger, Preparation prepare = {},
                    int chunkSize = 1024);
    ~TaggingPipeline(); // stops the workers; chunks not taken are dropped
    Q_DISABLE_COPY_MOVE(TaggingPipeline)

    // The next chunk in order; false when all have been given.
    bool next(QList<TaggedArticle> &chunk);

private:
    enum class Claim
    {
        Tagged,
        Full,
        Finished
    };
    Claim tagOne(); // reads and tags the next chunk
    void work();
    void startWorkers();

    ChunkReader m_reader;
    const Tagger &m_tagger;
    Preparation m_prepare;
    qsizetype m_maxInFlight;
    std::mutex m_readMutex; // serializes the reader
    std::mutex m_mutex;     // guards what follows
    std::condition_variable m_changed;
    qsizetype m_claimed = 0;   // chunks read so far
    qsizetype m_given = 0;     // chunks handed to the caller
    bool m_readerDone = false; // the reader gave its last chunk
    bool m_stopping = false;
    std::map<qsizetype, QList<TaggedArticle>> m_done;
    std::vector<std::thread> m_workers;
};

} // namespace Clearance
