#include "ArticleImportWriter.h"

#include "ArticleUpdater.h"
#include "AutoTagTable.h"
#include "FacetIndex.h"
#include "SqliteStatement.h"

#include <numeric>
#include <sqlite3.h>

namespace Clearance {

namespace {

qint64 toSeconds(const QDateTime &dt)
{
    return dt.isValid() ? dt.toSecsSinceEpoch() : 0;
}

// Articles indexed for search per statement during an import. Each statement holds up the storing
// thread for its length while the import's other threads read and tag on: a thousand articles' worth
// is short enough for the chunks they may keep in flight to cover it (TaggingPipeline).
constexpr qint64 kIndexBatch = 1024;

} // namespace

ArticleImportWriter::ArticleImportWriter(sqlite3 *db, QString libraryPath, FacetIds facetIds, bool forIndex)
    : m_db(db)
    , m_path(std::move(libraryPath))
    , m_facetIds(std::move(facetIds))
    , m_forIndex(forIndex)
{}

ArticleImportWriter::~ArticleImportWriter() = default;

QString ArticleImportWriter::itemFailure(const Article &article, const QString &reason)
{
    const QString title = article.title.size() > 60 ? article.title.left(59) + QChar(0x2026) : article.title;
    if (article.position > 0)
        return tr("Item %1 (“%2”) could not be saved: %3.").arg(article.position).arg(title, reason);
    return tr("The article “%1” could not be saved: %2.").arg(title, reason);
}

Status ArticleImportWriter::write(const ArticleSource &source)
{
    SqliteStatement insert(
        m_db, "INSERT INTO articles (guid, title, body, html, url, source, language, "
              "published_at, published_estimated, imported_at, notes) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (guid) DO NOTHING");
    AutoTagTable autoTags(m_db);
    // Indexing the new rows in one statement once they are all in, rather than row by row as
    // they are inserted, is what keeps an import close to the speed of SQLite's bulk indexing.
    SqliteStatement index(
        m_db, "INSERT INTO articles_fts (rowid, title, body) "
              "SELECT id, clearance_fold(title), clearance_fold(body) FROM articles WHERE id >= ?1");
    ArticleUpdater updater(m_db);
    SqliteStatement link(m_db,
                         "INSERT OR IGNORE INTO article_sources (source_id, article_id) VALUES (?1, ?2)");
    auto linkArticle = [&](qint64 articleId) {
        if (m_sourceId == 0)
            return true;
        link.bind(1, m_sourceId);
        link.bind(2, articleId);
        return link.exec();
    };
    if (!insert.isValid() || !index.isValid() || !updater.isValid() || !autoTags.isValid() || !link.isValid())
        return Status::failure(
            tr("The library %1 could not prepare the import: %2.").arg(m_path, insert.error()));
    QList<TaggedArticle> chunk;
    qint64 firstId = 0; // the first article not yet in the search index
    qint64 pending = 0;
    auto indexFrom = [&] {
        if (firstId == 0)
            return true;
        index.bind(1, firstId);
        firstId = 0;
        pending = 0;
        return index.exec();
    };
    while (source(chunk)) {
        for (const TaggedArticle &tagged : std::as_const(chunk)) {
            const Article &a = tagged.article;
            // Bound without a copy: the columns outlive the statement's run below.
            std::optional<ArticleColumns> encodedHere;
            if (!tagged.columns)
                encodedHere = ArticleColumns::of(a);
            const ArticleColumns &columns = tagged.columns ? *tagged.columns : *encodedHere;
            insert.bindUtf8NoCopy(1, columns.guid);
            // A headline-only item has an empty body, which is text, not a missing value.
            insert.bindUtf8NoCopy(2, columns.title, SqliteStatement::Empty::Text);
            insert.bindUtf8NoCopy(3, columns.body, SqliteStatement::Empty::Text);
            insert.bindUtf8NoCopy(4, columns.html);
            insert.bindUtf8NoCopy(5, columns.url);
            insert.bindUtf8NoCopy(6, columns.source);
            insert.bindUtf8NoCopy(7, columns.language);
            insert.bind(8, toSeconds(a.published));
            insert.bind(9, a.publishedEstimated ? 1 : 0);
            insert.bind(10, toSeconds(a.imported));
            insert.bind(11, a.notes.toInt());
            if (!insert.exec()) {
                // A constraint refusing this one item wrote nothing: the others go on. Anything
                // else (a full disk, an I/O error) ends the import, which then writes nothing.
                if (insert.failedOnConstraint()) {
                    m_report.refused.append(RefusedItem{a.position, a.title, insert.error()});
                    continue;
                }
                return Status::failure(itemFailure(a, insert.error()));
            }
            // Read at once: saving a new tag below is a write of its own.
            const bool inserted = insert.changes() > 0;
            const qint64 articleId = inserted ? insert.lastInsertId() : 0;
            std::vector<qint64> facets;
            facets.reserve(static_cast<size_t>(
                std::accumulate(tagged.tags.keys.cbegin(), tagged.tags.keys.cend(), qsizetype(0),
                                [](qsizetype sum, const QStringList &keys) { return sum + keys.size(); })));
            for (FacetKind kind : allFacetKinds) {
                for (const QString &key : tagged.tags.values(kind)) {
                    const Result<qint64> facet = m_facetIds(kind, key);
                    if (!facet)
                        return Status::failure(facet.error());
                    facets.push_back(*facet);
                }
            }
            if (!inserted) {
                // Its guid is in the library. An article added by this very import and not yet
                // indexed must be indexed before the update trigger takes its old text out.
                if (!indexFrom())
                    return Status::failure(
                        tr("The new articles could not be indexed: %1.").arg(index.error()));
                Result<ArticleUpdate> update = updater.update(a, facets);
                if (!update && updater.failedOnConstraint()) {
                    m_report.refused.append(RefusedItem{a.position, a.title, update.error()});
                    continue;
                }
                if (!update)
                    return Status::failure(itemFailure(a, update.error()));
                if (!linkArticle(update->id))
                    return Status::failure(itemFailure(a, link.error()));
                if (update->outcome == ArticleUpdate::Outcome::Unchanged) {
                    ++m_report.unchanged;
                } else {
                    ++m_report.updated;
                    m_updates.push_back(std::move(update.value()));
                }
                continue;
            }
            ++m_report.added;
            if (firstId == 0)
                firstId = articleId;
            NewArticle fresh{articleId, toSeconds(a.published), std::move(facets)};
            if (!fresh.facets.empty() && !autoTags.write(articleId, fresh.facets))
                return Status::failure(
                    itemFailure(a, tr("its tags could not be saved: %1").arg(autoTags.error())));
            if (!linkArticle(articleId))
                return Status::failure(itemFailure(a, link.error()));
            if (m_forIndex)
                m_added.push_back(std::move(fresh));
            ++pending;
        }
        if (pending >= kIndexBatch && !indexFrom())
            return Status::failure(tr("The new articles could not be indexed: %1.").arg(index.error()));
    }
    if (!indexFrom())
        return Status::failure(tr("The new articles could not be indexed: %1.").arg(index.error()));
    return Status();
}

void ArticleImportWriter::applyTo(FacetIndex &index) const
{
    for (const NewArticle &a : m_added) {
        index.addArticle(static_cast<quint32>(a.id), a.published, false, false);
        for (qint64 facet : a.facets)
            index.addTag(static_cast<quint32>(a.id), facet);
    }
    for (const ArticleUpdate &u : m_updates) {
        for (qint64 facet : u.removedTags)
            index.removeTag(static_cast<quint32>(u.id), facet);
        for (qint64 facet : u.addedTags)
            index.addTag(static_cast<quint32>(u.id), facet);
    }
}

} // namespace Clearance
