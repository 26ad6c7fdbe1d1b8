#pragma once

#include "Result.h"
#include "domain/Article.h"

#include <QList>

namespace Clearance {

// Reads the plain-text article layout of the sample corpus: a title, a blank line, the title again,
// a blank line, the body, a blank line; repeated. Tolerant of what editors and mailers do to such
// files: CRLF or CR line ends, a byte-order mark, a missing repeated title, runs of blank lines,
// stray spaces, bodies of several paragraphs.
class SeedTextParser final
{
public:
    // Articles without guid or dates; an error when the text holds no article.
    static Result<QList<Article>> parse(const QString &text);
};

} // namespace Clearance
