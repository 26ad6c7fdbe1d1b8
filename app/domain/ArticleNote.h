#pragma once

#include <QFlags>

namespace Clearance {

// What the import noticed about an article and the reader should be told with it: that the source
// gave a headline and no text, or no headline, or more text than is kept, or a date in the future. Stored as
// a number (articles.notes) and put into words where the article is shown, in the reader's language.
enum class ArticleNote : quint8
{
    NoText = 0x1,        // the source gave a title and no text (a headline-only feed, an image-only item)
    TitleFromText = 0x2, // the source gave no title: it is the start of the text
    Truncated = 0x4,     // the text was longer than an article keeps (kMaxArticleText): cut there
    // The source dated it more than a day after its import: it has the import time instead, so that it
    // cannot stay at the top of a newest-first list.
    FutureDate = 0x8,
};
Q_DECLARE_FLAGS(ArticleNotes, ArticleNote)
Q_DECLARE_OPERATORS_FOR_FLAGS(ArticleNotes)

// The longest text an article keeps, in UTF-16 code units, whatever its format: the rest is dropped
// (ArticleNote::Truncated). No news article comes near it, and one giant item must not take the memory
// of an import or the time of the reading pane's layout.
inline constexpr qsizetype kMaxArticleText = qsizetype(2) * 1024 * 1024;
// The most of an article's source (its HTML, escaped or not, or its text) that is read, in UTF-16 code
// units: twice what it keeps, since sanitizing drops the markup. The rest is dropped as it is read
// (ArticleNote::Truncated), so that a 50 MB item takes no more memory than a 4 MB one.
inline constexpr qsizetype kMaxArticleSource = 2 * kMaxArticleText;

} // namespace Clearance
