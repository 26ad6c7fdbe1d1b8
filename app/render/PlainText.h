#pragma once

#include "html/BodyBlock.h"

#include <QList>
#include <QStringView>

namespace Clearance {

// What the reading pane, the PDF and the list delegates read off plain text: its direction and its
// paragraphs. Apart from ArticleDocument, so that a delegate drawing a title need not know documents.
class PlainText final
{
public:
    // Right-to-left when the first strong character is (Arabic, Hebrew); `fallback` with none.
    static Qt::LayoutDirection direction(QStringView text, Qt::LayoutDirection fallback);
    // Where the paragraphs of a body lie (UTF-16 indices into it): separated by blank lines (lines of
    // whitespace only); trimmed, never empty.
    static QList<BodyBlock::Range> paragraphs(QStringView body);
};

} // namespace Clearance
