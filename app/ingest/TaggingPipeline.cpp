#include "TaggingPipeline.h"

#include "tagging/Tagger.h"

namespace Clearance {

TaggingPipeline::TaggingPipeline(QList<Article> articles, const Tagger &tagger, Preparation prepare,
                                 int chunkSize)
    : m_articles(std::move(articles))
    , m_data(m_articles.data())
    , m_tagger(tagger)
    , m_prepare(std::move(prepare))
    , m_chunkSize(std::max(1, chunkSize))
    , m_chunkCount((m_articles.size() + m_chunkSize - 1) / m_chunkSize)
    , m_done(static_cast<size_t>(m_chunkCount))
{
    // The caller's thread stores and tags too: one worker fewer than cores. Small imports need none.
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const qsizetype workers = std::min<qsizetype>(cores > 1 ? cores - 1 : 0, m_chunkCount - 1);
    for (qsizetype i = 0; i < workers; ++i)
        m_workers.emplace_back([this] { work(); });
}

TaggingPipeline::~TaggingPipeline()
{
    m_stopping = true;
    for (std::thread &t : m_workers)
        t.join();
}

void TaggingPipeline::work()
{
    while (!m_stopping && tagOne()) {
    }
}

bool TaggingPipeline::tagOne()
{
    const qsizetype chunk = m_nextToClaim.fetch_add(1);
    if (chunk >= m_chunkCount)
        return false;
    const qsizetype from = chunk * m_chunkSize;
    const qsizetype to = std::min(m_articles.size(), from + m_chunkSize);
    QList<TaggedArticle> tagged;
    tagged.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        // Each article is touched by the one thread that claimed its chunk.
        Article a = std::move(m_data[i]);
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
        m_done[static_cast<size_t>(chunk)] = std::move(tagged);
    }
    m_ready.notify_all();
    return true;
}

bool TaggingPipeline::next(QList<TaggedArticle> &chunk)
{
    if (m_nextToGive >= m_chunkCount)
        return false;
    const size_t wanted = static_cast<size_t>(m_nextToGive);
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (m_done[wanted]) {
                chunk = std::move(*m_done[wanted]);
                m_done[wanted].reset();
                ++m_nextToGive;
                return true;
            }
        }
        // Not ready: help rather than wait, and wait only when every chunk is claimed.
        if (!tagOne()) {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [&] { return m_done[wanted].has_value(); });
        }
    }
}

} // namespace Clearance
