#include "ArticleFilter.h"

#include <algorithm>

namespace Clearance {

bool ArticleFilter::isEmpty() const
{
    return std::all_of(facets.begin(), facets.end(), [](const QStringList &v) { return v.isEmpty(); })
           && search.trimmed().isEmpty() && !unreadOnly && !starredOnly;
}

ArticleFilter ArticleFilter::without(FacetKind kind) const
{
    ArticleFilter copy = *this;
    copy.values(kind).clear();
    return copy;
}

} // namespace Clearance
