#pragma once

#include "ArticleReader.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QIODevice>

#include <memory>

namespace Clearance {

// Makes the ArticleReader for a file: sniffs what it holds (not its name) and picks the reader of that
// format: RSS, RSS 1.0 and Atom (XML), JSON Feed and JSON article arrays, an HTML page (read whole),
// the sample corpus's text layout, or plain text. Files that are none of these are refused here.
class ArticleReaderFactory final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleReaderFactory)

public:
    // What a caller takes. A file the reader chose is read as whatever it holds; a download from a
    // feed's address must be a feed, since a web page there is an error page, a login page of a
    // captive portal or a site's front page, never the news.
    enum class Accept
    {
        Anything,
        FeedsOnly, // RSS, RSS 1.0, Atom, JSON Feed and JSON article arrays
    };

    // A reader over `device` (which must outlive it), or why the file cannot be read at all.
    static Result<std::unique_ptr<ArticleReader>> open(QIODevice &device, Accept accept = Accept::Anything);
};

} // namespace Clearance
