#pragma once

#include <QColor>
#include <QPalette>

namespace Clearance {

// Colours the widgets derive from the palette, so they stay readable on light and dark themes.

// `a` moved towards `b` by `amountOfB` (0: a, 1: b).
inline QColor mixColors(const QColor &a, const QColor &b, double amountOfB)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    const double k = 1.0 - amountOfB;
    return QColor::fromRgbF(static_cast<float>(x.redF() * k + y.redF() * amountOfB),
                            static_cast<float>(x.greenF() * k + y.greenF() * amountOfB),
                            static_cast<float>(x.blueF() * k + y.blueF() * amountOfB));
}

inline bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace Clearance
