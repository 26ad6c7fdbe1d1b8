#include "PdfStyle.h"

namespace Clearance {

namespace {

QFont font(qreal points, QFont::Weight weight = QFont::Normal)
{
    // DejaVu Sans covers Latin, Greek, Cyrillic, Arabic and Hebrew in one design; other scripts
    // (Chinese) fall back through fontconfig to a font that has them.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setWeight(weight);
    return f;
}

} // namespace

PdfStyle::PdfStyle(PdfExportOptions::Paper paper)
    : pageSize(paper == PdfExportOptions::Paper::Letter ? QPageSize::Letter : QPageSize::A4)
    , page(pageSize.size(QPageSize::Point))
    , body(font(9.75))
    , small(font(7.5))
    , heading(font(18, QFont::Bold))
    , title(font(26, QFont::Bold))
    , ink(0x1a, 0x1a, 0x1a)
    , muted(0x5f, 0x63, 0x68)
    , rule(0xb8, 0xbc, 0xc2)
    , accent(0x0a, 0x4a, 0x8f)
{
    // A measure of about 75 characters, a wider foot than head (the eye's centre of the page sits
    // above the geometric one).
    const qreal side = page.width() > 600 ? 82 : 76;
    const qreal top = 78;
    const qreal bottom = 80;
    text = QRectF(side, top, page.width() - 2 * side, page.height() - top - bottom);
    headerBaseline = 44;
    headerRule = 52;
    footerRule = page.height() - 54;
    footerBaseline = page.height() - 40;

    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, ink);
    palette.setColor(QPalette::WindowText, ink);
    palette.setColor(QPalette::Link, accent);
}

} // namespace Clearance
