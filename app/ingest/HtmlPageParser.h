#pragma once

#include "domain/Article.h"

#include <QByteArray>
#include <QString>

namespace Clearance {

// A web page saved to a file, read as one article: its headline (the main h1, else the <title>), its
// main text (the <article> or <main> element when there is one, without navigation, headers,
// footers and asides), and what its metadata says of link, date and language.
class HtmlPageParser final
{
public:
    // The largest page read: news pages are a few megabytes at most.
    static constexpr qint64 kMaxPageSize = qint64(16) * 1024 * 1024;

    static Article parse(const QString &html);
    // The page's text from its bytes: a byte-order mark, else the charset its <meta> declares, else
    // UTF-8 when valid, else Windows-1252 (what undeclared pages use in practice).
    static QString decode(const QByteArray &bytes);
};

} // namespace Clearance
