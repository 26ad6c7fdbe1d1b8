#include "LibraryService.h"

#include "domain/Logging.h"
#include "storage/Database.h"
#include "tagging/Tagger.h"

#include <QMetaObject>

namespace Clearance {

LibraryService::LibraryService(QString path, std::shared_ptr<const Tagger> tagger, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_tagger(std::move(tagger))
    , m_openError(tr("The library is not open yet."))
{
    registerMetaTypes();
}

LibraryService::~LibraryService()
{
    // The stores use the connection; close them first, then the connection (on the service's thread).
    m_sources.reset();
    m_views.reset();
    m_store.reset();
    m_database.reset();
}

QString LibraryService::ready() const
{
    return m_store ? QString() : m_openError;
}

const Tagger &LibraryService::tagger()
{
    if (!m_tagger)
        m_tagger = Tagger::standard();
    return *m_tagger;
}

Status LibraryService::write(const Status &status)
{
    if (status)
        Q_EMIT libraryChanged();
    return status;
}

void LibraryService::open()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_store)
                return Q_EMIT opened({});
            // A library on a read-only share or of another user is read; every write is refused with
            // Database::readOnlyMessage, and the window offers none that it would make by itself.
            auto database =
                std::make_unique<Database>(m_path, Database::isWritable(m_path) ? Database::Access::ReadWrite
                                                                                : Database::Access::ReadOnly);
            if (const Status status = database->open(); !status) {
                m_openError = status.error();
                qCWarning(lcLibrary) << "the service could not open" << m_path << status.error();
                return Q_EMIT opened(m_openError);
            }
            m_database = std::move(database);
            m_store = std::make_unique<ArticleStore>(*m_database);
            m_views = std::make_unique<SavedViewStore>(*m_database);
            m_sources = std::make_unique<SourceStore>(*m_database);
            m_openError.clear();
            Q_EMIT opened({});
        },
        Qt::QueuedConnection);
}

Reply<QList<ArticleSummary>> LibraryService::listArticles(const ArticleFilter &filter, const ListPage &page)
{
    return post<Result<QList<ArticleSummary>>>([this, filter, page]() -> Result<QList<ArticleSummary>> {
        if (const QString error = ready(); !error.isEmpty())
            return Result<QList<ArticleSummary>>::failure(error);
        return m_store->listArticles(filter, page);
    });
}

Reply<qint64> LibraryService::countArticles(const ArticleFilter &filter)
{
    return post<Result<qint64>>([this, filter]() -> Result<qint64> {
        if (const QString error = ready(); !error.isEmpty())
            return Result<qint64>::failure(error);
        return m_store->countArticles(filter);
    });
}

Reply<QList<Facet>> LibraryService::facetCounts(const ArticleFilter &filter)
{
    return post<Result<QList<Facet>>>([this, filter]() -> Result<QList<Facet>> {
        if (const QString error = ready(); !error.isEmpty())
            return Result<QList<Facet>>::failure(error);
        return m_store->facetCounts(filter);
    });
}

Reply<LoadedArticle> LibraryService::loadArticle(qint64 articleId)
{
    using R = Result<LoadedArticle>;
    return post<R>([this, articleId]() -> R {
        if (const QString error = ready(); !error.isEmpty())
            return R::failure(error);
        Result<Article> article = m_store->article(articleId);
        if (!article)
            return R::failure(article.error());
        Result<QList<Facet>> facets = m_store->articleFacets(articleId);
        if (!facets)
            return R::failure(facets.error());
        return LoadedArticle{std::move(article.value()), std::move(facets.value())};
    });
}

WriteReply LibraryService::setRead(const QList<qint64> &ids, bool read)
{
    return post<Status>([this, ids, read]() -> Status {
        if (const QString error = ready(); !error.isEmpty())
            return Status::failure(error);
        return write(m_store->setRead(ids, read));
    });
}

WriteReply LibraryService::setStarred(const QList<qint64> &ids, bool starred)
{
    return post<Status>([this, ids, starred]() -> Status {
        if (const QString error = ready(); !error.isEmpty())
            return Status::failure(error);
        return write(m_store->setStarred(ids, starred));
    });
}

WriteReply LibraryService::addManualTag(qint64 articleId, FacetKind kind, const QString &key,
                                        const QString &label)
{
    return post<Status>([this, articleId, kind, key, label]() -> Status {
        if (const QString error = ready(); !error.isEmpty())
            return Status::failure(error);
        const QString shown = label.isEmpty() ? tagger().label(kind, key) : label;
        return write(m_store->addManualTag(articleId, kind, key, shown));
    });
}

WriteReply LibraryService::removeTag(qint64 articleId, FacetKind kind, const QString &key)
{
    return post<Status>([this, articleId, kind, key]() -> Status {
        if (const QString error = ready(); !error.isEmpty())
            return Status::failure(error);
        return write(m_store->removeTag(articleId, kind, key));
    });
}

Reply<RetagReport> LibraryService::retag()
{
    return post<Result<RetagReport>>([this]() -> Result<RetagReport> {
        if (const QString error = ready(); !error.isEmpty())
            return Result<RetagReport>::failure(error);
        const Tagger &t = tagger();
        Result<RetagReport> report =
            m_store->retag([&t](const Article &a) { return t.tag(a); },
                           [&t](FacetKind kind, const QString &key) { return t.label(kind, key); });
        if (report)
            Q_EMIT libraryChanged();
        return report;
    });
}

Reply<QList<SavedView>> LibraryService::listViews()
{
    return post<Result<QList<SavedView>>>([this]() -> Result<QList<SavedView>> {
        if (const QString error = ready(); !error.isEmpty())
            return Result<QList<SavedView>>::failure(error);
        return m_views->views();
    });
}

Reply<qint64> LibraryService::saveView(const QString &name, const ArticleFilter &filter)
{
    return post<Result<qint64>>([this, name, filter]() -> Result<qint64> {
        if (const QString error = ready(); !error.isEmpty())
            return Result<qint64>::failure(error);
        Result<qint64> saved = m_views->save(name, filter);
        if (saved)
            Q_EMIT viewsChanged();
        return saved;
    });
}

WriteReply LibraryService::renameView(qint64 viewId, const QString &name)
{
    return post<Status>([this, viewId, name]() -> Status {
        if (const QString error = ready(); !error.isEmpty())
            return Status::failure(error);
        Status status = m_views->rename(viewId, name);
        if (status)
            Q_EMIT viewsChanged();
        return status;
    });
}

WriteReply LibraryService::removeView(qint64 viewId)
{
    return post<Status>([this, viewId]() -> Status {
        if (const QString error = ready(); !error.isEmpty())
            return Status::failure(error);
        Status status = m_views->remove(viewId);
        if (status)
            Q_EMIT viewsChanged();
        return status;
    });
}

QFuture<Result<ImportReport>> LibraryService::importFiles(const QStringList &files)
{
    QPromise<Result<ImportReport>> promise;
    promise.start();
    promise.setProgressRange(0, static_cast<int>(files.size()));
    QFuture<Result<ImportReport>> future = promise.future();
    QMetaObject::invokeMethod(
        this,
        [this, promise = std::move(promise), files]() mutable {
            runImport(promise, files);
            promise.finish();
        },
        Qt::QueuedConnection);
    return future;
}

void LibraryService::cancelAllImports()
{
    m_cancelAll = true;
}

void LibraryService::runImport(QPromise<Result<ImportReport>> &promise, const QStringList &files)
{
    const auto cancelled = [this, &promise] { return promise.isCanceled() || m_cancelAll; };
    const int count = static_cast<int>(files.size());
    if (const QString error = ready(); !error.isEmpty()) {
        for (int i = 0; i < count; ++i)
            promise.addResult(Result<ImportReport>::failure(error), i);
        return;
    }
    tagger();
    Importer importer(*m_store, m_tagger);
    bool changed = false;
    for (int i = 0; i < count && !cancelled(); ++i) {
        // Progress values only grow, and the first one (0) would be dropped: file i is reported as i + 1.
        promise.setProgressValueAndText(i + 1, files.at(i));
        // A cancel while a file is being read stops it between two chunks, or before it commits, and
        // rolls the whole file back: no file is ever half imported.
        Result<ImportReport> report = importer.importFile(files.at(i), cancelled);
        changed = changed || (report && (report->added > 0 || report->updated > 0));
        // Dropped by the future when the import was cancelled meanwhile (see importFiles()).
        promise.addResult(std::move(report), i);
    }
    if (changed)
        Q_EMIT libraryChanged();
}

} // namespace Clearance
