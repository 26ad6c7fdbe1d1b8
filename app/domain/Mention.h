#pragma once

#include "FacetKind.h"

#include <QString>

namespace Clearance {

// A place in a text where the tagger found a taxonomy entry. Offsets are UTF-16 indices into the
// QString that was matched; the command line converts them to code points.
struct Mention
{
    FacetKind kind = FacetKind::Organization;
    QString id; // taxonomy id: "wco", "gt-sat", "ML", "francophone-africa", "pca"
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    friend bool operator==(const Mention &, const Mention &) = default;
};

} // namespace Clearance
