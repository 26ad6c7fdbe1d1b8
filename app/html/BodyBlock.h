#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace Clearance {

// One block of an article's body as the reading pane and the PDF show it. Its offsets index a text the
// block does not hold: the body as HtmlBlockReader reads it, Tagger::textOf(article) once
// ArticleDocument has moved them there, so a mention's offsets fall on the characters shown.
struct BodyBlock
{
    enum class Kind
    {
        Paragraph,
        Heading,
        Preformatted,
    };

    // A stretch of the text, by UTF-16 index.
    struct Range
    {
        qsizetype start = 0;
        qsizetype length = 0;

        qsizetype end() const { return start + length; }
        friend bool operator==(const Range &, const Range &) = default;
    };

    // A stretch with formatting of its own.
    struct Run
    {
        Range range;
        bool bold = false;
        bool italic = false;
        bool code = false;
        QString href; // a link to follow (http, https, mailto), or empty

        friend bool operator==(const Run &, const Run &) = default;
    };

    Kind kind = Kind::Paragraph;
    int headingLevel = 0;  // Heading: 1 to 6
    int quoteDepth = 0;    // blockquotes around it
    int listDepth = 0;     // lists around it; a list item's own list counts
    bool listItem = false; // the first block of a list item: it carries the bullet or number
    int list = -1;         // listItem: which list, numbered from 0 in the order they appear
    bool ordered = false;  // listItem: its list is numbered
    QList<Range> pieces;   // the text shown, in order: one, or one per cell of a table row
    QList<Run> runs;       // in order; only stretches with some formatting

    friend bool operator==(const BodyBlock &, const BodyBlock &) = default;
};

} // namespace Clearance
