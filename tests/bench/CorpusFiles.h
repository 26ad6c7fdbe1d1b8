#pragma once

#include "domain/Article.h"

#include <QList>
#include <QString>

namespace Clearance::Bench {

// The synthetic articles written as the files a reader imports, for timing the real file path.

// An RSS 2.0 file as real feeds are written: escaped HTML in description, RFC 822 dates, guids, a
// channel title and language.
bool writeRssFeed(const QString &path, const QList<Article> &articles);
// The sample corpus's text layout: title, blank line, title again, blank line, the paragraphs
// separated by blank lines, a blank line.
bool writeTextLayout(const QString &path, const QList<Article> &articles);
// A JSON array of article objects (title, body, url, published, source, language, id).
bool writeJsonArray(const QString &path, const QList<Article> &articles);

} // namespace Clearance::Bench
