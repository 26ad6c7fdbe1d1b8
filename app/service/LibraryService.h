#pragma once

#include "Importer.h"
#include "Reply.h"
#include "domain/MetaTypes.h"
#include "storage/ArticleStore.h"
#include "storage/SavedViewStore.h"
#include "storage/SourceStore.h"

#include <QMetaObject>
#include <QObject>
#include <QPromise>

#include <atomic>
#include <memory>

namespace Clearance {

class Database;
class Tagger;

// An article as the reading pane shows it: its text and its tags.
struct LoadedArticle
{
    Article article;
    QList<Facet> facets;
};

// The library as the window sees it: asynchronous requests answered on the service's own thread
// (see LibraryThread), with its own connection, so the GUI thread never waits on SQL.
//
// Every request method may be called from any thread: it queues the work and returns at once a
// future (Reply, WriteReply) that the service's thread fulfils with the answer or one clear sentence
// saying what went wrong. A caller that only wants its latest request answered watches it with one
// QFutureWatcher per kind of request: setFuture() with a newer future drops the older one's answer,
// even one already on its way. A request cancelled before its turn is not run. When the service stops
// (LibraryThread's destruction), the requests still queued are cancelled.
class LibraryService final : public QObject
{
    Q_OBJECT

public:
    // `tagger` tags imports and labels manual tags; nullptr loads Tagger::standard() on first use, on
    // the service's thread.
    explicit LibraryService(QString path, std::shared_ptr<const Tagger> tagger = {},
                            QObject *parent = nullptr);
    ~LibraryService() override;
    Q_DISABLE_COPY_MOVE(LibraryService)

    const QString &path() const { return m_path; }

    // Opens the connection on the service's thread; answered by opened(). Requests queued before it
    // are answered with the open error; requests after a failed open too.
    void open();

    [[nodiscard]] Reply<QList<ArticleSummary>> listArticles(const ArticleFilter &filter,
                                                            const ListPage &page);
    [[nodiscard]] Reply<qint64> countArticles(const ArticleFilter &filter);
    [[nodiscard]] Reply<QList<Facet>> facetCounts(const ArticleFilter &filter);
    [[nodiscard]] Reply<LoadedArticle> loadArticle(qint64 id);
    // Writes; a write that succeeds emits libraryChanged() before its answer.
    [[nodiscard]] WriteReply setRead(const QList<qint64> &ids, bool read);
    [[nodiscard]] WriteReply setStarred(const QList<qint64> &ids, bool starred);
    // An empty label takes the taxonomy's label.
    [[nodiscard]] WriteReply addManualTag(qint64 articleId, FacetKind kind, const QString &key,
                                          const QString &label = {});
    [[nodiscard]] WriteReply removeTag(qint64 articleId, FacetKind kind, const QString &key);
    [[nodiscard]] Reply<RetagReport> retag();
    // Saved views; a change emits viewsChanged() before its answer. saveView() answers the new view's id.
    [[nodiscard]] Reply<QList<SavedView>> listViews();
    [[nodiscard]] Reply<qint64> saveView(const QString &name, const ArticleFilter &filter);
    [[nodiscard]] WriteReply renameView(qint64 viewId, const QString &name);
    [[nodiscard]] WriteReply removeView(qint64 viewId);
    // Sources (SourceStore); a change emits sourcesChanged() before its answer. addSource() answers the
    // new source's id.
    [[nodiscard]] Reply<QList<Source>> listSources();
    [[nodiscard]] Reply<qint64> addSource(const Source &source);
    [[nodiscard]] WriteReply updateSource(const Source &source);
    [[nodiscard]] WriteReply setSourceEnabled(qint64 sourceId, bool enabled);
    [[nodiscard]] WriteReply removeSource(qint64 sourceId);
    // For fetching (SourceRefresher): the enabled sources due at `now`; one source as stored now; a
    // fetched document imported (emits libraryChanged() when it added or changed articles); what a
    // fetch left on its source (emits sourcesChanged()); a page source's links already fetched.
    [[nodiscard]] Reply<QList<Source>> dueSources(const QDateTime &now);
    [[nodiscard]] Reply<Source> source(qint64 sourceId);
    [[nodiscard]] Reply<ImportReport> importFetched(const FetchedDocument &document);
    [[nodiscard]] WriteReply saveFetchState(const Source &source);
    [[nodiscard]] Reply<QSet<QString>> seenLinks(qint64 sourceId);
    [[nodiscard]] WriteReply addSeenLinks(qint64 sourceId, const QStringList &links);
    // Imports the files in order, each in one transaction. The future holds one answer per file, at the
    // file's index, as each file is done; its progress value is the number of the file being read (1 for
    // the first, of files.size()) and its progress text that file's path. Cancelling the future stops the
    // file being read (rolling it back: a file is imported whole or not at all) and the files after it;
    // the answers of the files done before stay in the future.
    [[nodiscard]] QFuture<Result<ImportReport>> importFiles(const QStringList &files);
    // Cancels every import, running or queued, and any later one: the service is shutting down.
    void cancelAllImports(); // thread-safe

Q_SIGNALS:
    void opened(const QString &error);
    // After any committed change to the articles or their tags: models reload what they show.
    void libraryChanged();
    // After a saved view was saved, renamed or removed.
    void viewsChanged();
    // After a source was added, changed or removed, or a fetch recorded.
    void sourcesChanged();

private:
    template<typename T, typename Work>
    QFuture<T> post(Work work);
    // The open error, or an empty string when the stores are ready.
    QString ready() const;
    const Tagger &tagger();
    Status write(const Status &status);
    void runImport(QPromise<Result<ImportReport>> &promise, const QStringList &files);

    QString m_path;
    std::shared_ptr<const Tagger> m_tagger;
    // Lives and dies on the service's thread.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<SavedViewStore> m_views;
    std::unique_ptr<SourceStore> m_sources;
    QString m_openError;
    std::atomic<bool> m_cancelAll{false};
};

// Queues `work` (returning a T) on the service's thread and returns the future it fulfils. A request
// dropped unrun (the service deleted with it still queued) cancels its future: QPromise's destructor.
template<typename T, typename Work>
QFuture<T> LibraryService::post(Work work)
{
    QPromise<T> promise;
    promise.start();
    QFuture<T> future = promise.future();
    QMetaObject::invokeMethod(
        this,
        [promise = std::move(promise), work = std::move(work)]() mutable {
            // Nobody waits for an answer that was cancelled (a newer request replaced it): skip the work.
            if (!promise.isCanceled())
                promise.addResult(work());
            promise.finish();
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace Clearance
