#pragma once

#include "PdfExportOptions.h"
#include "render/ArticleDocument.h"

#include <QCoreApplication>
#include <QList>

class QPainter;
class QPaintDevice;

namespace Clearance {

struct PdfStyle;

// The first page of a briefing pack: its title, the date of the export, the filter, the number of
// articles and, when asked for, the legend of the organization kinds the pack highlights, drawn in
// the same colours as the highlights themselves.
class PdfTitlePage final
{
    Q_DECLARE_TR_FUNCTIONS(PdfTitlePage)

public:
    static void draw(QPainter &painter, const PdfStyle &style, const PdfExportOptions &options,
                     int articleCount, const QList<ArticleDocument::LegendEntry> &legend,
                     QPaintDevice *device);
};

} // namespace Clearance
