#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace Clearance {

// What the reader shows of an HTML fragment: its text as plain paragraphs (Article::body, separated by
// a blank line) and a sanitized HTML subset (Article::html).
struct SanitizedHtml
{
    QString text;
    QString html; // empty when the input held no markup worth keeping
};

// Turns untrusted HTML from feeds and pages into something safe to display. Only a whitelist of tags
// survives (p, br, a with an http, https or mailto href, em, strong, b, i, ul, ol, li, blockquote,
// h1-h6, pre, code and basic tables), with no other attribute: no script, style, iframe, form, event
// handler, image or any other resource the view would load. The text of unknown tags is kept; the
// content of scripts, styles, frames, forms and embedded objects is dropped. The HTML has the breaks
// of the text and no other, which HtmlBlockReader relies on; for that it may hold <br><br> where the
// text ends a paragraph inside an element, a cell's end tag that closes nothing, or an <a> without
// href (see HtmlSanitizerPass.cpp).
class HtmlSanitizer final
{
public:
    enum class Mode
    {
        Fragment, // content of a feed item
        Page,     // the main text of a web page: navigation, headers, footers and asides go too
    };
    // Relative links are resolved against `base`; without one they are dropped.
    static SanitizedHtml sanitize(QStringView html, const QUrl &base = {}, Mode mode = Mode::Fragment);
    // Plain text given as such: character references decoded, lines of a paragraph joined,
    // paragraphs separated by one blank line.
    static QString plainParagraphs(QStringView text);
    // Content that may be HTML or plain text, the way feeds mix them: sanitized when it holds tags.
    static SanitizedHtml fromContent(QStringView content, const QUrl &base = {});
    // One line of text (a title) from content that may hold markup or references.
    static QString singleLine(QStringView content);
    static bool looksLikeHtml(QStringView text);
    // `href` resolved against `base` when it is safe to follow (http, https, mailto); else empty.
    static QString safeLink(const QString &href, const QUrl &base);
    // Appends `text` with &, <, > and " as character references: safe as HTML text or attribute value.
    static void appendEscaped(QString &out, QStringView text);
};

} // namespace Clearance
