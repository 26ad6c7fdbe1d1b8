#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace Clearance {

// The colours the reading pane and the PDF export give organization mentions and search hits, for a
// light or a dark palette. Each organization kind has its own background and text colour; the kinds
// fall into five hue families so the legend stays legible (blue: international bodies, green:
// regional communities, amber: national administrations, purple: training, rose: business and civil
// society). Every pair keeps a WCAG contrast of at least 4.5:1.
class HighlightPalette final
{
    Q_DECLARE_TR_FUNCTIONS(HighlightPalette)

public:
    struct Colors
    {
        QColor background;
        QColor foreground;

        friend bool operator==(const Colors &, const Colors &) = default;
    };

    // Light or dark by the lightness of the palette's window colour.
    explicit HighlightPalette(const QPalette &palette = QPalette());

    static bool isDark(const QPalette &palette);
    bool isDark() const { return m_dark; }

    // The colours of an organization kind ("intergovernmental", "ngo", ...); an unknown kind gets a
    // neutral grey.
    Colors organization(const QString &kind) const;
    // A search hit outside any mention.
    Colors searchHit() const;
    // What marks a search hit inside a mention (an underline of this colour): its background stays the
    // mention's, so the kind remains readable.
    QColor searchHitAccent() const;

    // Every kind the taxonomy uses, in legend order (grouped by family).
    static const QStringList &kinds();
    // The translated name of a kind, for the legend and tooltips.
    static QString kindName(const QString &kind);

    // WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
    static double relativeLuminance(const QColor &color);
    static double contrastRatio(const QColor &a, const QColor &b);
    static constexpr double kMinimumContrast = 4.5;

private:
    bool m_dark = false;
};

} // namespace Clearance
