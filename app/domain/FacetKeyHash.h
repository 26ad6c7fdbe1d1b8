#pragma once

#include <QStringView>

#include <cstddef>

namespace Clearance {

// A hash for the maps keyed by facet keys ("lldc", "wco", "ML"): an import looks a dozen of them up per
// article, and for such short keys a plain FNV-1a costs far less than QHash's seeded hash of a
// QString (which was 7% of the time of the thread that stores an import). The keys come from the
// taxonomy and the reader's own tags, so there is no one to flood the table with colliding keys.
struct FacetKeyHash
{
    size_t operator()(QStringView key) const noexcept
    {
        quint64 h = 0xCBF29CE484222325ull;
        for (QChar c : key)
            h = (h ^ c.unicode()) * 0x100000001B3ull;
        return static_cast<size_t>(h);
    }
};

} // namespace Clearance
