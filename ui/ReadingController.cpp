#include "ReadingController.h"

#include "ArticleView.h"

#include <QMessageBox>

namespace Clearance {

ReadingController::ReadingController(ArticleView *view)
    : QObject(view)
    , m_view(view)
{
    connect(&m_loadReply, &QFutureWatcherBase::finished, this, &ReadingController::onLoaded);
    connect(view, &ArticleView::tagAddRequested, this,
            [this](qint64 articleId, FacetKind kind, const QString &key) {
                if (m_service)
                    editTags(m_service->addManualTag(articleId, kind, key));
            });
    connect(view, &ArticleView::tagRemoveRequested, this,
            [this](qint64 articleId, FacetKind kind, const QString &key) {
                if (m_service)
                    editTags(m_service->removeTag(articleId, kind, key));
            });
}

void ReadingController::setLibrary(LibraryService *service)
{
    m_service = service;
    m_readOnly = false;
    clear();
}

void ReadingController::show(qint64 articleId)
{
    if (articleId == 0 || articleId == m_requestedArticleId)
        return;
    load(articleId);
}

void ReadingController::clear()
{
    m_loadReply.cancel(); // an article asked for before is not shown after all
    m_view->clear();
    m_shownArticleId = 0;
    m_requestedArticleId = 0;
}

void ReadingController::load(qint64 articleId)
{
    if (!m_service)
        return;
    m_requestedArticleId = articleId;
    m_loadReply.setFuture(m_service->loadArticle(articleId));
}

void ReadingController::onLoaded()
{
    const std::optional<Result<LoadedArticle>> loaded = answerOf(m_loadReply.future());
    if (!loaded)
        return;
    if (!*loaded)
        return Q_EMIT messageChanged(loaded->error());
    const Article &article = loaded->value().article;
    m_view->showArticle(article, loaded->value().facets);
    m_shownArticleId = article.id;
    if (!article.read && m_service && !m_readOnly) {
        onAnswer(m_service->setRead({article.id}, true), this, [this](const Status &marked) {
            if (!marked)
                Q_EMIT messageChanged(marked.error());
        });
    }
    Q_EMIT articleShown(article.id);
}

void ReadingController::editTags(const WriteReply &reply)
{
    onAnswer(reply, this, [this](const Status &stored) {
        if (!stored) {
            QMessageBox::warning(m_view->window(), tr("Tags"), stored.error());
            return;
        }
        if (m_shownArticleId)
            load(m_shownArticleId); // the pane shows the tags as stored now
    });
}

} // namespace Clearance
