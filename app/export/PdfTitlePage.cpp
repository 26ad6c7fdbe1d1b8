#include "PdfTitlePage.h"

#include "PdfStyle.h"
#include "PdfTextLayer.h"
#include "render/PlainText.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace Clearance {

namespace {

void drawDocument(QPainter &painter, QTextDocument &document, const QPointF &at, const PdfStyle &style)
{
    painter.save();
    painter.translate(at);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = style.palette;
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

void prepare(QTextDocument &document, const PdfStyle &style, QPaintDevice *device)
{
    document.documentLayout()->setPaintDevice(device);
    document.setUseDesignMetrics(true);
    document.setDocumentMargin(0);
    document.setDefaultFont(style.body);
    document.setTextWidth(style.text.width());
}

QTextCharFormat chars(const QFont &font, const QColor &color)
{
    QTextCharFormat f;
    f.setFont(font);
    f.setForeground(color);
    return f;
}

} // namespace

void PdfTitlePage::draw(QPainter &painter, const PdfStyle &style, const PdfExportOptions &options,
                        int articleCount, const QList<ArticleDocument::LegendEntry> &legend,
                        QPaintDevice *device)
{
    const Qt::LayoutDirection direction = options.locale.textDirection();
    QTextDocument front;
    prepare(front, style, device);
    QTextCursor cursor(&front);

    QTextBlockFormat block;
    block.setLayoutDirection(direction);
    block.setBottomMargin(10);
    cursor.setBlockFormat(block);
    QFont kicker = style.small;
    kicker.setPointSizeF(8.5);
    kicker.setWeight(QFont::DemiBold);
    kicker.setCapitalization(QFont::AllUppercase);
    kicker.setLetterSpacing(QFont::AbsoluteSpacing, 1.2);
    cursor.insertText(tr("Briefing pack"), chars(kicker, style.accent));

    QTextBlockFormat titleBlock = block;
    titleBlock.setLayoutDirection(PlainText::direction(options.title, direction));
    titleBlock.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    titleBlock.setBottomMargin(28);
    cursor.insertBlock(titleBlock);
    cursor.insertText(options.title, chars(style.title, style.ink));

    QFont label = style.body;
    label.setPointSizeF(8);
    label.setCapitalization(QFont::AllUppercase);
    label.setLetterSpacing(QFont::AbsoluteSpacing, 0.6);
    QFont value = style.body;
    value.setPointSizeF(11);
    const auto fact = [&](const QString &name, const QString &text) {
        QTextBlockFormat b = block;
        b.setBottomMargin(1);
        b.setTopMargin(10);
        cursor.insertBlock(b);
        cursor.insertText(name, chars(label, style.muted));
        QTextBlockFormat v = block;
        v.setBottomMargin(0);
        v.setLayoutDirection(PlainText::direction(text, direction));
        cursor.insertBlock(v);
        cursor.insertText(text, chars(value, style.ink));
    };
    fact(tr("Exported"), options.locale.toString(options.exportedAt.date(), QLocale::LongFormat));
    if (!options.filterDescription.isEmpty())
        fact(tr("Filter"), options.filterDescription);
    fact(tr("Articles"), tr("%Ln article(s)", "", articleCount));

    PdfTextLayer::apply(front);
    const qreal top = style.text.top() + style.text.height() * 0.22;
    painter.save();
    // The accent bar stands over the start of the kicker: on the right in a right-to-left pack.
    constexpr qreal barWidth = 42;
    const qreal barLeft = direction == Qt::RightToLeft ? style.text.right() - barWidth : style.text.left();
    painter.fillRect(QRectF(barLeft, top - 26, barWidth, 3.5), style.accent);
    painter.restore();
    drawDocument(painter, front, QPointF(style.text.left(), top), style);

    if (legend.isEmpty())
        return;
    QTextDocument key;
    prepare(key, style, device);
    QTextCursor k(&key);
    QTextBlockFormat keyBlock = block;
    keyBlock.setBottomMargin(6);
    k.setBlockFormat(keyBlock);
    k.insertText(tr("Organizations are highlighted by kind"), chars(label, style.muted));
    for (const ArticleDocument::LegendEntry &entry : legend) {
        QTextBlockFormat b = block;
        b.setBottomMargin(4);
        k.insertBlock(b);
        QTextCharFormat chip = chars(style.body, entry.colors.foreground);
        chip.setBackground(entry.colors.background);
        const QChar nbsp(0x00a0);
        k.insertText(nbsp + entry.name + nbsp, chip);
    }
    PdfTextLayer::apply(key);
    const qreal keyHeight = key.documentLayout()->documentSize().height();
    painter.save();
    painter.setPen(QPen(style.rule, 0.5));
    const qreal keyTop = style.text.bottom() - keyHeight;
    painter.drawLine(QPointF(style.text.left(), keyTop - 14), QPointF(style.text.right(), keyTop - 14));
    painter.restore();
    drawDocument(painter, key, QPointF(style.text.left(), keyTop), style);
}

} // namespace Clearance
