#pragma once

#include "html/HtmlSanitizer.h"

#include <QString>
#include <QUrl>

namespace Clearance {

// The content of one element of an XML feed as XmlFeedReader reads it: its text, and the same as
// markup when it holds elements (inline XHTML), with the attributes that say how to take it.
struct XmlFeedContent
{
    QString text;
    QString markup;
    bool hasElements = false;
    bool truncated = false; // longer than kMaxArticleSource: the rest was dropped
    QUrl base;
    QString language;
    QString type; // Atom's type (or Atom 0.3's mode), lower case

    // As sanitized HTML, whatever form it came in (escaped HTML, inline XHTML, plain text).
    SanitizedHtml asHtml() const;
    // As one line of plain text (a title).
    QString asLine() const;
};

} // namespace Clearance
