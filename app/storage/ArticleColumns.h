#pragma once

#include "domain/Article.h"

#include <QByteArray>

namespace Clearance {

// An article's text columns in UTF-8, the encoding the library stores. An import encodes them on the
// threads that read and tag, so that the one thread that writes binds them as they are: SQLite would
// otherwise copy each UTF-16 string and translate it on that thread, which is the import's bottleneck.
struct ArticleColumns
{
    QByteArray guid;
    QByteArray title;
    QByteArray body;
    QByteArray html;
    QByteArray url;
    QByteArray source;
    QByteArray language;

    static ArticleColumns of(const Article &article)
    {
        return {article.guid.toUtf8(),    article.title.toUtf8(), article.body.toUtf8(),
                article.html.toUtf8(),    article.url.toUtf8(),   article.source.toUtf8(),
                article.language.toUtf8()};
    }
};

} // namespace Clearance
