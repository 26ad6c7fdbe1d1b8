#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Clearance {

// Which links of a page source's listing are its articles, as the user writes it: a URL path where '*'
// stands for any run of characters, '/' included, matched against the whole path of a link, ASCII case
// ignored ("/en/media/newsroom/*" takes every page below the newsroom; "/news/*.aspx" only .aspx pages
// at any depth). Every other character stands for itself, so a pattern cannot be slow: matching is a
// left-to-right search for the parts between the stars, linear in the path for each part. A pattern
// with '?' is matched against the path and the query ("/article.aspx?id=*"). A full http(s) address is
// taken for its path (and query). Percent-escapes are decoded on both sides.
class PageLinkPattern final
{
    Q_DECLARE_TR_FUNCTIONS(PageLinkPattern)

public:
    static constexpr qsizetype kMaxLength = 2000;

    static Result<PageLinkPattern> parse(const QString &pattern);

    bool matches(const QUrl &url) const;
    // The pattern as given.
    const QString &text() const { return m_text; }

private:
    PageLinkPattern() = default;

    QString m_text;
    QStringList m_parts; // the literal text between the stars, first and last included (maybe empty)
    bool m_query = false;
};

} // namespace Clearance
