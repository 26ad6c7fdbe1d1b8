#include "HtmlPageParser.h"

#include "DateTimeParser.h"
#include "FormatSniffer.h"
#include "html/HtmlSanitizer.h"
#include "html/HtmlTokenizer.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace Clearance {

namespace {

// Where an element's content starts and ends in the page.
struct Region
{
    qsizetype start = -1;
    qsizetype end = -1;
};

} // namespace

QString HtmlPageParser::decode(const QByteArray &bytes)
{
    const FormatSniffer::Encoding unicode = FormatSniffer::unicodeEncoding(bytes);
    if (!unicode.name.isEmpty())
        return QStringDecoder(unicode.name.constData()).decode(bytes.mid(unicode.bomSize));
    static const QRegularExpression charset(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = charset.match(QString::fromLatin1(bytes.left(4096)));
    if (match.hasMatch()) {
        QStringDecoder decoder(match.captured(1).toLatin1().constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    if (FormatSniffer::isUtf8(bytes))
        return QString::fromUtf8(bytes);
    return QStringDecoder("windows-1252").decode(bytes);
}

Article HtmlPageParser::parse(const QString &html)
{
    Article article;
    QString title;
    QString heading;
    QString published;
    Region articleRegion;
    Region mainRegion;
    Region bodyRegion;
    int articleDepth = 0;
    int mainDepth = 0;
    bool inHeading = false;

    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    bool inTitle = false;
    while (tokenizer.next(token)) {
        if (token.type == HtmlToken::Type::Text) {
            if (inTitle && title.isEmpty())
                title = token.text.toString().simplified();
            if (inHeading)
                heading += token.text;
            continue;
        }
        const QStringView name = token.name;
        const bool start = token.type == HtmlToken::Type::StartTag;
        if (name == QLatin1String("title")) {
            inTitle = start;
        } else if (name == QLatin1String("h1")) {
            inHeading = start && heading.isEmpty();
        } else if (start && name == QLatin1String("html")) {
            article.language = token.attribute(QLatin1String("lang")).left(2).toLower();
        } else if (start && name == QLatin1String("link") &&
                   token.attribute(QLatin1String("rel")).toLower() == QLatin1String("canonical")) {
            article.url = HtmlSanitizer::safeLink(token.attribute(QLatin1String("href")), {});
        } else if (start && name == QLatin1String("meta")) {
            const QString key =
                (token.attribute(QLatin1String("property")) + token.attribute(QLatin1String("name")))
                    .toLower();
            const QString content = token.attribute(QLatin1String("content"));
            if (key == QLatin1String("article:published_time") || key == QLatin1String("date") ||
                key == QLatin1String("dc.date") || key == QLatin1String("dcterms.date"))
                published = content;
            else if (key == QLatin1String("og:url") && article.url.isEmpty())
                article.url = HtmlSanitizer::safeLink(content, {});
            else if ((key == QLatin1String("og:site_name")) && article.source.isEmpty())
                article.source = content.simplified();
        } else if (start && name == QLatin1String("time") && published.isEmpty()) {
            published = token.attribute(QLatin1String("datetime"));
        } else if (name == QLatin1String("article")) {
            if (start && articleDepth++ == 0 && articleRegion.start < 0)
                articleRegion.start = tokenizer.position();
            else if (!start && articleDepth > 0 && --articleDepth == 0 && articleRegion.end < 0)
                articleRegion.end = tokenizer.tokenStart();
        } else if (name == QLatin1String("main")) {
            if (start && mainDepth++ == 0 && mainRegion.start < 0)
                mainRegion.start = tokenizer.position();
            else if (!start && mainDepth > 0 && --mainDepth == 0 && mainRegion.end < 0)
                mainRegion.end = tokenizer.tokenStart();
        } else if (name == QLatin1String("body")) {
            if (start && bodyRegion.start < 0)
                bodyRegion.start = tokenizer.position();
            else if (!start)
                bodyRegion.end = tokenizer.tokenStart();
        }
    }
    // The main text: the article, else the main element, else the body, else everything.
    Region region = articleRegion.start >= 0 ? articleRegion
                    : mainRegion.start >= 0  ? mainRegion
                                             : bodyRegion;
    if (region.start < 0)
        region.start = 0;
    if (region.end < region.start)
        region.end = html.size();
    // Only as much as an article can use is sanitized (a page near the size limit took ten times its
    // size in memory).
    if (region.end - region.start > kMaxArticleSource) {
        region.end = region.start + kMaxArticleSource;
        article.notes |= ArticleNote::Truncated;
    }
    const QUrl base(article.url);
    SanitizedHtml text = HtmlSanitizer::sanitize(
        QStringView(html).mid(region.start, region.end - region.start), base, HtmlSanitizer::Mode::Page);
    article.title = heading.simplified().isEmpty() ? title : heading.simplified();
    // The headline usually opens the text too: once is enough.
    if (text.text.startsWith(article.title + QLatin1String("\n\n")))
        text.text.remove(0, article.title.size() + 2);
    else if (text.text == article.title)
        text.text.clear();
    article.body = text.text;
    article.html = text.html;
    article.published = DateTimeParser::parse(published);
    return article;
}

} // namespace Clearance
