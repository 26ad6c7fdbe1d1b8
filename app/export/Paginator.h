#pragma once

#include <QList>
#include <QtGlobal>

class QTextDocument;

namespace Clearance {

// Cuts laid-out documents into page-high slices, one document after another, breaking only between
// lines. It keeps headings with what follows (a heading never ends a page: neither the article's
// header nor a block of its text with a heading level) and leaves at least two lines of a paragraph
// on each side of a break; when a page cannot hold that much it breaks where it must rather than
// leave a page empty.
class Paginator final
{
public:
    // A horizontal band of a document and where it goes.
    struct Slice
    {
        int page = 0;         // from 0, in the order the paginator filled them
        qreal top = 0;        // in document coordinates
        qreal bottom = 0;     // exclusive
        qreal pageOffset = 0; // distance from the top of the page's text area
    };

    explicit Paginator(qreal pageHeight);
    Q_DISABLE_COPY_MOVE(Paginator)

    // Places `document` (already laid out at its text width) after what was placed before, `gap`
    // below it unless it starts a page. Its first `headingBlocks` blocks are headings.
    QList<Slice> place(const QTextDocument &document, int headingBlocks, qreal gap);
    // The next document starts on a new page.
    void breakPage();
    // Pages filled so far.
    int pageCount() const { return m_y > 0 ? m_page + 1 : m_page; }

    // The minimum number of a paragraph's lines kept together at a break (widows and orphans).
    static constexpr int kKeepLines = 2;

private:
    struct Line
    {
        qreal top = 0;
        qreal bottom = 0;
        bool breakBefore = false; // a page may end just above this line
    };
    static QList<Line> linesOf(const QTextDocument &document, int headingBlocks);

    qreal m_height;
    int m_page = 0;
    qreal m_y = 0; // used height of the current page
};

} // namespace Clearance
