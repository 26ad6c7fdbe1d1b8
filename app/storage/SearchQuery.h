#pragma once

#include <QString>

namespace Clearance {

// Turns whatever a reader types into a search box into an FTS5 query that cannot fail to parse:
// every word is quoted, so quotes, apostrophes, AND/NEAR, parentheses, colons and stars in the
// input never reach FTS5 as syntax. Words are split exactly as the index splits them (FtsTokenizer):
// what the index never holds (an emoji, a flag, a lone accent) is no word. What is understood:
//   words            all must occur (accents and case ignored by the index)
//   "a phrase"       the words in this order (an unbalanced quote is ignored)
//   word*            prefix
//   -word            must not occur (ignored when nothing positive remains)
//   a OR b           either side (upper-case OR between two terms)
// Returns an empty string when the text holds no word: the caller then does not search.
class SearchQuery final
{
public:
    static QString toFts(const QString &userText);
};

} // namespace Clearance
