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
    // A reader over `device` (which must outlive it), or why the file cannot be read at all.
    static Result<std::unique_ptr<ArticleReader>> open(QIODevice &device);
};

} // namespace Clearance
