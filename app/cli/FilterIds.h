#pragma once

#include "domain/FacetKind.h"

#include <QStringList>

#include <optional>

namespace Clearance {

// The ids a FILTER option may take, from the taxonomy: matched without regard to case, and the
// close ones offered when a value matches none.
class FilterIds final
{
public:
    // The taxonomy's id for `value` (any case), or nullopt.
    static std::optional<QString> resolve(FacetKind kind, const QString &value);
    // Up to five ids that start like `value` or are a few edits from it, closest first.
    static QStringList closeMatches(FacetKind kind, const QString &value);

private:
    static QStringList ids(FacetKind kind);
};

} // namespace Clearance
