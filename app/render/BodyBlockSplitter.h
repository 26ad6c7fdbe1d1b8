#pragma once

#include "html/BodyBlock.h"

#include <QList>
#include <QStringView>

namespace Clearance {

// Cuts a block whose text is very long into blocks of at most kMaxLength characters, at the end of
// a line or a sentence if one lies in the second half of the stretch, else at a space, else anywhere but
// inside a surrogate pair. Qt lays a block out as one piece and a PDF page break inside a block lays
// it out again from its start, so a paragraph of two million characters took minutes in the reading
// pane and in the PDF; cut, it takes what its pages take. No news paragraph comes near the limit.
// Only blocks of one piece are cut (a table row's cells keep their row); runs are cut with their
// block, and the first part keeps the block's list bullet.
class BodyBlockSplitter final
{
public:
    static constexpr qsizetype kMaxLength = 10000;

    // `text` is what the blocks' offsets index.
    static QList<BodyBlock> split(QList<BodyBlock> blocks, QStringView text,
                                  qsizetype maxLength = kMaxLength);

    // Where to end a part of text[start, start + maxLength): an index into text past start.
    static qsizetype cutPoint(QStringView text, qsizetype start, qsizetype maxLength);
};

} // namespace Clearance
