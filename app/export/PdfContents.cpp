#include "PdfContents.h"

#include "PdfStyle.h"
#include "PdfTextLayer.h"
#include "render/PlainText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace Clearance {

namespace {

constexpr qreal kNumberColumn = 34; // wide enough for "9999"
constexpr qreal kGutter = 14;       // between a title and the page-number column
constexpr qreal kEntrySpacing = 5;
constexpr qreal kLeaderPitch = 4.5; // dots sit on one grid, so the leaders of all entries line up

} // namespace

struct PdfContents::Entry
{
    QTextLayout layout;
    qreal top = 0;
    qreal height = 0;
    int page = 0;
};

PdfContents::PdfContents(const PdfStyle &style, const QPaintDevice *device)
    : m_style(style)
    , m_device(device)
{}

PdfContents::~PdfContents() = default;

void PdfContents::addEntry(const QString &title)
{
    auto entry = std::make_unique<Entry>();
    entry->layout.setText(title);
    entry->layout.setFont(QFont(m_style.body, m_device));
    entry->layout.setFormats(PdfTextLayer::formats(title));
    QTextOption option(Qt::AlignLeft | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::WordWrap);
    option.setTextDirection(PlainText::direction(title, Qt::LeftToRight));
    option.setUseDesignMetrics(true);
    entry->layout.setTextOption(option);
    m_entries.push_back(std::move(entry));
}

int PdfContents::layout()
{
    const QFontMetricsF heading(QFont(m_style.heading, m_device));
    m_headingHeight = heading.height() * 2;
    const qreal width = m_style.text.width() - kNumberColumn - kGutter;
    int page = 0;
    qreal y = m_headingHeight;
    for (const std::unique_ptr<Entry> &e : m_entries) {
        qreal height = 0;
        e->layout.beginLayout();
        for (QTextLine line = e->layout.createLine(); line.isValid(); line = e->layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        e->layout.endLayout();
        e->height = height;
        if (y > 0 && y + height > m_style.text.height()) {
            ++page;
            y = 0;
        }
        e->page = page;
        e->top = y;
        y += height + kEntrySpacing;
    }
    return page + 1;
}

void PdfContents::drawPage(QPainter &painter, int index, const QList<int> &startPages,
                           const QLocale &locale) const
{
    const QRectF &area = m_style.text;
    painter.save();
    painter.setPen(m_style.ink);
    if (index == 0) {
        painter.setFont(m_style.heading);
        PdfTextLayer::drawLine(painter, QRectF(area.left(), area.top(), area.width(), m_headingHeight),
                               Qt::AlignLeft, tr("Contents"));
    }
    painter.setFont(m_style.body);
    const QFontMetricsF metrics(painter.font());
    const QString dot = QStringLiteral(".");
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = *m_entries[i];
        if (e.page != index)
            continue;
        const QPointF origin(area.left(), area.top() + e.top);
        painter.setPen(m_style.ink);
        e.layout.draw(&painter, origin);
        const QTextLine last = e.layout.lineAt(e.layout.lineCount() - 1);
        const qreal baseline = origin.y() + last.y() + last.ascent();
        const QString number =
            qsizetype(i) < startPages.size() ? locale.toString(startPages.at(qsizetype(i))) : QString();
        const qreal numberWidth = metrics.horizontalAdvance(number);
        const qreal numberLeft = area.right() - numberWidth;
        painter.drawText(QPointF(numberLeft, baseline), number);

        // Leaders from the end of the title's last line to just before the number.
        painter.setPen(m_style.muted);
        const qreal from = origin.x() + last.naturalTextRect().right() + metrics.horizontalAdvance(dot) * 1.5;
        const qreal to = numberLeft - metrics.horizontalAdvance(dot) * 1.5;
        for (qreal x = std::ceil(from / kLeaderPitch) * kLeaderPitch;
             x + metrics.horizontalAdvance(dot) <= to; x += kLeaderPitch)
            painter.drawText(QPointF(x, baseline), dot);
    }
    painter.restore();
}

} // namespace Clearance
