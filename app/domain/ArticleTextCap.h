#pragma once

#include "Article.h"

namespace Clearance {

// Keeps an article's text to kMaxArticleText: its first paragraphs (or words) up to the cap, noted
// ArticleNote::Truncated; its HTML no longer matches the text, so it goes. The import cuts every
// article so; the reading pane and the PDF cut again what a library of an older release still holds,
// so that one giant article cannot take their memory or their time. False when the text fits.
inline bool capArticleText(Article &article)
{
    if (article.body.size() <= kMaxArticleText)
        return false;
    const QStringView kept = QStringView(article.body).first(kMaxArticleText);
    qsizetype cut = kept.lastIndexOf(QLatin1String("\n\n"));
    if (cut < kMaxArticleText / 2)
        cut = kept.lastIndexOf(QLatin1Char(' '));
    cut = std::max<qsizetype>(cut, kMaxArticleText / 2);
    if (article.body.at(cut - 1).isHighSurrogate()) // never half a character
        --cut;
    article.body.truncate(cut);
    article.body = article.body.trimmed();
    article.html.clear();
    article.notes |= ArticleNote::Truncated;
    return true;
}

} // namespace Clearance
