#pragma once

#include "BodyBlock.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Clearance {

// What each character of a paragraph came from, as HtmlBlockReader reads it: its formatting and its
// table cell, as a small number into a table of the few distinct styles an article has. From the
// styles of a paragraph's characters come the pieces and the runs of its block.
class CharStyleTable final
{
public:
    struct Style
    {
        bool bold = false;
        bool italic = false;
        bool code = false;
        QString href;
        int cell = 0;           // the table cell of the paragraph it is in, from 1; 0 outside cells
        bool separator = false; // the space the sanitizer writes after a cell

        friend bool operator==(const Style &, const Style &) = default;
    };

    int index(const Style &style);
    const Style &at(int index) const { return m_styles.at(index); }

    // Where the characters of `text` from `start`, whose styles are `styles`, are shown: the whole
    // paragraph, or, when they come from several cells of a table row, each cell without the spaces
    // between them, trimmed.
    QList<BodyBlock::Range> pieces(QStringView text, qsizetype start, const QList<int> &styles) const;
    // The stretches of those characters with some formatting, at their index in the text.
    QList<BodyBlock::Run> runs(qsizetype start, const QList<int> &styles) const;

private:
    QList<Style> m_styles;
};

} // namespace Clearance
