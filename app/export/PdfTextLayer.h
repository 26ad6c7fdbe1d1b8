#pragma once

#include <QList>
#include <QTextLayout>

class QPainter;
class QRectF;
class QTextDocument;

namespace Clearance {

// Keeps the text layer of a PDF pack the article's own characters. Qt 6.4's PDF engine tells a reader
// which characters a glyph stands for through the font's character map alone, so a ligature glyph
// comes back as its presentation form: "ﬁnancial" (U+FB01) in a viewer's search, in copy and paste
// and in a screen reader. Text in Latin, Greek, Cyrillic and Armenian, where ligatures are only
// cosmetic, is therefore set without its optional ligatures (and keeps its kerning and its marks);
// every other script is shaped as before, Arabic above all, which needs its lam-alef ligatures to be
// written correctly. The reading pane keeps its ligatures: its text is the document's, not glyphs.
class PdfTextLayer final
{
public:
    // The runs of `text` to set without optional ligatures, each with the format that does so. Spaces,
    // digits, punctuation and combining marks belong to the script before them (at the start, after),
    // as Qt itemizes text, so no run is cut where shaping would not cut it.
    static QList<QTextLayout::FormatRange> formats(const QString &text);
    // formats() over every block of `document`, before it is laid out; a fragment with a letter spacing
    // of its own keeps it (a letter spacing already keeps letters apart).
    static void apply(QTextDocument &document);
    // QPainter::drawText(rect, alignment, text) for a single line, through formats(): the painter's
    // font, pen and layout direction.
    static void drawLine(QPainter &painter, const QRectF &rect, Qt::Alignment alignment, const QString &text);
};

} // namespace Clearance
