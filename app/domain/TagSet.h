#pragma once

#include "FacetKind.h"

#include <QStringList>

#include <array>

namespace Clearance {

// The tags of one article, by kind, each list sorted and without duplicates.
struct TagSet
{
    std::array<QStringList, 4> keys;

    QStringList &values(FacetKind kind) { return keys[static_cast<size_t>(kind)]; }
    const QStringList &values(FacetKind kind) const { return keys[static_cast<size_t>(kind)]; }

    friend bool operator==(const TagSet &, const TagSet &) = default;
};

} // namespace Clearance
