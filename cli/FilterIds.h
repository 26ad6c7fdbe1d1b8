#pragma once

#include "domain/FacetKind.h"

#include <QStringList>

#include <optional>

namespace Clearance {

// The ids a FILTER option may take: the taxonomy's, and those the library has tags for (an
// administration found by a pattern, "customs-ml", is in no list; an id a later taxonomy dropped
// still tags old articles). Matched without regard to case, with the close ones offered when a value
// matches none.
class FilterIds final
{
public:
    // `libraryKeys`: the library's keys of the kind (ArticleStore::facetKeys).
    FilterIds(FacetKind kind, const QStringList &libraryKeys);

    // The id for `value` (any case), or nullopt. The library's keys are looked at first: the
    // taxonomy is loaded only for a value they lack.
    std::optional<QString> resolve(const QString &value);
    // Up to five ids that start like `value` or are a few edits from it, closest first.
    QStringList closeMatches(const QString &value);

private:
    void addTaxonomy();

    FacetKind m_kind;
    QStringList m_ids; // the library's keys, then the taxonomy's once loaded
    bool m_withTaxonomy = false;
};

} // namespace Clearance
