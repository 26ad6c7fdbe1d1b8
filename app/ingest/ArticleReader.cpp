#include "ArticleReader.h"

#include "domain/ArticleTextCap.h"

#include <algorithm>

namespace Clearance {

namespace {

// A title made of the first words of the text, for feeds whose items have none (RSS allows that):
// its first sentence when that is short enough to be one, else its first words and an ellipsis.
QString titleFromText(const QString &body)
{
    constexpr qsizetype kMaxTitle = 90;
    constexpr qsizetype kMinSentence = 30; // shorter "sentences" are mostly abbreviations ("U.S. ")
    QString first = body.section(QLatin1Char('\n'), 0, 0).simplified();
    for (qsizetype i = kMinSentence; i < std::min(first.size(), kMaxTitle + 1); ++i) {
        const QChar c = first.at(i);
        const bool end = c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?');
        if (end && (i + 1 == first.size() || first.at(i + 1) == QLatin1Char(' ')))
            return first.left(c == QLatin1Char('.') ? i : i + 1);
    }
    if (first.size() <= kMaxTitle)
        return first;
    qsizetype cut = first.lastIndexOf(QLatin1Char(' '), kMaxTitle);
    if (cut < kMaxTitle / 2)
        cut = kMaxTitle;
    return first.left(cut) + QChar(0x2026);
}

bool isControl(char16_t u)
{
    return (u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7F && u <= 0x9F);
}

// Drops the C0 controls (but tab and newline; a carriage return, with or without its line feed, is a
// newline), DEL and the C1 controls: escape sequences, bells, NULs from JSON escapes or numeric
// references would reach the list, the reading pane and a terminal running `clearance-cli show`.
// In a one-line field (`line`), tabs and newlines become spaces too.
void stripControls(QString &text, bool line = false)
{
    const auto first = std::find_if(text.cbegin(), text.cend(), [line](QChar c) {
        return isControl(c.unicode()) || (line && (c == QLatin1Char('\t') || c == QLatin1Char('\n')));
    });
    if (first == text.cend())
        return; // nearly always: nothing to copy
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0, n = text.size(); i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == u'\r') {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += line ? QLatin1Char(' ') : QLatin1Char('\n');
        } else if (line && (u == u'\t' || u == u'\n')) {
            out += QLatin1Char(' ');
        } else if (!isControl(u)) {
            out += QChar(u);
        }
    }
    text = std::move(out);
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
    // Every format's articles come through here: the one place their text is cleaned of controls.
    stripControls(article.body);
    stripControls(article.html);
    for (QString *field : {&article.title, &article.url, &article.source, &article.guid, &article.language})
        stripControls(*field, true);
    article.title = article.title.simplified();
    const bool hasText = !QStringView(article.body).trimmed().isEmpty();
    if (article.title.isEmpty() && !hasText) {
        ++m_skipped;
        return;
    }
    if (!hasText) {
        // A headline-only item (or one whose text was all images or frames) is still news: it is
        // kept with the note, and the reader opens the original.
        article.body.clear();
        article.html.clear();
        article.notes |= ArticleNote::NoText;
    }
    // The reading pane and the tagger need no more, and one giant item must not take the memory of
    // the import.
    capArticleText(article);
    if (article.title.isEmpty()) {
        article.title = titleFromText(article.body);
        article.notes |= ArticleNote::TitleFromText;
    }
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
