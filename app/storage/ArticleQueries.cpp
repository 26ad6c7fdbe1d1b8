#include "ArticleQueries.h"

#include "AutoTagTable.h"
#include "Database.h"
#include "FacetIndex.h"
#include "SearchQuery.h"
#include "SqliteStatement.h"
#include "domain/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <sqlite3.h>

namespace Clearance {

namespace {

QDateTime fromSeconds(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// SQLite allows a few thousand bound values per statement; pages of summaries go in slices.
constexpr qsizetype kSlice = 500;

QByteArray placeholders(qsizetype n)
{
    QByteArray marks;
    marks.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        marks += i == 0 ? "?" : ",?";
    return marks;
}

} // namespace

ArticleQueries::ArticleQueries(const Database &database)
    : m_database(database)
{}

ArticleQueries::~ArticleQueries() = default;

FacetIndex *ArticleQueries::loadedIndex()
{
    // Whatever the store writes may change what a search finds.
    m_searchBits.reset();
    m_searchQuery.clear();
    return m_index.get();
}

void ArticleQueries::invalidate()
{
    m_index.reset();
    m_sorted.clear();
    m_searchBits.reset();
    m_searchQuery.clear();
}

qint64 ArticleQueries::dataVersion() const
{
    SqliteStatement q(m_database.handle(), "PRAGMA data_version");
    return q.isValid() && q.next() ? q.int64(0) : -1;
}

Status ArticleQueries::ensureIndex()
{
    const qint64 version = dataVersion();
    if (m_index && version == m_dataVersion)
        return {};
    m_searchBits.reset();
    m_searchQuery.clear();
    return loadIndex();
}

Status ArticleQueries::loadIndex()
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = m_database.handle();
    // One read transaction: the three tables as one consistent snapshot.
    const bool ownTransaction = sqlite3_get_autocommit(db) != 0;
    if (ownTransaction)
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    auto index = std::make_unique<FacetIndex>();
    Status status;
    {
        SqliteStatement articles(db, "SELECT id, published_at, read, starred FROM articles");
        SqliteStatement facets(db, "SELECT id, kind, key, label FROM facets");
        SqliteStatement tags(db, "SELECT article_id, facet_id FROM article_facets");
        SqliteStatement autoTags(db, "SELECT article_id, facet_ids FROM article_auto_facets");
        if (!articles.isValid() || !facets.isValid() || !tags.isValid() || !autoTags.isValid()) {
            status = Status::failure(
                tr("The library %1 could not be read: %2.").arg(m_database.path(), articles.error()));
        } else {
            while (articles.next())
                index->addArticle(static_cast<quint32>(articles.int64(0)), articles.int64(1),
                                  articles.int64(2) != 0, articles.int64(3) != 0);
            while (facets.next()) {
                if (const auto kind = facetKindFromName(facets.text(1)))
                    index->addFacet(facets.int64(0), *kind, facets.text(2), facets.text(3));
            }
            while (tags.next())
                index->addTag(static_cast<quint32>(tags.int64(0)), tags.int64(1));
            while (autoTags.next()) {
                const auto article = static_cast<quint32>(autoTags.int64(0));
                AutoTagTable::forEachId(autoTags.utf8(1),
                                        [&](qint64 facet) { index->addTag(article, facet); });
            }
            if (!articles.done() || !facets.done() || !tags.done() || !autoTags.done())
                status = Status::failure(
                    tr("The library %1 could not be read: %2.").arg(m_database.path(), tags.error()));
        }
    }
    const qint64 version = dataVersion();
    if (ownTransaction)
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    if (!status)
        return status;
    index->finish();
    m_index = std::move(index);
    m_sorted.clear();
    m_dataVersion = version;
    qCInfo(lcLibrary) << "facet index of" << m_index->articleCount() << "articles loaded in"
                      << timer.elapsed() << "ms";
    return {};
}

Result<const ArticleBitset *> ArticleQueries::searchHits(const QString &text)
{
    using R = Result<const ArticleBitset *>;
    const QString query = SearchQuery::toFts(text);
    if (query.isEmpty())
        return static_cast<const ArticleBitset *>(nullptr);
    if (m_searchBits && query == m_searchQuery)
        return &*m_searchBits;
    SqliteStatement q(m_database.handle(), "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1");
    q.bind(1, query);
    ArticleBitset bits;
    while (q.next())
        bits.set(static_cast<quint32>(q.int64(0)));
    if (!q.done()) {
        qCDebug(lcLibrary) << "search failed:" << query << q.error();
        return R::failure(tr("The search \"%1\" could not be run: %2.").arg(text, q.error()));
    }
    m_searchBits = std::move(bits);
    m_searchQuery = query;
    return &*m_searchBits;
}

Status ArticleQueries::ensureLinks()
{
    const std::pair<quint64, qint64> stamp{m_database.linksGeneration(), dataVersion()};
    if (m_linksStamp == stamp)
        return {};
    // In primary-key order: by source, then article, so each list comes out ascending.
    SqliteStatement q(m_database.handle(), "SELECT source_id, article_id FROM article_sources");
    std::unordered_map<qint64, std::vector<quint32>> links;
    while (q.next())
        links[q.int64(0)].push_back(static_cast<quint32>(q.int64(1)));
    if (!q.done())
        return Status::failure(tr("The articles of the sources could not be read: %1.").arg(q.error()));
    m_links = std::move(links);
    m_linksStamp = stamp;
    return {};
}

Result<const ArticleBitset *> ArticleQueries::sourceHits(const QList<qint64> &sources)
{
    using R = Result<const ArticleBitset *>;
    if (Status s = ensureLinks(); !s)
        return R::failure(s.error());
    QList<qint64> ids = sources;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (m_sourceBits && ids == m_sourceIds && m_sourceBitsStamp == *m_linksStamp)
        return &*m_sourceBits;
    ArticleBitset bits(m_index ? m_index->articles().size() : 0);
    for (qint64 id : std::as_const(ids)) {
        if (const auto found = m_links.find(id); found != m_links.end()) {
            for (quint32 article : found->second)
                bits.set(article);
        }
    }
    m_sourceBits = std::move(bits);
    m_sourceIds = std::move(ids);
    m_sourceBitsStamp = *m_linksStamp;
    return &*m_sourceBits;
}

Result<QHash<qint64, std::pair<qint64, qint64>>> ArticleQueries::sourceCounts()
{
    using R = Result<QHash<qint64, std::pair<qint64, qint64>>>;
    if (Status s = ensureIndex(); !s)
        return R::failure(s.error());
    if (Status s = ensureLinks(); !s)
        return R::failure(s.error());
    const ArticleBitset &alive = m_index->articles();
    const ArticleBitset &read = m_index->readArticles();
    QHash<qint64, std::pair<qint64, qint64>> counts;
    for (const auto &[source, articles] : m_links) {
        qint64 all = 0;
        qint64 unread = 0;
        for (quint32 id : articles) {
            if (alive.test(id)) {
                ++all;
                unread += read.test(id) ? 0 : 1;
            }
        }
        if (all > 0)
            counts.insert(source, {all, unread});
    }
    return counts;
}

Result<const ArticleBitset *> ArticleQueries::restriction(const ArticleFilter &filter)
{
    const auto hits = searchHits(filter.search);
    if (!hits || filter.sources.isEmpty())
        return hits;
    const auto fromSources = sourceHits(filter.sources);
    if (!fromSources || !*hits)
        return fromSources;
    m_bothBits = **hits;
    m_bothBits &= **fromSources;
    return static_cast<const ArticleBitset *>(&m_bothBits);
}

Result<qint64> ArticleQueries::count(const ArticleFilter &filter)
{
    if (Status s = ensureIndex(); !s)
        return Result<qint64>::failure(s.error());
    const auto hits = restriction(filter);
    if (!hits)
        return Result<qint64>::failure(hits.error());
    return m_index->count(filter, *hits);
}

Result<QList<qint64>> ArticleQueries::ids(const ArticleFilter &filter, const ArticleSort &sort)
{
    using R = Result<QList<qint64>>;
    const auto ordered = orderedIds(filter, sort, 0, std::nullopt);
    if (!ordered)
        return R::failure(ordered.error());
    QList<qint64> out;
    out.reserve(ordered->size());
    for (quint32 id : *ordered)
        out.append(id);
    return out;
}

Result<QList<Facet>> ArticleQueries::facetCounts(const ArticleFilter &filter)
{
    using R = Result<QList<Facet>>;
    if (Status s = ensureIndex(); !s)
        return R::failure(s.error());
    const auto hits = restriction(filter);
    if (!hits)
        return R::failure(hits.error());
    return m_index->facetCounts(filter, *hits);
}

Result<QList<ArticleSummary>> ArticleQueries::list(const ArticleFilter &filter, const ListPage &page)
{
    using R = Result<QList<ArticleSummary>>;
    std::optional<std::pair<qint64, quint32>> after;
    if (page.hasCursor)
        after = std::pair{page.afterPublished.isValid() ? page.afterPublished.toSecsSinceEpoch() : qint64(0),
                          static_cast<quint32>(page.afterId)};
    const auto ids = orderedIds(filter, page.sort, page.limit, after);
    if (!ids)
        return R::failure(ids.error());
    return summaries(*ids);
}

Result<QList<quint32>> ArticleQueries::orderedIds(const ArticleFilter &filter, const ArticleSort &sort,
                                                  int limit, std::optional<std::pair<qint64, quint32>> after)
{
    using R = Result<QList<quint32>>;
    if (Status s = ensureIndex(); !s)
        return R::failure(s.error());
    const auto hits = restriction(filter);
    if (!hits)
        return R::failure(hits.error());
    const ArticleBitset matching = m_index->matching(filter, *hits);
    if (sort.isNewestFirst())
        return m_index->page(matching, limit, after);
    const auto sorted = sortedIds(sort);
    if (!sorted)
        return R::failure(sorted.error());
    // A sorted cache finds the cursor's place by its id alone.
    return (*sorted)->page(matching, limit, after ? std::optional<quint32>(after->second) : std::nullopt);
}

Result<const SortedIdCache *> ArticleQueries::sortedIds(const ArticleSort &sort)
{
    using R = Result<const SortedIdCache *>;
    if (m_index->articlesGeneration() != m_sortedGeneration) {
        m_sorted.clear();
        m_sortedGeneration = m_index->articlesGeneration();
    }
    for (const SortedIdCache &cache : m_sorted) {
        if (cache.sort() == sort)
            return &cache;
    }
    QElapsedTimer timer;
    timer.start();
    auto built = SortedIdCache::build(m_database.handle(), sort);
    if (!built)
        return R::failure(built.error());
    // A reader switches between a few orders; keep the two most recent.
    if (m_sorted.size() >= 2)
        m_sorted.erase(m_sorted.begin());
    m_sorted.push_back(std::move(built.value()));
    qCDebug(lcLibrary) << "sorted" << m_sorted.back().size() << "articles in" << timer.elapsed() << "ms";
    return &m_sorted.back();
}

Result<QList<ArticleSummary>> ArticleQueries::summaries(const QList<quint32> &ids) const
{
    using R = Result<QList<ArticleSummary>>;
    QList<ArticleSummary> rows(ids.size());
    QHash<quint32, qsizetype> position;
    position.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        position.insert(ids.at(i), i);

    for (qsizetype from = 0; from < ids.size(); from += kSlice) {
        const qsizetype n = std::min(kSlice, ids.size() - from);
        const QByteArray marks = placeholders(n);
        SqliteStatement articles(
            m_database.handle(),
            "SELECT id, title, published_at, source, read, starred FROM articles WHERE id IN (" + marks +
                ")");
        SqliteStatement tags(m_database.handle(),
                             "SELECT t.article_id, f.kind, f.key FROM ("
                             "SELECT article_id, facet_id FROM article_facets WHERE article_id IN (" +
                                 marks +
                                 ") UNION SELECT article_id, j.value FROM article_auto_facets, json_each(" +
                                 QByteArray(AutoTagTable::kJsonIds) +
                                 ") j "
                                 "WHERE article_id IN (" +
                                 marks + ")) t JOIN facets f ON f.id = t.facet_id ORDER BY f.key");
        for (qsizetype i = 0; i < n; ++i) {
            const auto id = static_cast<qint64>(ids.at(from + i));
            articles.bind(static_cast<int>(i + 1), id);
            tags.bind(static_cast<int>(i + 1), id);
            tags.bind(static_cast<int>(n + i + 1), id);
        }
        while (articles.next()) {
            ArticleSummary &s = rows[position.value(static_cast<quint32>(articles.int64(0)))];
            s.id = articles.int64(0);
            s.title = articles.text(1);
            s.published = fromSeconds(articles.int64(2));
            s.source = articles.text(3);
            s.read = articles.int64(4) != 0;
            s.starred = articles.int64(5) != 0;
        }
        while (tags.next()) {
            ArticleSummary &s = rows[position.value(static_cast<quint32>(tags.int64(0)))];
            const auto kind = facetKindFromName(tags.text(1));
            if (!kind)
                continue;
            switch (*kind) {
            case FacetKind::Region:
                s.regions.append(tags.text(2));
                break;
            case FacetKind::Initiative:
                s.initiatives.append(tags.text(2));
                break;
            case FacetKind::Organization:
                s.organizations.append(tags.text(2));
                break;
            case FacetKind::Country:
                s.countries.append(tags.text(2));
                break;
            }
        }
        if (!articles.done() || !tags.done())
            return R::failure(tr("The articles could not be listed: %1.").arg(articles.error()));
    }
    // An article deleted by another program since the index was loaded leaves an empty row.
    rows.removeIf([](const ArticleSummary &s) { return s.id == 0; });
    return rows;
}

} // namespace Clearance
