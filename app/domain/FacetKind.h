#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Clearance {

// The four kinds of tag an article carries. Values combine with OR within a kind and AND across
// kinds when filtering.
enum class FacetKind
{
    Region,
    Initiative,
    Organization,
    Country
};

inline constexpr std::array<FacetKind, 4> allFacetKinds{FacetKind::Region, FacetKind::Initiative,
                                                        FacetKind::Organization, FacetKind::Country};

// The name stored in the library file and used on the command line ("region", "initiative", ...).
QString facetKindName(FacetKind kind);
std::optional<FacetKind> facetKindFromName(QStringView name);

} // namespace Clearance
