#pragma once

class QTextDocument;

namespace Clearance {

struct PdfStyle;

// Turns an article document made for the reading pane (ArticleDocument) into one for paper, leaving
// the highlights as they are: the window's own links (filter by an organization, a region...) and
// tooltips go, since a PDF reader cannot follow them; tag chips never break across lines and are
// set smaller; the metadata is set in a muted colour; body paragraphs get a print leading.
class PrintFormatting final
{
public:
    // `headingBlocks`: the leading blocks that are the article's header (title, metadata, chips).
    static void adapt(QTextDocument &document, int headingBlocks, const PdfStyle &style);
};

} // namespace Clearance
