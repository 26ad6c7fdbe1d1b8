#pragma once

#include "html/BodyBlock.h"

#include <QPalette>
#include <QString>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextListFormat>

namespace Clearance {

// How a block of an article's body looks, in the reading pane and in the PDF alike: headings larger
// and bold, preformatted text and code in a fixed-pitch font, quotes and lists indented by their
// nesting, bullets and numbers changing style with depth, links coloured and underlined.
class BodyBlockFormat final
{
public:
    // Spacing, heading level and indent; the caller sets the direction. `next` is the block after it,
    // if any: the items of a list and the rows of a table sit closer together than paragraphs.
    static QTextBlockFormat blockFormat(const BodyBlock &block, const BodyBlock *next);
    // The format every character of the block starts from.
    static QTextCharFormat charFormat(const BodyBlock &block);
    // The list a list item starts, when it is its list's first.
    static QTextListFormat listFormat(const BodyBlock &block);
    // Merged over the block's format for a run: what the run's elements add.
    static QTextCharFormat runFormat(const BodyBlock::Run &run, const QPalette &palette);
    // Merged again over a link once the highlights are on it: a mention inside a link keeps its
    // colours, and the link stays a link.
    static QTextCharFormat linkFormat(const QString &href);
    // Written between the cells of a table row (the body has a space there).
    static QString cellSeparator();
};

} // namespace Clearance
