#pragma once

#include "domain/Article.h"
#include "domain/Facet.h"
#include "domain/FacetKind.h"
#include "domain/MetaTypes.h" // the signals carry a FacetKind
#include "domain/TagSet.h"
#include "render/ArticleDocument.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QFrame;
class QLabel;
class QStackedLayout;
class QTextBrowser;
class QUrl;

namespace Clearance {

class FlowLayout;
class TagEditor;
class Tagger;

// The reading pane: title, date and source, the link, editable region and initiative chips, a legend
// of the organization kinds highlighted, and the text (ArticleDocument) with every organization
// mention coloured by kind and the search hits marked. Colours follow the widget's palette.
class ArticleView final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleView(std::shared_ptr<const Clearance::Tagger> tagger, QWidget *parent = nullptr);
    ~ArticleView() override;
    Q_DISABLE_COPY_MOVE(ArticleView)

    // `tags` are the article's stored tags (with manual edits); the chips show its regions and
    // initiatives. Showing the same article again keeps the scroll position.
    void showArticle(const Clearance::Article &article, const QList<Clearance::Facet> &tags);
    // Back to the empty state.
    void clear();
    // The search box's text: its words are marked in the article.
    void setSearchText(const QString &text);

    // What opens a link of the article's text (http, https, mailto): the system's browser or mail
    // client unless set (tests set their own, which launches nothing).
    using LinkOpener = std::function<void(const QUrl &)>;
    void setLinkOpener(LinkOpener opener);

Q_SIGNALS:
    // A click on an organization mention.
    void organizationActivated(const QString &id);
    void tagAddRequested(qint64 articleId, Clearance::FacetKind kind, const QString &key);
    void tagRemoveRequested(qint64 articleId, Clearance::FacetKind kind, const QString &key);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildPage();
    void render(bool keepScroll);
    void updateHeader();
    void updateLink();
    void updateLegend(const QList<ArticleDocument::LegendEntry> &entries);
    void updateColors();
    void updateFonts();
    void retranslate();
    void alignCaptions();
    void openAnchor(const QUrl &url);

    std::shared_ptr<const Tagger> m_tagger;
    std::optional<Article> m_article;
    TagSet m_tags;
    QString m_search;

    QStackedLayout *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_page = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_link = nullptr;
    TagEditor *m_tagEditor = nullptr;
    QWidget *m_legend = nullptr;
    FlowLayout *m_legendFlow = nullptr;
    QLabel *m_legendCaption = nullptr;
    QList<QWidget *> m_legendEntries;
    QFrame *m_rule = nullptr;
    QTextBrowser *m_browser = nullptr;
    LinkOpener m_openLink;
};

} // namespace Clearance
