#include "FacetKind.h"

namespace Clearance {

QString facetKindName(FacetKind kind)
{
    switch (kind) {
    case FacetKind::Region:
        return QStringLiteral("region");
    case FacetKind::Initiative:
        return QStringLiteral("initiative");
    case FacetKind::Organization:
        return QStringLiteral("organization");
    case FacetKind::Country:
        return QStringLiteral("country");
    }
    return {};
}

std::optional<FacetKind> facetKindFromName(QStringView name)
{
    for (FacetKind kind : allFacetKinds) {
        if (name == facetKindName(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace Clearance
