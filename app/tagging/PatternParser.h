#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Clearance {

// One way a pattern of administrations.json can read: folded words and the {country} / {demonym}
// slots, with the span highlighted as the mention.
struct PatternPath
{
    enum class Slot
    {
        None,
        Country,
        Demonym
    };
    struct Element
    {
        Slot slot = Slot::None;
        QString word; // folded, when slot is None
    };
    QList<Element> elements;
    int markFrom = -1; // element indices of "<...>"; -1: the whole match
    int markTo = -1;
    int slotIndex = -1; // the element that names the country
};

// Parses "Direction générale des douanes (du|de la|) {country}" into its paths, one per
// combination of alternatives ("(a|b|)": a, b or nothing).
class PatternParser final
{
public:
    static QList<PatternPath> paths(const QString &pattern);
};

} // namespace Clearance
