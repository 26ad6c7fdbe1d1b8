#include "PdfTextLayer.h"

#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace Clearance {

namespace {

enum class Ligatures
{
    Undecided, // Common and Inherited: the script around decides
    Cosmetic,
    Kept,
};

Ligatures ligaturesOf(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Common:
    case QChar::Script_Inherited:
        return Ligatures::Undecided;
    // The scripts whose ligatures have presentation forms a reader would get back (U+FB00-U+FB06 for
    // Latin, U+FB13-U+FB17 for Armenian) and that read correctly without them.
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
    case QChar::Script_Armenian:
        return Ligatures::Cosmetic;
    default:
        return Ligatures::Kept;
    }
}

// Qt 6.4 has no way to switch one OpenType feature off (QFont::setFeature is 6.6). It does drop the
// optional ligatures (liga, clig, dlig, hlig; never the required ones) of a text with a letter spacing,
// as CSS asks, and an explicit spacing of 100% is one that moves no glyph. QFont::PreferNoShaping,
// the other way 6.4 offers, also drops kerning and mark positioning, and Arabic shaping with them.
QTextCharFormat withoutLigatures()
{
    QTextCharFormat format;
    format.setFontLetterSpacingType(QFont::PercentageSpacing);
    format.setFontLetterSpacing(100);
    return format;
}

// A letter spacing that moves glyphs keeps Qt from ligating already, and is the format's to keep. A
// format made from a whole QFont (QTextCharFormat::setFont) carries a spacing of 0, which is none.
bool spacesLetters(const QTextCharFormat &format)
{
    if (!format.hasProperty(QTextFormat::FontLetterSpacing))
        return false;
    const qreal spacing = format.fontLetterSpacing();
    if (format.fontLetterSpacingType() == QFont::AbsoluteSpacing)
        return spacing != 0;
    return spacing != 0 && spacing != 100;
}

} // namespace

QList<QTextLayout::FormatRange> PdfTextLayer::formats(const QString &text)
{
    QList<QTextLayout::FormatRange> ranges;
    const QTextCharFormat format = withoutLigatures();
    Ligatures current = Ligatures::Undecided;
    qsizetype runStart = 0;
    const auto close = [&](qsizetype end) {
        if (current == Ligatures::Cosmetic && end > runStart)
            ranges.append({static_cast<int>(runStart), static_cast<int>(end - runStart), format});
    };
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const Ligatures kind = ligaturesOf(c);
        if (kind != Ligatures::Undecided && kind != current) {
            if (current != Ligatures::Undecided) {
                close(i);
                runStart = i;
            }
            current = kind;
        }
        i += width;
    }
    close(text.size());
    return ranges;
}

void PdfTextLayer::apply(QTextDocument &document)
{
    struct Span
    {
        int from;
        int to;
    };
    QList<Span> spans;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QList<QTextLayout::FormatRange> ranges = formats(block.text());
        if (ranges.isEmpty())
            continue;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (spacesLetters(fragment.charFormat()))
                continue;
            const int start = fragment.position() - block.position();
            const int end = start + fragment.length();
            for (const QTextLayout::FormatRange &range : ranges) {
                const int from = block.position() + std::max(start, range.start);
                const int to = block.position() + std::min(end, range.start + range.length);
                if (from >= to)
                    continue;
                if (!spans.isEmpty() && spans.last().to == from)
                    spans.last().to = to; // one merge over neighbouring fragments
                else
                    spans.append({from, to});
            }
        }
    }
    if (spans.isEmpty())
        return;
    const QTextCharFormat format = withoutLigatures();
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (const Span &span : std::as_const(spans)) {
        cursor.setPosition(span.from);
        cursor.setPosition(span.to, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
    cursor.endEditBlock();
}

void PdfTextLayer::drawLine(QPainter &painter, const QRectF &rect, Qt::Alignment alignment,
                            const QString &text)
{
    // QPainter::drawText mirrors a left or right alignment in a right-to-left layout; QTextLayout takes
    // alignments as visual ones.
    if (painter.layoutDirection() == Qt::RightToLeft && !(alignment & Qt::AlignAbsolute) &&
        (alignment & (Qt::AlignLeft | Qt::AlignRight)))
        alignment ^= Qt::AlignLeft | Qt::AlignRight;
    QTextLayout layout(text, painter.font(), painter.device());
    QTextOption option(alignment);
    option.setTextDirection(painter.layoutDirection());
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.setFormats(formats(text));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(rect.width());
    layout.endLayout();
    layout.draw(&painter, rect.topLeft());
}

} // namespace Clearance
