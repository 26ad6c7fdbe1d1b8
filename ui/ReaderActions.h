#pragma once

#include "domain/ArticleSummary.h"
#include "service/Reply.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace Clearance {

class ArticleListModel;
class ArticleListView;
class LibraryService;

// The Article menu: mark the selected articles read or unread, star them, mark every article of the
// current list read. Each action is one LibraryService write; the list updates itself when the
// library announces the change, and a write that fails says why in the status bar.
class ReaderActions final : public QObject
{
    Q_OBJECT

public:
    ReaderActions(ArticleListView *view, QObject *parent);
    Q_DISABLE_COPY_MOVE(ReaderActions)

    void setLibrary(LibraryService *service, ArticleListModel *model);
    void addTo(QMenu *menu) const;
    // Names the actions in the current language (the window calls it on a language change).
    void retranslate();

public Q_SLOTS:
    // Enables the actions and checks "Star" for the current article.
    void update();

Q_SIGNALS:
    // A short note for the status bar.
    void messageChanged(const QString &message);

private:
    void markSelection(bool read);
    void starSelection(bool starred);
    void markAllRead();
    void onMarkAllListed();
    // Says in the status bar why the write failed, else `done` when there is one.
    void report(const WriteReply &reply, const QString &done = {});

    ArticleListView *m_view;
    QPointer<LibraryService> m_service;
    QPointer<ArticleListModel> m_model;
    QAction *m_markRead;
    QAction *m_markUnread;
    QAction *m_star;
    QAction *m_markAllRead;
    QFutureWatcher<Result<QList<ArticleSummary>>> m_markAllReply; // the articles "mark all" marks
};

} // namespace Clearance
