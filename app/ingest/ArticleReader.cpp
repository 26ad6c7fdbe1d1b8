#include "ArticleReader.h"

namespace Clearance {

namespace {

// A title made of the first words of the text, for feeds whose items have none (RSS allows that).
QString titleFromText(const QString &body)
{
    constexpr qsizetype kMaxTitle = 90;
    QString first = body.section(QLatin1Char('\n'), 0, 0).simplified();
    if (first.size() <= kMaxTitle)
        return first;
    qsizetype cut = first.lastIndexOf(QLatin1Char(' '), kMaxTitle);
    if (cut < kMaxTitle / 2)
        cut = kMaxTitle;
    return first.left(cut) + QChar(0x2026);
}

} // namespace

bool ArticleReader::readDeferred(Completion &complete, qsizetype max)
{
    QList<Article> articles;
    const bool more = read(articles, max);
    complete = [articles = std::move(articles)](QList<Article> &chunk) mutable {
        chunk.append(std::move(articles));
    };
    return more;
}

void ArticleReader::deliver(Article &&article, QList<Article> &chunk)
{
    article.title = article.title.simplified();
    if (article.title.isEmpty() && QStringView(article.body).trimmed().isEmpty()) {
        ++m_skipped;
        return;
    }
    if (article.title.isEmpty())
        article.title = titleFromText(article.body);
    chunk.append(std::move(article));
}

QString ArticleReader::languageCode(const QString &tag)
{
    const QString trimmed = tag.trimmed();
    if (trimmed.size() < 2 ||
        (trimmed.size() > 2 && trimmed.at(2) != QLatin1Char('-') && trimmed.at(2) != QLatin1Char('_')))
        return {};
    const QString primary = trimmed.left(2).toLower();
    if (primary.at(0) < QLatin1Char('a') || primary.at(0) > QLatin1Char('z') ||
        primary.at(1) < QLatin1Char('a') || primary.at(1) > QLatin1Char('z'))
        return {};
    return primary;
}

QString ArticleReader::qualifiedId(const QString &id, const QString &feed)
{
    if (id.contains(QLatin1String("://")) || id.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive) ||
        id.startsWith(QLatin1String("tag:"), Qt::CaseInsensitive) || feed.isEmpty())
        return id;
    return feed + QLatin1Char('#') + id;
}

} // namespace Clearance
