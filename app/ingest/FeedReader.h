#pragma once

#include "ArticleReader.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QIODevice>

#include <memory>

namespace Clearance {

// Chooses how to read a file from what it holds, not from its name: RSS, RSS 1.0 and Atom (XML),
// JSON Feed and JSON article arrays, an HTML page, the sample corpus's text layout, or plain text.
class FeedReader final
{
    Q_DECLARE_TR_FUNCTIONS(FeedReader)

public:
    // A reader over `device` (which must outlive it), or why the file cannot be read at all.
    static Result<std::unique_ptr<ArticleReader>> open(QIODevice &device);
};

} // namespace Clearance
