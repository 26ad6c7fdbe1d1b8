#include "Paginator.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace Clearance {

Paginator::Paginator(qreal pageHeight)
    : m_height(pageHeight)
{}

QList<Paginator::Line> Paginator::linesOf(const QTextDocument &document, int headingBlocks)
{
    QList<Line> lines;
    int blockIndex = 0;
    bool afterBodyHeading = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next(), ++blockIndex) {
        const QTextLayout *layout = block.layout();
        if (!layout)
            continue;
        const qreal top = layout->position().y();
        const int n = layout->lineCount();
        const bool heading = blockIndex < headingBlocks;
        const bool afterHeading = (blockIndex == headingBlocks && headingBlocks > 0) || afterBodyHeading;
        // A heading inside the article's text (the feed's <h2>): kept whole and with what follows.
        const bool bodyHeading = !heading && block.blockFormat().headingLevel() > 0;
        for (int i = 0; i < n; ++i) {
            const QTextLine line = layout->lineAt(i);
            Line l;
            l.top = top + line.y();
            l.bottom = l.top + line.height();
            if (lines.isEmpty())
                l.breakBefore = true; // the document itself may start on the next page
            else if (heading)
                l.breakBefore = false; // a heading stays with the heading above it
            else if (i == 0)
                l.breakBefore = !afterHeading; // nor is it left alone at the foot of a page
            else
                l.breakBefore = !bodyHeading && i >= kKeepLines && n - i >= kKeepLines;
            lines.append(l);
        }
        if (n > 0)
            afterBodyHeading = bodyHeading;
    }
    return lines;
}

QList<Paginator::Slice> Paginator::place(const QTextDocument &document, int headingBlocks, qreal gap)
{
    const QList<Line> lines = linesOf(document, headingBlocks);
    QList<Slice> slices;
    qsizetype i = 0;
    while (i < lines.size()) {
        const qreal start = m_y > 0 ? m_y + gap : 0;
        const qreal room = m_height - start;
        // The furthest allowed break whose band fits; failing that, on an empty page, the furthest
        // line that fits (or one line, however tall), so the export always moves on.
        qsizetype end = -1;
        qsizetype anyEnd = -1;
        for (qsizetype j = i + 1; j <= lines.size(); ++j) {
            if (lines.at(j - 1).bottom - lines.at(i).top > room)
                break;
            anyEnd = j;
            if (j == lines.size() || lines.at(j).breakBefore)
                end = j;
        }
        if (end < 0 && m_y > 0) {
            breakPage();
            continue;
        }
        if (end < 0)
            end = anyEnd > i ? anyEnd : i + 1;
        const Slice slice{m_page, lines.at(i).top, lines.at(end - 1).bottom, start};
        slices.append(slice);
        m_y = start + (slice.bottom - slice.top);
        i = end;
        if (i < lines.size())
            breakPage();
    }
    return slices;
}

void Paginator::breakPage()
{
    if (m_y > 0) {
        ++m_page;
        m_y = 0;
    }
}

} // namespace Clearance
