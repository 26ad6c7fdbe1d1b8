#pragma once

#include "library/ArticleStore.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace Clearance {

class Tagger;

// Tags articles in chunks on worker threads while the caller stores the chunks already tagged, so an
// import costs about as much as the slower of the two rather than their sum. Chunks come out in input
// order; a caller waiting for the next one tags a chunk itself instead of idling.
class TaggingPipeline final
{
public:
    using Preparation = std::function<void(Article &)>;
    // `prepare` runs on each article before it is tagged, on the same worker.
    TaggingPipeline(QList<Article> articles, const Tagger &tagger, Preparation prepare = {},
                    int chunkSize = 1024);
    ~TaggingPipeline(); // stops the workers; chunks not taken are dropped
    Q_DISABLE_COPY_MOVE(TaggingPipeline)

    // The next chunk in order; false when all have been given.
    bool next(QList<TaggedArticle> &chunk);

private:
    bool tagOne(); // claims and tags the next untouched chunk; false when none is left
    void work();

    QList<Article> m_articles;
    Article *m_data; // detached once, so the workers never touch the list's shared state
    const Tagger &m_tagger;
    Preparation m_prepare;
    qsizetype m_chunkSize;
    qsizetype m_chunkCount;
    std::atomic<qsizetype> m_nextToClaim{0};
    qsizetype m_nextToGive = 0;
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::vector<std::optional<QList<TaggedArticle>>> m_done; // guarded by m_mutex
    std::vector<std::thread> m_workers;
};

} // namespace Clearance
