#include "TaggingPipeline.h"

#include "tagging/Tagger.h"

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
    // The caller's thread stores and tags too: one worker fewer than cores. Enough chunks in flight to
    // keep every thread busy, few enough that memory stays bounded whatever the file's size.
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

void TaggingPipeline::work()
{
    for (;;) {
        const Claim claim = tagOne();
        if (claim == Claim::Finished)
            return;
        if (claim == Claim::Full) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || m_claimed - m_given < m_maxInFlight; });
            if (m_stopping)
                return;
        }
    }
}

TaggingPipeline::Claim TaggingPipeline::tagOne()
{
    ArticleReader::Completion complete;
    qsizetype index = 0;
    {
        std::lock_guard readLock(m_readMutex);
        {
            std::lock_guard lock(m_mutex);
            if (m_readerDone || m_stopping)
                return Claim::Finished;
            if (m_claimed - m_given >= m_maxInFlight)
                return Claim::Full;
        }
        const bool more = m_reader(complete);
        std::lock_guard lock(m_mutex);
        if (!more && !complete) {
            m_readerDone = true;
            m_changed.notify_all();
            return Claim::Finished;
        }
        if (!more)
            m_readerDone = true; // a last, partial chunk
        index = m_claimed++;
    }
    // The chunk's own work (its HTML, say), outside the read lock: several chunks at once.
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
        tagged.append(TaggedArticle{std::move(a), std::move(tags)});
    }
    {
        std::lock_guard lock(m_mutex);
        m_done.emplace(index, std::move(tagged));
    }
    m_changed.notify_all();
    return Claim::Tagged;
}

bool TaggingPipeline::next(QList<TaggedArticle> &chunk)
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (const auto it = m_done.find(m_given); it != m_done.end()) {
                chunk = std::move(it->second);
                m_done.erase(it);
                ++m_given;
                lock.unlock();
                m_changed.notify_all(); // room for another chunk in flight
                return true;
            }
            if (m_readerDone && m_given >= m_claimed)
                return false;
        }
        // Not ready: help rather than wait, and wait only when there is nothing left to read.
        if (tagOne() != Claim::Tagged) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(
                lock, [this] { return m_done.count(m_given) > 0 || (m_readerDone && m_given >= m_claimed); });
        }
    }
}

} // namespace Clearance
