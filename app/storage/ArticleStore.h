#pragma once

#include "ArticleColumns.h"
#include "domain/Article.h"
#include "domain/ArticleFilter.h"
#include "domain/ArticleSort.h"
#include "domain/ArticleSummary.h"
#include "domain/Facet.h"
#include "domain/FacetKeyHash.h"
#include "domain/RefusedItem.h"
#include "domain/Result.h"
#include "domain/Source.h"
#include "domain/TagSet.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace Clearance {

class ArticleQueries;
class Database;

// An article ready to be stored with the tags the tagger gave it.
struct TaggedArticle
{
    Article article;
    TagSet tags;
    // The article's columns encoded ahead (see ArticleColumns); when not, the store encodes them.
    std::optional<ArticleColumns> columns = {};
};

struct AddReport
{
    int added = 0;
    int updated = 0;   // already in the library (same guid) with another title or text: replaced
    int unchanged = 0; // already in the library as they are
    // Refused by a constraint of the schema: each left out whole, the others stored.
    QList<RefusedItem> refused;
};

struct RetagReport
{
    int articles = 0;
    int changed = 0; // articles whose automatic tags changed
};

// Where a page of the list starts: after the last row of the previous page (keyset paging, so a
// page costs the same at row 10 and at row 900,000), and the order of the list.
struct ListPage
{
    // Every row at once (the command line, exports).
    static ListPage all()
    {
        ListPage page;
        page.limit = 0;
        return page;
    }

    int limit = 100; // 0: no limit
    bool hasCursor = false;
    QDateTime afterPublished;
    qint64 afterId = 0;
    ArticleSort sort;
};

// The facet's display label, given by the taxonomy.
using FacetLabeler = std::function<QString(FacetKind, const QString &key)>;
// The automatic tags of an article, given by the tagger.
using ArticleTagger = std::function<TagSet(const Article &)>;
// Fills the next chunk of articles to store; false when there are no more. `chunk` holds the chunk
// given before (stored since), for the source to reuse or free as it likes.
using ArticleSource = std::function<bool(QList<TaggedArticle> &chunk)>;
// Asked once the source is exhausted, before committing: a failure rolls everything back (the source
// was cancelled, or found its input broken half-way).
using SourceCheck = std::function<Status()>;

// Every read and write of the library file. All SQL lives here, in ArticleQueries and in the other
// classes of library/; every multi-row write is one transaction.
class ArticleStore final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleStore)

public:
    explicit ArticleStore(const Database &database);
    ~ArticleStore();
    Q_DISABLE_COPY_MOVE(ArticleStore)

    Result<AddReport> addArticles(const QList<TaggedArticle> &articles, const FacetLabeler &labeler);
    // All chunks in one transaction: an import of any size is stored whole or not at all. An article
    // whose guid is already in the library replaces it when its title or text changed: it is re-tagged,
    // keeping its read and starred marks, its manual tags and the tags removed by hand.
    // `sourceId`: the subscription the articles were fetched from (SourceStore), recorded with each one
    // added, updated or unchanged; 0 for none.
    Result<AddReport> addArticles(const ArticleSource &source, const FacetLabeler &labeler,
                                  const SourceCheck &check = {}, qint64 sourceId = 0);

    Result<qint64> countArticles(const ArticleFilter &filter = {}) const;
    // Newest first (then in import order).
    Result<QList<ArticleSummary>> listArticles(const ArticleFilter &filter, const ListPage &page) const;
    // Every value of every kind with the number of articles it gives under `filter` with the other
    // kinds' values applied (OR within a kind, AND across kinds). Values with no article are left out
    // unless selected in the filter. By kind, then count, then label.
    Result<QList<Facet>> facetCounts(const ArticleFilter &filter) const;
    Result<QList<qint64>> articleIds(const ArticleFilter &filter, const ArticleSort &sort = {}) const;
    // Sets each source's articles and unread counts (Source::articles, Source::unread), from memory: the
    // sources panel asks again after every article read.
    Status countSourceArticles(QList<Source> &sources) const;
    // Every key of a kind the library has a tag for, with or without articles.
    Result<QStringList> facetKeys(FacetKind kind) const;

    Result<Article> article(qint64 id) const;
    Result<QList<Facet>> articleFacets(qint64 id) const;

    Status setRead(const QList<qint64> &ids, bool read);
    Status setStarred(const QList<qint64> &ids, bool starred);

    // A tag added by hand: kept through re-tagging. Removing any tag by hand is remembered too, so
    // re-tagging does not bring it back.
    Status addManualTag(qint64 articleId, FacetKind kind, const QString &key, const QString &label);
    Status removeTag(qint64 articleId, FacetKind kind, const QString &key);

    // Recomputes every article's automatic tags, keeping manual tags and manual removals.
    Result<RetagReport> retag(const ArticleTagger &tagger, const FacetLabeler &labeler);

private:
    Result<qint64> facetId(FacetKind kind, const QString &key, const FacetLabeler &labeler);
    std::optional<qint64> existingFacetId(FacetKind kind, const QString &key) const;
    Status fail(const QString &what, const class QSqlQuery &query) const;
    // `immediate` takes the write lock at once, waiting for another writer (imports).
    Status inTransaction(const std::function<Status()> &work, bool immediate = false);
    Status setFlag(const char *column, const QList<qint64> &ids, bool value);

    const Database &m_database;
    QSqlDatabase m_db;
    QString m_path;
    mutable std::array<std::unordered_map<QString, qint64, FacetKeyHash>, 4> m_facetIds; // by kind: key -> id
    std::unique_ptr<ArticleQueries> m_queries;
};

} // namespace Clearance
