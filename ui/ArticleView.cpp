#include "ArticleView.h"

#include "FlowLayout.h"
#include "PaletteColors.h"
#include "TagEditor.h"
#include "render/HighlightPalette.h"
#include "render/PlainText.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Clearance {

namespace {

constexpr int kMargin = 20; // left and right of the header, and the body's document margin
const char *const kKindProperty = "clearanceKind";

// A palette that changes the text colour of the parent's and leaves the other roles to follow it. Both
// roles: a widget on the Base background (the page) draws its text in Text, others in WindowText.
QPalette withTextColor(const QColor &color)
{
    QPalette palette;
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    return palette;
}

TagSet tagSetOf(const QList<Facet> &tags)
{
    TagSet set;
    for (const Facet &tag : tags)
        set.values(tag.kind).append(tag.key);
    for (QStringList &keys : set.keys) {
        keys.sort();
        keys.removeDuplicates();
    }
    return set;
}

// A small rounded square in a highlight's colours: what a mention of that kind looks like.
QPixmap swatch(const HighlightPalette::Colors &colors, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor border = colors.foreground;
    border.setAlphaF(0.45f);
    painter.setPen(QPen(border, 1));
    painter.setBrush(colors.background);
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
    return pixmap;
}

} // namespace

ArticleView::ArticleView(std::shared_ptr<const Tagger> tagger, QWidget *parent)
    : QWidget(parent)
    , m_tagger(std::move(tagger))
    , m_openLink([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    m_stack = new QStackedLayout(this);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(kMargin);
    m_empty->setBackgroundRole(QPalette::Base);
    m_empty->setAutoFillBackground(true);
    m_stack->addWidget(m_empty);

    buildPage();
    m_stack->addWidget(m_page);
    m_stack->setCurrentWidget(m_empty);

    retranslate();
    updateFonts();
    updateColors();
}

ArticleView::~ArticleView() = default;

void ArticleView::buildPage()
{
    m_page = new QWidget(this);
    m_page->setObjectName(QStringLiteral("articlePage"));
    m_page->setBackgroundRole(QPalette::Base);
    m_page->setAutoFillBackground(true);
    auto *column = new QVBoxLayout(m_page);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);

    auto *header = new QWidget(m_page);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(kMargin, 18, kMargin, 12);
    headerLayout->setSpacing(0);

    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("articleTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setForegroundRole(QPalette::Text);
    headerLayout->addWidget(m_title);
    headerLayout->addSpacing(6);

    m_meta = new QLabel(header);
    m_meta->setObjectName(QStringLiteral("articleMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headerLayout->addWidget(m_meta);
    headerLayout->addSpacing(2);

    m_link = new QLabel(header);
    m_link->setObjectName(QStringLiteral("articleLink"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    // Elided to the width it gets, so a long address never widens the pane.
    m_link->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_link->installEventFilter(this);
    headerLayout->addWidget(m_link);
    headerLayout->addSpacing(14);

    m_tagEditor = new TagEditor(m_tagger, header);
    m_tagEditor->setObjectName(QStringLiteral("tagEditor"));
    headerLayout->addWidget(m_tagEditor);
    connect(m_tagEditor, &TagEditor::tagAddRequested, this, &ArticleView::tagAddRequested);
    connect(m_tagEditor, &TagEditor::tagRemoveRequested, this, &ArticleView::tagRemoveRequested);

    // The legend's caption lines up with the tag rows' captions, its entries with the chips.
    m_legend = new QWidget(header);
    m_legend->setObjectName(QStringLiteral("legend"));
    auto *legendRow = new QHBoxLayout(m_legend);
    legendRow->setContentsMargins(0, 12, 0, 0);
    legendRow->setSpacing(12);
    m_legendCaption = new QLabel(m_legend);
    m_legendCaption->setObjectName(QStringLiteral("legendCaption"));
    legendRow->addWidget(m_legendCaption, 0, Qt::AlignTop);
    auto *entries = new QWidget(m_legend);
    m_legendFlow = new FlowLayout(entries, 14, 4);
    legendRow->addWidget(entries, 1);
    headerLayout->addWidget(m_legend);
    column->addWidget(header);

    m_rule = new QFrame(m_page);
    m_rule->setFrameShape(QFrame::HLine);
    m_rule->setFrameShadow(QFrame::Plain);
    m_rule->setFixedHeight(1);
    column->addWidget(m_rule);

    m_browser = new QTextBrowser(m_page);
    m_browser->setObjectName(QStringLiteral("articleBody"));
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setUndoRedoEnabled(false);
    m_browser->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard |
                                       Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_browser->document()->setDocumentMargin(kMargin);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ArticleView::openAnchor);
    column->addWidget(m_browser, 1);
}

void ArticleView::showArticle(const Article &article, const QList<Facet> &tags)
{
    const bool sameArticle = m_article && m_article->id == article.id;
    m_article = article;
    m_tags = tagSetOf(tags);
    m_tagEditor->setTags(article.id, tags);
    updateHeader();
    render(sameArticle);
    m_stack->setCurrentWidget(m_page);
}

void ArticleView::clear()
{
    m_article.reset();
    m_tags = {};
    m_tagEditor->clear();
    m_browser->clear();
    updateLegend({});
    updateHeader();
    m_stack->setCurrentWidget(m_empty);
}

void ArticleView::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    render(true);
}

void ArticleView::setLinkOpener(LinkOpener opener)
{
    m_openLink = std::move(opener);
}

void ArticleView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
        // The highlight colours are chosen for a light or a dark palette: build the text again.
        updateColors();
        render(true);
        break;
    case QEvent::FontChange:
        updateFonts();
        alignCaptions();
        break;
    case QEvent::LanguageChange:
        retranslate();
        updateHeader();
        render(true);
        break;
    default:
        break;
    }
}

bool ArticleView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_link && event->type() == QEvent::Resize)
        updateLink();
    return QWidget::eventFilter(watched, event);
}

void ArticleView::render(bool keepScroll)
{
    if (!m_article)
        return;
    ArticleDocument::Options options;
    options.palette = palette();
    options.locale = locale();
    options.search = m_search;
    options.includeHeader = false;
    options.tags = m_tags;
    const ArticleDocument article(*m_article, m_tagger, options);

    QScrollBar *scroll = m_browser->verticalScrollBar();
    const int scrolled = scroll->value();
    QTextDocument *document = m_browser->document();
    article.fill(*document);
    // Room between the lines and the paragraphs: the pane is for reading at length. List items and
    // table rows keep their closer spacing, so they still read as one group.
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat spacing;
        spacing.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
        if (block.blockFormat().bottomMargin() >= 8)
            spacing.setBottomMargin(10);
        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(spacing);
    }
    m_browser->setTextCursor(QTextCursor(document));
    updateLegend(article.legend());

    if (keepScroll)
        scroll->setValue(scrolled);
    else
        scroll->setValue(scroll->minimum());
}

void ArticleView::updateHeader()
{
    if (!m_article) {
        m_title->clear();
        m_meta->clear();
        m_link->clear();
        return;
    }
    m_title->setText(m_article->title);
    m_title->setLayoutDirection(PlainText::direction(m_article->title, layoutDirection()));

    QStringList meta;
    if (m_article->published.isValid()) {
        const QString date =
            locale().toString(m_article->published.toLocalTime().date(), QLocale::LongFormat);
        if (m_article->notes.testFlag(ArticleNote::FutureDate))
            meta.append(tr("%1 (date of import; the source's date was in the future)").arg(date));
        else if (m_article->publishedEstimated)
            meta.append(tr("%1 (date estimated)", "the source gave no date: the import date").arg(date));
        else
            meta.append(date);
    }
    if (!m_article->source.isEmpty())
        meta.append(m_article->source);
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_meta->setVisible(!meta.isEmpty());
    m_meta->setAccessibleName(tr("Date and source"));
    updateLink();
}

void ArticleView::updateLink()
{
    const QUrl url(m_article ? m_article->url : QString());
    const bool web =
        url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
    m_link->setVisible(web);
    if (!web) {
        m_link->clear();
        return;
    }
    // The address without its scheme, elided in the middle to the label's width.
    const QString shown = url.toDisplayString(QUrl::RemoveScheme | QUrl::StripTrailingSlash).mid(2);
    const int width = std::max(m_link->contentsRect().width(), fontMetrics().averageCharWidth() * 20);
    const QString elided = m_link->fontMetrics().elidedText(shown, Qt::ElideMiddle, width);
    m_link->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), elided.toHtmlEscaped()));
    m_link->setToolTip(tr("Open %1 in the browser").arg(url.toDisplayString()));
    m_link->setAccessibleName(tr("Link to the original article"));
    m_link->setAccessibleDescription(url.toDisplayString());
}

void ArticleView::updateLegend(const QList<ArticleDocument::LegendEntry> &entries)
{
    for (QWidget *entry : std::as_const(m_legendEntries))
        delete entry;
    m_legendEntries.clear();
    const int size = fontMetrics().ascent();
    for (const ArticleDocument::LegendEntry &e : entries) {
        auto *entry = new QWidget(m_legendFlow->parentWidget());
        entry->setObjectName(QStringLiteral("legendEntry"));
        entry->setProperty(kKindProperty, e.kind);
        entry->setAccessibleName(e.name);
        entry->setToolTip(
            tr("Mentions of a %1 are highlighted in this colour", "legend: a kind of organization")
                .arg(e.name.toLower()));
        auto *row = new QHBoxLayout(entry);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(6);
        auto *colour = new QLabel(entry);
        colour->setObjectName(QStringLiteral("legendSwatch"));
        colour->setPixmap(swatch(e.colors, size, devicePixelRatioF()));
        colour->setProperty("clearanceBackground", e.colors.background);
        colour->setAccessibleName(tr("Colour of %1").arg(e.name));
        row->addWidget(colour);
        auto *name = new QLabel(e.name, entry);
        name->setObjectName(QStringLiteral("legendName"));
        name->setTextFormat(Qt::PlainText);
        name->setForegroundRole(QPalette::Text);
        row->addWidget(name);
        m_legendFlow->addWidget(entry);
        m_legendEntries.append(entry);
    }
    m_legend->setVisible(!entries.isEmpty());
}

void ArticleView::updateColors()
{
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    // Secondary text: dimmed towards the background, still above 4.5:1 on either palette.
    const QColor dim = mixColors(text, base, 0.35);
    m_meta->setPalette(withTextColor(dim));
    m_legendCaption->setPalette(withTextColor(dim));
    m_empty->setPalette(withTextColor(dim));
    m_rule->setPalette(withTextColor(mixColors(base, text, 0.14)));
}

void ArticleView::updateFonts()
{
    QFont title = font();
    title.setPointSizeF(font().pointSizeF() * 1.55);
    title.setWeight(QFont::DemiBold);
    m_title->setFont(title);
    QFont body = font();
    body.setPointSizeF(font().pointSizeF() * 1.1);
    m_browser->setFont(body);
    QFont empty = font();
    empty.setPointSizeF(font().pointSizeF() * 1.15);
    m_empty->setFont(empty);
}

void ArticleView::retranslate()
{
    setAccessibleName(tr("Reading pane"));
    m_empty->setText(tr("Select an article to read it."));
    m_empty->setAccessibleName(tr("No article selected"));
    m_title->setAccessibleName(tr("Title"));
    m_legend->setAccessibleName(tr("Legend of the organization highlights"));
    m_legendCaption->setText(tr("Organizations"));
    alignCaptions();
    m_browser->setAccessibleName(tr("Article text"));
    m_browser->setAccessibleDescription(
        tr("Organization names are highlighted by kind; activate one to filter the list by it"));
}

void ArticleView::alignCaptions()
{
    const int width = std::max(m_tagEditor->captionWidth(),
                               m_legendCaption->fontMetrics().horizontalAdvance(m_legendCaption->text()) + 2);
    m_tagEditor->setCaptionWidth(width);
    m_legendCaption->setFixedWidth(width);
}

void ArticleView::openAnchor(const QUrl &url)
{
    const QString organization = ArticleDocument::organizationOfHref(url.toString());
    if (!organization.isEmpty()) {
        Q_EMIT organizationActivated(organization);
        return;
    }
    // The document only links to these (ArticleDocument checks every href); anything else stays put.
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
        scheme == QLatin1String("mailto"))
        m_openLink(url);
}

} // namespace Clearance
