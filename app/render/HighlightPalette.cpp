#include "HighlightPalette.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Clearance {

namespace {

struct KindColors
{
    const char16_t *kind;
    QRgb lightBackground;
    QRgb lightForeground;
    QRgb darkBackground;
    QRgb darkForeground;
};

// Light palettes: pale tints under near-black text of the same hue. Dark palettes: deep tints under
// near-white text. Ordered by family: this is the legend's order.
constexpr KindColors kKinds[] = {
    // International bodies: blues.
    {u"intergovernmental", 0xffcfe1ff, 0xff0a2a5e, 0xff1e3a6b, 0xffdce8ff},
    {u"un_agency", 0xffc7ecfa, 0xff053a4d, 0xff0e4a5e, 0xffd3f3ff},
    {u"multilateral_initiative", 0xffdad7ff, 0xff24195c, 0xff322a72, 0xffe4e0ff},
    // Regional communities: green.
    {u"regional_economic_community", 0xffcdefd2, 0xff0d3b17, 0xff1c4d29, 0xffd6f5dc},
    // National administrations: ambers.
    {u"national_customs_administration", 0xffffe0a8, 0xff4a2c00, 0xff5c3f06, 0xffffe9c2},
    {u"tax_administration", 0xffffd0ba, 0xff4e1e05, 0xff6b2c12, 0xffffe0d2},
    {u"government_agency", 0xffeaddc9, 0xff3b2a14, 0xff4d3d27, 0xfff3e6d2},
    // Training: purple.
    {u"academy_training", 0xffebd4f7, 0xff3d1255, 0xff4e2368, 0xfff1dffa},
    // Business and civil society: roses.
    {u"private_sector_association", 0xffffd3df, 0xff5a0f27, 0xff6b1f38, 0xffffdde6},
    {u"ngo", 0xfff8cdee, 0xff561049, 0xff62195a, 0xfffbddf4},
};

constexpr KindColors kOther = {u"", 0xffe3e3e3, 0xff222222, 0xff3f3f3f, 0xffeeeeee};
constexpr KindColors kSearchHit = {u"", 0xfffff066, 0xff1f1a00, 0xff665800, 0xfffffbd6};
constexpr QRgb kLightAccent = 0xffb35c00;
constexpr QRgb kDarkAccent = 0xffffd54a;

const KindColors &colorsOf(const QString &kind)
{
    for (const KindColors &k : kKinds) {
        if (kind == QStringView(k.kind))
            return k;
    }
    return kOther;
}

// The pair as designed, unless a change of the table broke the contrast: then black or white text,
// whichever reads better.
HighlightPalette::Colors readable(QRgb background, QRgb foreground)
{
    HighlightPalette::Colors colors{QColor::fromRgb(background), QColor::fromRgb(foreground)};
    if (HighlightPalette::contrastRatio(colors.background, colors.foreground) <
        HighlightPalette::kMinimumContrast) {
        const QColor black(Qt::black);
        const QColor white(Qt::white);
        colors.foreground = HighlightPalette::contrastRatio(colors.background, black) >=
                                    HighlightPalette::contrastRatio(colors.background, white)
                                ? black
                                : white;
    }
    return colors;
}

HighlightPalette::Colors pick(const KindColors &k, bool dark)
{
    return dark ? readable(k.darkBackground, k.darkForeground)
                : readable(k.lightBackground, k.lightForeground);
}

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

HighlightPalette::HighlightPalette(const QPalette &palette)
    : m_dark(isDark(palette))
{}

bool HighlightPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightnessF() < 0.5;
}

HighlightPalette::Colors HighlightPalette::organization(const QString &kind) const
{
    return pick(colorsOf(kind), m_dark);
}

HighlightPalette::Colors HighlightPalette::searchHit() const
{
    return pick(kSearchHit, m_dark);
}

QColor HighlightPalette::searchHitAccent() const
{
    return QColor::fromRgb(m_dark ? kDarkAccent : kLightAccent);
}

const QStringList &HighlightPalette::kinds()
{
    static const QStringList list = [] {
        QStringList out;
        for (const KindColors &k : kKinds)
            out.append(QString::fromUtf16(k.kind));
        return out;
    }();
    return list;
}

QString HighlightPalette::kindName(const QString &kind)
{
    // One literal per kind, so lupdate finds each.
    static const QHash<QString, QString (*)()> names = {
        {QStringLiteral("intergovernmental"), [] { return tr("Intergovernmental organization"); }},
        {QStringLiteral("un_agency"), [] { return tr("UN agency"); }},
        {QStringLiteral("multilateral_initiative"), [] { return tr("Multilateral initiative"); }},
        {QStringLiteral("regional_economic_community"), [] { return tr("Regional economic community"); }},
        {QStringLiteral("national_customs_administration"),
         [] { return tr("National customs administration"); }},
        {QStringLiteral("tax_administration"), [] { return tr("Tax administration"); }},
        {QStringLiteral("government_agency"), [] { return tr("Government agency"); }},
        {QStringLiteral("academy_training"), [] { return tr("Training academy"); }},
        {QStringLiteral("private_sector_association"), [] { return tr("Private-sector association"); }},
        {QStringLiteral("ngo"), [] { return tr("Non-governmental organization"); }},
    };
    const auto it = names.constFind(kind);
    return it != names.cend() ? (*it)() : tr("Other organization");
}

double HighlightPalette::relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double HighlightPalette::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Clearance
