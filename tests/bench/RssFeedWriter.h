#pragma once

#include "domain/Article.h"

#include <QList>
#include <QString>

namespace Clearance::Bench {

// Writes articles as an RSS 2.0 file the way real feeds are written: escaped HTML in description,
// RFC 822 dates, guids, a channel title and language. For timing the real import path on a feed.
bool writeRssFeed(const QString &path, const QList<Article> &articles);

} // namespace Clearance::Bench
