#pragma once

#include "HtmlSanitizer.h"
#include "HtmlTokenizer.h"

#include <QString>
#include <QStringView>
#include <QUrl>
#include <QVarLengthArray>

namespace Clearance {

// One pass of HtmlSanitizer over a fragment: the plain text and the sanitized HTML written side by
// side. Text goes straight into the paragraph being written and the HTML, and elements are told apart
// by HtmlElement: no string is built per token. HtmlBlockReader mirrors it step by step.
class HtmlSanitizerPass final
{
public:
    HtmlSanitizerPass(const QUrl &base, HtmlSanitizer::Mode mode);
    Q_DISABLE_COPY_MOVE(HtmlSanitizerPass)

    SanitizedHtml run(QStringView input);

private:
    using Element = HtmlElement;

    bool isDropped(Element e) const;
    bool isOpen(Element e) const { return m_open.contains(e); }
    void start(const HtmlToken &token);
    void end(Element e);
    void autoClose(Element e);
    void closeImplied();
    void closeTop();
    bool flushPendingSpace(); // whether it wrote a space
    void settleSpace();
    void ensureParagraph(bool paragraphBegun);
    void beginText(bool paragraphBegun);
    void closeImplicitParagraph();
    void text(QStringView chunk);
    void lineBreak();
    bool cellBreak(); // whether it separated words
    void flushParagraph();
    void appendParagraph(QStringView paragraph);

    QUrl m_base;
    bool m_page;
    // The dropped element we are inside, and how many times it nests in itself there (0: none).
    Element m_dropped = Element::Unknown;
    int m_dropDepth = 0;
    QVarLengthArray<Element, 32> m_open; // the kept elements open in the output, innermost last
    int m_pre = 0;
    bool m_pendingSpace = false;   // white space seen since the last character written
    qsizetype m_spaceEnd = -1;     // where the last space written for pending white space ends in m_html
    bool m_spaceUnsettled = false; // that space is before no element in the HTML: see settleSpace()
    qsizetype m_separatorEnd = -1; // where the start tag of the last cell that separated words ends
    bool m_markup = false;         // anything beyond plain paragraphs was kept
    // Whether the text ended a paragraph since text last went into the HTML, and how many block tags
    // (or double line breaks) the HTML has had since it did: with none, the HTML owes it the break.
    bool m_paragraphEnded = false;
    int m_blockTags = 0;
    QString m_html;
    QString m_current; // the paragraph being written
    QString m_text;    // the paragraphs written; null while there are none
};

} // namespace Clearance
