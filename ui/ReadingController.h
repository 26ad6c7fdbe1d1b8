#pragma once

#include "domain/FacetKind.h"
#include "service/LibraryService.h"

#include <QObject>
#include <QPointer>

namespace Clearance {

class ArticleView;

// The reading pane's side of the library: loads the article the list selects (only the latest one
// asked for is shown), marks it read, and stores the tags added or removed in the pane, showing the
// article again as stored. Errors go to the status bar (a load, the mark) or a dialog (a tag edit,
// which the reader has just asked for).
class ReadingController final : public QObject
{
    Q_OBJECT

public:
    explicit ReadingController(ArticleView *view);
    Q_DISABLE_COPY_MOVE(ReadingController)

    // The library the pane reads; nullptr when none is open. A read-only library is not marked.
    void setLibrary(LibraryService *service);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // The article shown in the pane; 0 for none.
    qint64 shownArticleId() const { return m_shownArticleId; }

public Q_SLOTS:
    // Shows the article (nothing when it is the one already asked for).
    void show(qint64 articleId);
    // Empties the pane.
    void clear();

Q_SIGNALS:
    // An article is in the pane (the window updates the actions that depend on it).
    void articleShown(qint64 articleId);
    // A short note for the status bar.
    void messageChanged(const QString &message);

private:
    void load(qint64 articleId);
    void onLoaded();
    void editTags(const WriteReply &reply);

    ArticleView *m_view;
    QPointer<LibraryService> m_service;
    QFutureWatcher<Result<LoadedArticle>> m_loadReply; // the latest article asked for
    bool m_readOnly = false;
    qint64 m_shownArticleId = 0;
    qint64 m_requestedArticleId = 0;
};

} // namespace Clearance
