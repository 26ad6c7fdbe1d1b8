#include "SeedTextParser.h"

#include <QCoreApplication>

namespace Clearance {

namespace {

// A block of text between blank lines, its lines joined by spaces.
QStringList blocksOf(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    normalized.replace(QChar(QChar::ByteOrderMark), QString());
    QStringList blocks;
    QStringList lines;
    auto flush = [&] {
        if (!lines.isEmpty())
            blocks.append(lines.join(QLatin1Char(' ')));
        lines.clear();
    };
    for (const QString &line : normalized.split(QLatin1Char('\n'))) {
        const QString trimmed = line.simplified();
        if (trimmed.isEmpty())
            flush();
        else
            lines.append(trimmed);
    }
    flush();
    return blocks;
}

// A title: a short block that does not read as a sentence of running text.
bool isTitleLike(const QString &block)
{
    if (block.size() > 200 || block.isEmpty())
        return false;
    const QChar last = block.back();
    return last != QLatin1Char('.') && last != QLatin1Char(',') && last != QLatin1Char(';') &&
           last != QLatin1Char(':');
}

bool sameTitle(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

Result<QList<Article>> SeedTextParser::parse(const QString &text)
{
    const QStringList blocks = blocksOf(text);
    QList<Article> articles;
    qsizetype i = 0;
    const qsizetype n = blocks.size();
    // A block starts an article when it is repeated right after, or when it is title-like and
    // followed by a block of running text.
    auto startsArticle = [&](qsizetype k) {
        if (k + 1 >= n)
            return false;
        if (sameTitle(blocks.at(k), blocks.at(k + 1)))
            return k + 2 < n && isTitleLike(blocks.at(k));
        return isTitleLike(blocks.at(k)) && !isTitleLike(blocks.at(k + 1));
    };
    while (i < n) {
        if (!startsArticle(i)) {
            ++i; // stray text before the first title
            continue;
        }
        Article article;
        article.title = blocks.at(i);
        ++i;
        if (i < n && sameTitle(blocks.at(i), article.title))
            ++i;
        QStringList paragraphs;
        while (i < n && !(paragraphs.size() > 0 && startsArticle(i))) {
            paragraphs.append(blocks.at(i));
            ++i;
        }
        article.body = paragraphs.join(QLatin1String("\n\n"));
        if (!article.body.isEmpty())
            articles.append(article);
    }
    if (articles.isEmpty()) {
        return Result<QList<Article>>::failure(QCoreApplication::translate(
            "SeedTextParser",
            "The file holds no article: expected a title line, a blank line and the article's text."));
    }
    return articles;
}

} // namespace Clearance
