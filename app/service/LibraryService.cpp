#include "LibraryService.h"

#include "domain/Logging.h"
#include "storage/Database.h"
#include "tagging/Tagger.h"

#include <QMetaObject>

namespace Clearance {

namespace {

void registerServiceTypes()
{
    registerMetaTypes();
    qRegisterMetaType<ImportReport>();
    qRegisterMetaType<RetagReport>();
    qRegisterMetaType<SavedView>();
    qRegisterMetaType<QList<SavedView>>();
}

} // namespace

LibraryService::LibraryService(QString path, std::shared_ptr<const Tagger> tagger, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_tagger(std::move(tagger))
    , m_openError(tr("The library is not open yet."))
{
    registerServiceTypes();
}

LibraryService::~LibraryService()
{
    // The stores use the connection; close them first, then the connection (on the service's thread).
    m_views.reset();
    m_store.reset();
    m_database.reset();
}

template<typename Work>
quint64 LibraryService::post(Work work)
{
    const quint64 id = m_nextId.fetch_add(1, std::memory_order_relaxed);
    QMetaObject::invokeMethod(
        this, [this, id, work = std::move(work)]() { work(id); }, Qt::QueuedConnection);
    return id;
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

QString LibraryService::finishWrite(const Status &status)
{
    if (!status)
        return status.error();
    Q_EMIT libraryChanged();
    return {};
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
            m_openError.clear();
            Q_EMIT opened({});
        },
        Qt::QueuedConnection);
}

quint64 LibraryService::listArticles(const ArticleFilter &filter, const ListPage &page)
{
    return post([this, filter, page](quint64 id) {
        if (const QString error = ready(); !error.isEmpty())
            return Q_EMIT articlesListed(id, {}, error);
        const auto rows = m_store->listArticles(filter, page);
        Q_EMIT articlesListed(id, rows ? *rows : QList<ArticleSummary>(), rows ? QString() : rows.error());
    });
}

quint64 LibraryService::countArticles(const ArticleFilter &filter)
{
    return post([this, filter](quint64 id) {
        if (const QString error = ready(); !error.isEmpty())
            return Q_EMIT articlesCounted(id, 0, error);
        const auto count = m_store->countArticles(filter);
        Q_EMIT articlesCounted(id, count ? *count : 0, count ? QString() : count.error());
    });
}

quint64 LibraryService::facetCounts(const ArticleFilter &filter)
{
    return post([this, filter](quint64 id) {
        if (const QString error = ready(); !error.isEmpty())
            return Q_EMIT facetsCounted(id, {}, error);
        const auto facets = m_store->facetCounts(filter);
        Q_EMIT facetsCounted(id, facets ? *facets : QList<Facet>(), facets ? QString() : facets.error());
    });
}

quint64 LibraryService::loadArticle(qint64 articleId)
{
    return post([this, articleId](quint64 id) {
        if (const QString error = ready(); !error.isEmpty())
            return Q_EMIT articleLoaded(id, {}, {}, error);
        const auto article = m_store->article(articleId);
        if (!article)
            return Q_EMIT articleLoaded(id, {}, {}, article.error());
        const auto facets = m_store->articleFacets(articleId);
        if (!facets)
            return Q_EMIT articleLoaded(id, {}, {}, facets.error());
        Q_EMIT articleLoaded(id, *article, *facets, {});
    });
}

quint64 LibraryService::setRead(const QList<qint64> &ids, bool read)
{
    return post([this, ids, read](quint64 id) {
        if (const QString error = ready(); !error.isEmpty())
            return Q_EMIT writeFinished(id, error);
        Q_EMIT writeFinished(id, finishWrite(m_store->setRead(ids, read)));
    });
}

quint64 LibraryService::setStarred(const QList<qint64> &ids, bool starred)
{
    return post([this, ids, starred](quint64 id) {
        if (const QString error = ready(); !error.isEmpty())
            return Q_EMIT writeFinished(id, error);
        Q_EMIT writeFinished(id, finishWrite(m_store->setStarred(ids, starred)));
    });
}

quint64 LibraryService::addManualTag(qint64 articleId, FacetKind kind, const QString &key,
                                     const QString &label)
{
    return post([this, articleId, kind, key, label](quint64 id) {
        if (const QString error = ready(); !error.isEmpty())
            return Q_EMIT writeFinished(id, error);
        const QString shown = label.isEmpty() ? tagger().label(kind, key) : label;
        Q_EMIT writeFinished(id, finishWrite(m_store->addManualTag(articleId, kind, key, shown)));
    });
}

quint64 LibraryService::removeTag(qint64 articleId, FacetKind kind, const QString &key)
{
    return post([this, articleId, kind, key](quint64 id) {
        if (const QString error = ready(); !error.isEmpty())
            return Q_EMIT writeFinished(id, error);
        Q_EMIT writeFinished(id, finishWrite(m_store->removeTag(articleId, kind, key)));
    });
}

quint64 LibraryService::retag()
{
    return post([this](quint64 id) {
        if (const QString error = ready(); !error.isEmpty())
            return Q_EMIT retagFinished(id, {}, error);
        const Tagger &t = tagger();
        const auto report =
            m_store->retag([&t](const Article &a) { return t.tag(a); },
                           [&t](FacetKind kind, const QString &key) { return t.label(kind, key); });
        if (!report)
            return Q_EMIT retagFinished(id, {}, report.error());
        Q_EMIT retagFinished(id, *report, {});
        Q_EMIT libraryChanged();
    });
}

quint64 LibraryService::listViews()
{
    return post([this](quint64 id) {
        if (const QString error = ready(); !error.isEmpty())
            return Q_EMIT viewsListed(id, {}, error);
        const auto views = m_views->views();
        Q_EMIT viewsListed(id, views ? *views : QList<SavedView>(), views ? QString() : views.error());
    });
}

quint64 LibraryService::saveView(const QString &name, const ArticleFilter &filter)
{
    return post([this, name, filter](quint64 id) {
        if (const QString error = ready(); !error.isEmpty())
            return Q_EMIT viewSaved(id, 0, error);
        const auto saved = m_views->save(name, filter);
        if (!saved)
            return Q_EMIT viewSaved(id, 0, saved.error());
        Q_EMIT viewSaved(id, *saved, {});
        Q_EMIT viewsChanged();
    });
}

quint64 LibraryService::renameView(qint64 viewId, const QString &name)
{
    return post([this, viewId, name](quint64 id) {
        if (const QString error = ready(); !error.isEmpty())
            return Q_EMIT writeFinished(id, error);
        const Status status = m_views->rename(viewId, name);
        Q_EMIT writeFinished(id, status.error());
        if (status)
            Q_EMIT viewsChanged();
    });
}

quint64 LibraryService::removeView(qint64 viewId)
{
    return post([this, viewId](quint64 id) {
        if (const QString error = ready(); !error.isEmpty())
            return Q_EMIT writeFinished(id, error);
        const Status status = m_views->remove(viewId);
        Q_EMIT writeFinished(id, status.error());
        if (status)
            Q_EMIT viewsChanged();
    });
}

quint64 LibraryService::importFiles(const QStringList &files)
{
    return post([this, files](quint64 id) { runImport(id, files); });
}

void LibraryService::cancelImport(quint64 requestId)
{
    const QMutexLocker lock(&m_cancelMutex);
    m_cancelled.insert(requestId);
}

void LibraryService::cancelAllImports()
{
    m_cancelAll = true;
}

bool LibraryService::isCancelled(quint64 id)
{
    const QMutexLocker lock(&m_cancelMutex);
    return m_cancelled.contains(id) || m_cancelAll;
}

void LibraryService::runImport(quint64 id, const QStringList &files)
{
    const int count = static_cast<int>(files.size());
    int added = 0;
    bool changed = false;
    bool cancelled = false;
    auto failed = [](const QString &file) {
        ImportReport report;
        report.file = file;
        return report;
    };
    if (const QString error = ready(); !error.isEmpty()) {
        for (int i = 0; i < count; ++i)
            Q_EMIT fileImported(id, i, failed(files.at(i)), error);
    } else {
        tagger();
        Importer importer(*m_store, m_tagger);
        for (int i = 0; i < count; ++i) {
            if (isCancelled(id)) {
                cancelled = true;
                break;
            }
            Q_EMIT fileImportStarted(id, i, count, files.at(i));
            // A cancel while a file is being read stops it between two chunks and rolls the whole file
            // back: no file is ever half imported.
            const Result<ImportReport> report =
                importer.importFile(files.at(i), [this, id] { return isCancelled(id); });
            if (report) {
                added += report->added;
                changed = changed || report->added > 0 || report->updated > 0;
                Q_EMIT fileImported(id, i, *report, {});
            } else {
                Q_EMIT fileImported(id, i, failed(files.at(i)), report.error());
                if (isCancelled(id)) {
                    cancelled = true;
                    break;
                }
            }
        }
    }
    {
        const QMutexLocker lock(&m_cancelMutex);
        m_cancelled.remove(id); // a cancel that came too late is forgotten
    }
    if (changed)
        Q_EMIT libraryChanged();
    Q_EMIT importFinished(id, added, cancelled);
}

} // namespace Clearance
