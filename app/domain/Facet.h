#pragma once

#include "FacetKind.h"

#include <QString>

namespace Clearance {

// One tag value (a region, an initiative, an organization or a country) with the number of
// articles it would give under the current filter.
struct Facet
{
    FacetKind kind = FacetKind::Region;
    QString key;
    QString label;
    qint64 count = 0;

    friend bool operator==(const Facet &, const Facet &) = default;
};

} // namespace Clearance
