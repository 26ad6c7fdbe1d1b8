#pragma once

#include "PdfExportOptions.h"

#include <QColor>
#include <QFont>
#include <QPageSize>
#include <QPalette>
#include <QRectF>

namespace Clearance {

// The look of a briefing pack, in points (the PDF is written at 72 dots per inch, so one device unit
// is one point): page geometry, fonts and colours. One place, so the title page, the contents, the
// articles and the running header and footer agree.
struct PdfStyle
{
    explicit PdfStyle(PdfExportOptions::Paper paper);

    static constexpr int kResolution = 72;

    QPageSize pageSize;
    QSizeF page; // the whole sheet
    QRectF text; // the text area of every page (the running header and footer lie outside it)
    qreal headerBaseline = 0;
    qreal headerRule = 0;
    qreal footerRule = 0;
    qreal footerBaseline = 0;
    qreal articleGap = 30; // between two articles that share a page

    QFont body;
    QFont small;   // running header and footer, metadata
    QFont heading; // "Contents"
    QFont title;   // the pack's title on its first page

    QColor ink;   // body text
    QColor muted; // header, footer, labels
    QColor rule;  // hairlines
    QColor accent;
    QPalette palette; // light, as the reading pane on a light desktop: the highlight colours follow it
};

} // namespace Clearance
