#pragma once

#include "Importer.h"
#include "domain/MetaTypes.h"
#include "storage/ArticleStore.h"
#include "storage/SavedViewStore.h"

#include <QMutex>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>

Q_DECLARE_METATYPE(Clearance::ImportReport)
Q_DECLARE_METATYPE(Clearance::RetagReport)
Q_DECLARE_METATYPE(Clearance::SavedView)

namespace Clearance {

class Database;
class Tagger;

// The library as the window sees it: asynchronous requests answered on the service's own thread
// (see LibraryThread), with its own connection, so the GUI thread never waits on SQL.
//
// Every request method may be called from any thread: it returns a request id at once and queues the
// work; the reply is a signal carrying that id, the result and an error (one clear sentence, empty on
// success). Callers keep the id of their latest request and drop replies with any other id.
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

    quint64 listArticles(const ArticleFilter &filter, const ListPage &page);
    quint64 countArticles(const ArticleFilter &filter);
    quint64 facetCounts(const ArticleFilter &filter);
    quint64 loadArticle(qint64 id);
    // Writes, answered by writeFinished() and followed by libraryChanged() when they succeed.
    quint64 setRead(const QList<qint64> &ids, bool read);
    quint64 setStarred(const QList<qint64> &ids, bool starred);
    // An empty label takes the taxonomy's label.
    quint64 addManualTag(qint64 articleId, FacetKind kind, const QString &key, const QString &label = {});
    quint64 removeTag(qint64 articleId, FacetKind kind, const QString &key);
    quint64 retag();
    // Saved views, answered by viewsListed(), viewSaved() or writeFinished(); changes emit viewsChanged().
    quint64 listViews();
    quint64 saveView(const QString &name, const ArticleFilter &filter);
    quint64 renameView(qint64 viewId, const QString &name);
    quint64 removeView(qint64 viewId);
    // Imports the files in order, each in one transaction. cancelImport() stops the file being read
    // (rolling it back: a file is imported whole or not at all) and the files after it.
    quint64 importFiles(const QStringList &files);
    void cancelImport(quint64 requestId); // thread-safe
    // Cancels every import, running or queued, and any later one: the service is shutting down.
    void cancelAllImports(); // thread-safe

Q_SIGNALS:
    void opened(const QString &error);
    void articlesListed(quint64 requestId, const QList<Clearance::ArticleSummary> &rows,
                        const QString &error);
    void articlesCounted(quint64 requestId, qint64 count, const QString &error);
    void facetsCounted(quint64 requestId, const QList<Clearance::Facet> &facets, const QString &error);
    void articleLoaded(quint64 requestId, const Clearance::Article &article,
                       const QList<Clearance::Facet> &facets, const QString &error);
    void writeFinished(quint64 requestId, const QString &error);
    void retagFinished(quint64 requestId, const Clearance::RetagReport &report, const QString &error);
    void viewsListed(quint64 requestId, const QList<Clearance::SavedView> &views, const QString &error);
    void viewSaved(quint64 requestId, qint64 viewId, const QString &error);
    // Import progress: before each file (index counts from 0), after each file, at the end.
    void fileImportStarted(quint64 requestId, int index, int count, const QString &file);
    void fileImported(quint64 requestId, int index, const Clearance::ImportReport &report,
                      const QString &error);
    void importFinished(quint64 requestId, int added, bool cancelled);
    // After any committed change to the articles or their tags: models reload what they show.
    void libraryChanged();
    // After a saved view was saved, renamed or removed.
    void viewsChanged();

private:
    template<typename Work>
    quint64 post(Work work);
    // The open error, or an empty string when the stores are ready.
    QString ready() const;
    const Tagger &tagger();
    QString finishWrite(const Status &status);
    void runImport(quint64 id, const QStringList &files);
    bool isCancelled(quint64 id); // thread-safe

    QString m_path;
    std::shared_ptr<const Tagger> m_tagger;
    std::atomic<quint64> m_nextId{1};
    // Lives and dies on the service's thread.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<SavedViewStore> m_views;
    QString m_openError;
    QMutex m_cancelMutex;
    QSet<quint64> m_cancelled; // guarded by m_cancelMutex
    std::atomic<bool> m_cancelAll{false};
};

} // namespace Clearance
