#pragma once

#include "domain/ArticleFilter.h"

#include <QString>
#include <QVariantList>

namespace Clearance {

// A piece of SQL and the values bound to its placeholders, in order.
struct SqlFragment
{
    QString sql;
    QVariantList values;
};

// Translates an ArticleFilter into the WHERE conditions over `articles AS a`: facet values (OR
// within a kind, AND across kinds), the search text through FTS5, and the read/starred flags.
// Only placeholders carry user input.
class FacetQuery final
{
public:
    // "1" when the filter is empty, so it can always follow WHERE.
    static SqlFragment where(const ArticleFilter &filter);
};

} // namespace Clearance
