#pragma once

#include <Qt>

namespace Clearance {

// The order of the article list the reader chose (a column and a direction). Newest first is the order
// the library keeps at hand (storage's NewestFirstIndex); the others are sorted on first use and kept
// (SortedIdCache).
struct ArticleSort
{
    enum class Key
    {
        Published,
        Title,
        Source,
    };

    Key key = Key::Published;
    Qt::SortOrder order = Qt::DescendingOrder;

    bool isNewestFirst() const { return key == Key::Published && order == Qt::DescendingOrder; }

    friend bool operator==(const ArticleSort &, const ArticleSort &) = default;
};

} // namespace Clearance
