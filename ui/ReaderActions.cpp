#include "ReaderActions.h"

#include "ArticleListView.h"
#include "models/ArticleListModel.h"
#include "models/Roles.h"
#include "service/LibraryService.h"

#include <QAction>
#include <QMenu>

namespace Clearance {

ReaderActions::ReaderActions(ArticleListView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_markRead(new QAction(this))
    , m_markUnread(new QAction(this))
    , m_star(new QAction(this))
    , m_markAllRead(new QAction(this))
{
    m_markRead->setObjectName(QStringLiteral("markReadAction"));
    m_markRead->setShortcut(QKeySequence(Qt::Key_R));
    m_markUnread->setObjectName(QStringLiteral("markUnreadAction"));
    m_markUnread->setShortcut(QKeySequence(Qt::Key_U));
    m_star->setObjectName(QStringLiteral("starAction"));
    m_star->setCheckable(true);
    m_star->setShortcut(QKeySequence(Qt::Key_S));
    m_markAllRead->setObjectName(QStringLiteral("markAllReadAction"));
    m_markAllRead->setShortcut(QKeySequence(Qt::SHIFT | Qt::CTRL | Qt::Key_R));
    connect(m_markRead, &QAction::triggered, this, [this] { markSelection(true); });
    connect(m_markUnread, &QAction::triggered, this, [this] { markSelection(false); });
    connect(m_star, &QAction::triggered, this, &ReaderActions::starSelection);
    connect(m_markAllRead, &QAction::triggered, this, &ReaderActions::markAllRead);
    connect(&m_markAllReply, &QFutureWatcherBase::finished, this, &ReaderActions::onMarkAllListed);
    retranslate();
    update();
}

void ReaderActions::retranslate()
{
    m_markRead->setText(tr("Mark as &Read"));
    m_markUnread->setText(tr("Mark as &Unread"));
    m_star->setText(tr("&Star"));
    m_markAllRead->setText(tr("Mark &All in This List as Read"));
    m_markAllRead->setStatusTip(tr("Mark every article matching the filters as read"));
}

void ReaderActions::setLibrary(LibraryService *service, ArticleListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_markAllReply.cancel(); // the other library's articles
    m_service = service;
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this, &ReaderActions::update);
        connect(model, &ArticleListModel::rowsLoaded, this, &ReaderActions::update);
    }
    update();
}

void ReaderActions::addTo(QMenu *menu) const
{
    menu->addAction(m_markRead);
    menu->addAction(m_markUnread);
    menu->addAction(m_star);
    menu->addSeparator();
    menu->addAction(m_markAllRead);
}

void ReaderActions::update()
{
    const QModelIndex current = m_view->currentIndex();
    const bool hasCurrent = current.isValid();
    m_markRead->setEnabled(hasCurrent);
    m_markUnread->setEnabled(hasCurrent);
    m_star->setEnabled(hasCurrent);
    m_star->setChecked(hasCurrent && current.data(StarredRole).toBool());
    m_markAllRead->setEnabled(m_model && m_model->rowCount() > 0);
}

void ReaderActions::markSelection(bool read)
{
    const QList<qint64> ids = m_view->selectedArticleIds();
    if (!ids.isEmpty() && m_service)
        report(m_service->setRead(ids, read));
}

void ReaderActions::starSelection(bool starred)
{
    const QList<qint64> ids = m_view->selectedArticleIds();
    if (!ids.isEmpty() && m_service)
        report(m_service->setStarred(ids, starred));
}

void ReaderActions::markAllRead()
{
    // Every article of the filter, not only the rows loaded so far: the list is lazy.
    if (m_service && m_model)
        m_markAllReply.setFuture(m_service->listArticles(m_model->filter(), ListPage::all()));
}

void ReaderActions::onMarkAllListed()
{
    const std::optional<Result<QList<ArticleSummary>>> rows = answerOf(m_markAllReply.future());
    if (!rows)
        return;
    if (!*rows)
        return Q_EMIT messageChanged(rows->error());
    QList<qint64> ids;
    for (const ArticleSummary &row : rows->value()) {
        if (!row.read)
            ids.append(row.id);
    }
    const QString done = tr("%Ln article(s) marked as read.", "", static_cast<int>(ids.size()));
    if (ids.isEmpty() || !m_service)
        return Q_EMIT messageChanged(done);
    report(m_service->setRead(ids, true), done);
}

void ReaderActions::report(const WriteReply &reply, const QString &done)
{
    onAnswer(reply, this, [this, done](const Status &written) {
        if (!written)
            Q_EMIT messageChanged(written.error());
        else if (!done.isEmpty())
            Q_EMIT messageChanged(done);
    });
}

} // namespace Clearance
