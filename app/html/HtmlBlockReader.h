#pragma once

#include "BodyBlock.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Clearance {

// Reads an article's stored HTML (Article::html, HtmlSanitizer's output) into blocks laid over its
// plain text (Article::body), so the display can show the markup while the tagger's offsets, which
// count in the body, still fall on the right characters.
//
// The sanitizer wrote the body and the HTML in one pass; this walks the HTML with the same tokenizer
// and the same rules for white space, line breaks, paragraphs and cells, so it finds the body again,
// character for character, and knows which element each character came from. Only when that text is
// the body exactly are the blocks used: a library whose HTML and body no longer agree (an older
// version, an edited file, a later update of one field) gets nothing, and the caller shows the plain
// paragraphs instead of highlights in the wrong places.
//
// The HTML is never trusted: the database file may have been edited. Only the sanitizer's whitelist
// has an effect (a link only with an http, https or mailto href, checked again); scripts, styles,
// frames and the rest are dropped with their content, any other tag is ignored and its text kept. No
// attribute but a link's href is read, and nothing is loaded.
class HtmlBlockReader final
{
public:
    struct Result
    {
        QString text; // paragraphs separated by one blank line, as HtmlSanitizer writes a body
        QList<BodyBlock> blocks;
    };

    static Result read(QStringView html);

    // The blocks of `html` over `body`: when its text is `body`, or is `title`, a blank line and then
    // `body` (an imported web page keeps its headline in the HTML and drops it from the body), the
    // blocks with offsets into `body`; otherwise none.
    static std::optional<QList<BodyBlock>> blocksOver(QStringView html, QStringView body, QStringView title);
};

} // namespace Clearance
