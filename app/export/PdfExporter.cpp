#include "PdfExporter.h"

#include "Paginator.h"
#include "PdfContents.h"
#include "PdfStyle.h"
#include "PdfTextLayer.h"
#include "PdfTitlePage.h"
#include "PrintFormatting.h"
#include "domain/Logging.h"
#include "render/ArticleDocument.h"
#include "storage/ArticleStore.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace Clearance {

namespace {

void mergeLegend(QList<ArticleDocument::LegendEntry> &into, const QList<ArticleDocument::LegendEntry> &more)
{
    for (const ArticleDocument::LegendEntry &e : more) {
        if (!into.contains(e))
            into.append(e);
    }
}

} // namespace

// One export: the writer, the geometry and the pages drawn so far.
class PdfExporter::Run final
{
public:
    Run(const PdfExporter &exporter, QPdfWriter &writer)
        : m_tagger(exporter.m_tagger)
        , m_options(exporter.m_options)
        , m_style(m_options.paper)
        , m_writer(writer)
    {}
    Q_DISABLE_COPY_MOVE(Run)

    struct Laid
    {
        std::unique_ptr<QTextDocument> document;
        int headingBlocks = 0;
        QList<ArticleDocument::LegendEntry> legend;
    };

    const PdfStyle &style() const { return m_style; }

    Laid layOut(const ExportArticle &item) const
    {
        ArticleDocument::Options options;
        options.palette = m_style.palette;
        options.locale = m_options.locale;
        options.tags = item.tags;
        const ArticleDocument article(item.article, m_tagger, options);
        Laid laid;
        laid.document = std::make_unique<QTextDocument>();
        QTextDocument &document = *laid.document;
        article.fill(document);
        laid.headingBlocks = document.blockCount() - article.bodyBlockCount();
        PrintFormatting::adapt(document, laid.headingBlocks, m_style);
        PdfTextLayer::apply(document);
        document.documentLayout()->setPaintDevice(&m_writer);
        document.setUseDesignMetrics(true);
        document.setDocumentMargin(0);
        document.setDefaultFont(m_style.body);
        document.setTextWidth(m_style.text.width());
        document.documentLayout()->documentSize(); // lays it all out now
        laid.legend = article.legend();
        return laid;
    }

    // Ends the current page and starts the next, with its running header and footer.
    void nextPage(QPainter &painter)
    {
        if (m_page >= 0)
            m_writer.newPage();
        ++m_page;
        if (m_page > 0)
            drawRunningHeadAndFoot(painter);
    }
    int page() const { return m_page; }
    void setPageCount(int count) { m_pageCount = count; }

    void drawSlice(QPainter &painter, QTextDocument &document, const Paginator::Slice &slice, bool separated)
    {
        const QRectF &area = m_style.text;
        const qreal y = area.top() + slice.pageOffset;
        if (separated) {
            // A short rule in the gap between two articles that share a page.
            painter.save();
            painter.setPen(QPen(m_style.rule, 0.6));
            const qreal ruleY = y - m_style.articleGap / 2;
            const bool rtl = m_options.locale.textDirection() == Qt::RightToLeft;
            const qreal x = rtl ? area.right() - 48 : area.left();
            painter.drawLine(QPointF(x, ruleY), QPointF(x + 48, ruleY));
            painter.restore();
        }
        painter.save();
        painter.translate(area.left(), y - slice.top);
        const QRectF band(0, slice.top, area.width(), slice.bottom - slice.top);
        painter.setClipRect(band.adjusted(-4, 0, 4, 0));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = m_style.palette;
        context.clip = band;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }

private:
    void drawRunningHeadAndFoot(QPainter &painter) const
    {
        const QRectF &area = m_style.text;
        painter.save();
        painter.setLayoutDirection(m_options.locale.textDirection());
        painter.setFont(m_style.small);
        painter.setPen(m_style.muted);
        const QFontMetricsF metrics(m_style.small);
        const qreal ascent = metrics.ascent();
        const QString date = m_options.locale.toString(m_options.exportedAt.date(), QLocale::ShortFormat);
        const QString title = metrics.elidedText(m_options.title, Qt::ElideRight,
                                                 area.width() - metrics.horizontalAdvance(date) - 24);
        const QRectF head(area.left(), m_style.headerBaseline - ascent, area.width(), metrics.height());
        PdfTextLayer::drawLine(painter, head, Qt::AlignLeft, title);
        PdfTextLayer::drawLine(painter, head, Qt::AlignRight, date);
        const QRectF foot(area.left(), m_style.footerBaseline - ascent, area.width(), metrics.height());
        PdfTextLayer::drawLine(
            painter, foot, Qt::AlignRight,
            tr("Page %1 of %2")
                .arg(m_options.locale.toString(m_page + 1), m_options.locale.toString(m_pageCount)));
        painter.setPen(QPen(m_style.rule, 0.5));
        painter.drawLine(QPointF(area.left(), m_style.headerRule), QPointF(area.right(), m_style.headerRule));
        painter.drawLine(QPointF(area.left(), m_style.footerRule), QPointF(area.right(), m_style.footerRule));
        painter.restore();
    }

    std::shared_ptr<const Tagger> m_tagger;
    const PdfExportOptions &m_options;
    PdfStyle m_style;
    QPdfWriter &m_writer;
    int m_page = -1; // the page being drawn, from 0
    int m_pageCount = 0;
};

PdfExporter::PdfExporter(std::shared_ptr<const Tagger> tagger, PdfExportOptions options)
    : m_tagger(std::move(tagger))
    , m_options(std::move(options))
{}

PdfExporter::~PdfExporter() = default;

QString PdfExporter::cancelledMessage()
{
    return tr("The export was cancelled; no file was written.");
}

Result<QList<ExportArticle>> PdfExporter::load(const ArticleStore &store, const QList<qint64> &ids)
{
    using R = Result<QList<ExportArticle>>;
    if (ids.isEmpty())
        return R::failure(tr("There are no articles to export."));
    QList<ExportArticle> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        auto article = store.article(id);
        if (!article)
            return R::failure(article.error());
        const auto facets = store.articleFacets(id);
        if (!facets)
            return R::failure(facets.error());
        TagSet tags;
        for (const Facet &f : *facets)
            tags.values(f.kind).append(f.key);
        for (QStringList &keys : tags.keys)
            keys.sort();
        out.append({std::move(article.value()), tags});
    }
    return out;
}

Result<PdfExportReport> PdfExporter::write(const QList<ExportArticle> &articles, const QString &path,
                                           const Progress &progress) const
{
    using R = Result<PdfExportReport>;
    if (articles.isEmpty())
        return R::failure(tr("There are no articles to export."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));

    QElapsedTimer timer;
    timer.start();
    QPdfWriter writer(&file);
    writer.setResolution(PdfStyle::kResolution);
    writer.setTitle(m_options.title);
    writer.setCreator(QStringLiteral("Clearance"));
    Run run(*this, writer);
    const PdfStyle &style = run.style();
    writer.setPageLayout(QPageLayout(style.pageSize, QPageLayout::Portrait, QMarginsF()));

    const int n = static_cast<int>(articles.size());
    const int steps = 2 * n;
    const auto cancelled = [&](int done) {
        if (!progress || progress(done, steps))
            return false;
        file.cancelWriting();
        return true;
    };

    // Pass 1: where each article falls, and which organization kinds the pack highlights.
    Paginator paginator(style.text.height());
    QList<QList<Paginator::Slice>> slices;
    slices.reserve(n);
    QList<ArticleDocument::LegendEntry> legend;
    for (int i = 0; i < n; ++i) {
        if (cancelled(i))
            return R::failure(cancelledMessage());
        const Run::Laid laid = run.layOut(articles.at(i));
        if (m_options.pagePerArticle)
            paginator.breakPage();
        slices.append(paginator.place(*laid.document, laid.headingBlocks, style.articleGap));
        mergeLegend(legend, laid.legend);
    }
    const QStringList &order = HighlightPalette::kinds();
    std::stable_sort(legend.begin(), legend.end(), [&order](const auto &a, const auto &b) {
        return static_cast<size_t>(order.indexOf(a.kind)) < static_cast<size_t>(order.indexOf(b.kind));
    });
    qCDebug(lcExport) << "laid out" << n << "articles in" << timer.elapsed() << "ms";

    PdfContents contents(style, &writer);
    int contentsPages = 0;
    if (m_options.contents) {
        for (const ExportArticle &a : articles)
            contents.addEntry(a.article.title);
        contentsPages = contents.layout();
    }
    // Page numbers from 1: the title page, the contents, then the articles.
    const int firstArticlePage = 2 + contentsPages;
    QList<int> startPages;
    int lastPage = firstArticlePage - 1;
    for (const QList<Paginator::Slice> &s : std::as_const(slices)) {
        // An article with nothing to show starts where the one before ended.
        startPages.append(s.isEmpty() ? lastPage : firstArticlePage + s.first().page);
        if (!s.isEmpty())
            lastPage = firstArticlePage + s.last().page;
    }
    const int pageCount = 1 + contentsPages + paginator.pageCount();
    run.setPageCount(pageCount);

    // Pass 2: draw.
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return R::failure(
            tr("Cannot write %1: the PDF could not be started.").arg(QDir::toNativeSeparators(path)));
    }
    run.nextPage(painter);
    PdfTitlePage::draw(painter, style, m_options, n,
                       m_options.legend ? legend : QList<ArticleDocument::LegendEntry>(), &writer);
    for (int i = 0; i < contentsPages; ++i) {
        run.nextPage(painter);
        contents.drawPage(painter, i, startPages, m_options.locale);
    }
    for (int i = 0; i < n; ++i) {
        if (cancelled(n + i))
            return R::failure(cancelledMessage());
        const Run::Laid laid = run.layOut(articles.at(i));
        for (const Paginator::Slice &slice : slices.at(i)) {
            while (run.page() < firstArticlePage - 1 + slice.page)
                run.nextPage(painter);
            const bool separated = &slice == &slices.at(i).first() && slice.pageOffset > 0;
            run.drawSlice(painter, *laid.document, slice, separated);
        }
    }
    while (run.page() < pageCount - 1) // keeps the promised count even if the last article was empty
        run.nextPage(painter);
    if (!painter.end() || !file.commit())
        return R::failure(tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    qCDebug(lcExport) << "wrote" << pageCount << "pages in" << timer.elapsed() << "ms";
    return PdfExportReport{n, pageCount};
}

} // namespace Clearance
