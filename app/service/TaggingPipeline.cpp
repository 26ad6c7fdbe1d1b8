#include "TaggingPipeline.h"

#include "tagging/Tagger.h"

#include <algorithm>
#include <utility>

namespace Clearance {

TaggingPipeline::TaggingPipeline(ChunkReader reader, const Tagger &tagger, Preparation prepare)
    : m_reader(std::move(reader))
    , m_tagger(tagger)
    , m_prepare(std::move(prepare))
{
    startWorkers();
}

TaggingPipeline::TaggingPipeline(QList<Article> articles, const Tagger &tagger, Preparation prepare,
                                 int chunkSize)
    : m_tagger(tagger)
    , m_prepare(std::move(prepare))
{
    const qsizetype size = std::max(1, chunkSize);
    m_reader = [articles = std::move(articles), size,
                from = qsizetype(0)](ArticleReader::Completion &complete) mutable {
        if (from >= articles.size())
            return false;
        complete = [chunk = articles.mid(from, size)](QList<Article> &out) { out = chunk; };
        from += size;
        if (from >= articles.size())
            articles.clear(); // the last chunk is out: release the list
        return true;
    };
    startWorkers();
}

void TaggingPipeline::startWorkers()
{
    // One worker fewer than cores: the caller's thread stores. Enough chunks in flight to keep every
    // thread busy, few enough that memory stays bounded whatever the file's size.
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    m_maxInFlight = 2 * static_cast<qsizetype>(cores) + 2;
    for (unsigned i = 1; i < cores; ++i)
        m_workers.emplace_back([this] { work(); });
}

TaggingPipeline::~TaggingPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    for (std::thread &t : m_workers)
        t.join();
}

bool TaggingPipeline::canRead() const
{
    return !m_reading && !m_readerDone && !m_stopping && m_read - m_given < m_maxInFlight;
}

bool TaggingPipeline::hasUnclaimed() const
{
    return std::any_of(m_chunks.cbegin(), m_chunks.cend(), [](const auto &c) { return !c.second.claimed; });
}

TaggingPipeline::Step TaggingPipeline::step(std::unique_lock<std::mutex> &lock, bool isWorker)
{
    if (isWorker && !m_spent.empty()) {
        std::vector<QList<TaggedArticle>> spent = std::exchange(m_spent, {});
        lock.unlock();
        spent.clear();
        lock.lock();
        return Step::Worked;
    }
    // Finishing a chunk already read comes first, the oldest first: it is what the caller awaits. The
    // caller itself only finishes the chunk it awaits.
    const bool alone = m_workers.empty();
    for (auto it = m_chunks.begin(); it != m_chunks.end(); ++it) {
        Chunk &chunk = it->second;
        if (chunk.claimed)
            continue;
        if (!isWorker && !alone && it->first != m_given)
            break;
        chunk.claimed = true;
        const ArticleReader::Completion complete = std::move(chunk.complete);
        lock.unlock();
        QList<TaggedArticle> articles = tag(complete);
        lock.lock();
        // A claimed chunk stays in the map until it is given, so `it` is still valid.
        chunk.articles = std::move(articles);
        chunk.tagged = true;
        m_changed.notify_all();
        return Step::Worked;
    }
    if ((isWorker || alone) && canRead())
        return readChunk(lock);
    return m_readerDone && !m_reading && !hasUnclaimed() ? Step::Finished : Step::Nothing;
}

TaggingPipeline::Step TaggingPipeline::readChunk(std::unique_lock<std::mutex> &lock)
{
    m_reading = true;
    lock.unlock();
    ArticleReader::Completion complete;
    const bool more = m_reader(complete);
    lock.lock();
    m_reading = false;
    if (complete)
        m_chunks[m_read++].complete = std::move(complete);
    if (!more)
        m_readerDone = true;
    m_changed.notify_all();
    return Step::Worked;
}

QList<TaggedArticle> TaggingPipeline::tag(const ArticleReader::Completion &complete) const
{
    QList<Article> raw;
    if (complete)
        complete(raw);
    QList<TaggedArticle> tagged;
    tagged.reserve(raw.size());
    for (Article &a : raw) {
        if (m_prepare)
            m_prepare(a);
        const EntityMatcher::Matches matches = m_tagger.matcher().match(Tagger::textOf(a), a.language);
        if (a.language.isEmpty())
            a.language = matches.language;
        TagSet tags = m_tagger.tags(matches.mentions);
        ArticleColumns columns = ArticleColumns::of(a);
        tagged.append(TaggedArticle{std::move(a), std::move(tags), std::move(columns)});
    }
    return tagged;
}

void TaggingPipeline::work()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        const Step done = step(lock, true);
        if (done == Step::Finished)
            return;
        if (done == Step::Nothing) {
            m_changed.wait(lock, [this] {
                return m_stopping || !m_spent.empty() || hasUnclaimed() || canRead() ||
                       (m_readerDone && !m_reading);
            });
        }
    }
}

bool TaggingPipeline::next(QList<TaggedArticle> &chunk)
{
    std::unique_lock lock(m_mutex);
    if (!chunk.isEmpty() && !m_workers.empty()) {
        m_spent.push_back(std::exchange(chunk, {}));
        m_changed.notify_all();
    }
    for (;;) {
        if (const auto it = m_chunks.find(m_given); it != m_chunks.end() && it->second.tagged) {
            chunk = std::move(it->second.articles);
            m_chunks.erase(it);
            ++m_given;
            lock.unlock();
            m_changed.notify_all(); // room to read another chunk
            return true;
        }
        if (m_readerDone && !m_reading && m_chunks.empty())
            return false;
        // Not ready: finish it if no worker has taken it, else wait.
        if (step(lock, false) != Step::Worked) {
            m_changed.wait(lock, [this] {
                const auto it = m_chunks.find(m_given);
                return (it != m_chunks.end() && (it->second.tagged || !it->second.claimed)) ||
                       (m_workers.empty() && (hasUnclaimed() || canRead())) ||
                       (m_readerDone && !m_reading && m_chunks.empty());
            });
        }
    }
}

} // namespace Clearance
