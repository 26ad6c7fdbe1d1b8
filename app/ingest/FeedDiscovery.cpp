#include "FeedDiscovery.h"

#include "FormatSniffer.h"
#include "HtmlPageParser.h"
#include "HttpLink.h"
#include "XmlProlog.h"
#include "html/HtmlTokenizer.h"

#include <QSet>

#include <algorithm>

namespace Clearance {

namespace {

// A link as the page writes it, resolved once the page's base is known.
struct Written
{
    QString href;
    QString title;
    QString type;
};

// Links guessed at: a page can hold any number of anchors, but few that look like a feed's.
constexpr qsizetype kMaxGuesses = 1000;
constexpr qsizetype kMaxTitle = 300;

bool isAsciiSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

// Whether a space-separated list of link types holds `wanted`, ASCII case ignored.
bool hasToken(QStringView list, QLatin1String wanted)
{
    qsizetype i = 0;
    while (i < list.size()) {
        while (i < list.size() && isAsciiSpace(list.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < list.size() && !isAsciiSpace(list.at(i)))
            ++i;
        if (i > start && list.sliced(start, i - start).compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The media type without its parameters, in lower case, if it is a feed's; empty otherwise (oEmbed's
// "application/json+oembed" and a translation's "text/html" are alternates too).
QString feedType(const QString &type)
{
    const QString bare = type.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    static const QSet<QString> feedTypes{QStringLiteral("application/rss+xml"),
                                         QStringLiteral("application/atom+xml"),
                                         QStringLiteral("application/rdf+xml"),
                                         QStringLiteral("application/feed+json"),
                                         QStringLiteral("application/json"),
                                         QStringLiteral("application/xml"),
                                         QStringLiteral("text/xml"),
                                         QStringLiteral("application/x.atom+xml"),
                                         QStringLiteral("application/x-rss+xml")};
    return feedTypes.contains(bare) ? bare : QString();
}

// Whether an address's path ends as feeds' addresses commonly do (sitemaps aside).
bool looksLikeFeedPath(QString path)
{
    path = path.toLower();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString last = path.section(QLatin1Char('/'), -1);
    if (last.startsWith(QLatin1String("sitemap")))
        return false;
    for (const char *ending : {"/feed", "/rss", "/atom", ".rss", ".xml", ".atom", "/feed.json", ".rdf"}) {
        if (path.endsWith(QLatin1String(ending)))
            return true;
    }
    return false;
}

// The href's path as written (query and fragment cut), to judge it before resolving it.
QString writtenPath(const QString &href)
{
    qsizetype end = href.size();
    for (const QChar stop : {QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = href.indexOf(stop);
        if (at >= 0)
            end = std::min(end, at);
    }
    return href.left(end).trimmed();
}

} // namespace

QList<FeedDiscovery::Feed> FeedDiscovery::find(QStringView html, const QUrl &pageUrl)
{
    QString baseHref;
    bool baseSeen = false;
    QList<Written> declared;
    QList<Written> anchors;
    qsizetype anchor = -1; // the guess whose text is being read

    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    while (tokenizer.next(token)) {
        if (token.type == HtmlToken::Type::Text) {
            if (anchor >= 0 && anchors[anchor].title.size() < kMaxTitle)
                anchors[anchor].title += token.text.left(kMaxTitle);
            continue;
        }
        if (token.type == HtmlToken::Type::EndTag) {
            if (token.element == HtmlElement::A)
                anchor = -1;
            continue;
        }
        switch (token.element) {
        case HtmlElement::Base:
            // The first <base> with an href is the document's base, for the links before it too.
            if (!baseSeen) {
                baseHref = token.attribute(QLatin1String("href"));
                baseSeen = !baseHref.isNull();
            }
            break;
        case HtmlElement::Link: {
            if (!hasToken(token.attribute(QLatin1String("rel")), QLatin1String("alternate")))
                break;
            const QString type = feedType(token.attribute(QLatin1String("type")));
            const QString href = token.attribute(QLatin1String("href"));
            if (!type.isEmpty() && !href.trimmed().isEmpty())
                declared.append(Written{href, token.attribute(QLatin1String("title")).simplified(), type});
            break;
        }
        case HtmlElement::A: {
            anchor = -1;
            const QString href = token.attribute(QLatin1String("href"));
            if (declared.isEmpty() && anchors.size() < kMaxGuesses && looksLikeFeedPath(writtenPath(href))) {
                anchors.append(Written{href, QString(), QString()});
                anchor = anchors.size() - 1;
            }
            break;
        }
        default:
            break;
        }
    }

    QUrl base = pageUrl;
    if (baseSeen) {
        const QUrl resolved = HttpLink::resolve(baseHref, pageUrl);
        if (!resolved.isEmpty())
            base = resolved;
    }
    QList<Feed> feeds;
    QSet<QString> seen;
    const bool guessing = declared.isEmpty();
    for (const Written &w : guessing ? anchors : declared) {
        const QUrl url = HttpLink::resolve(w.href, base).adjusted(QUrl::RemoveFragment);
        if (url.isEmpty() || HttpLink::key(url) == HttpLink::key(pageUrl))
            continue;
        if (guessing && (!HttpLink::sameSite(url, pageUrl) || !looksLikeFeedPath(url.path())))
            continue;
        if (seen.contains(HttpLink::key(url)))
            continue;
        seen.insert(HttpLink::key(url));
        feeds.append(Feed{url, w.title.simplified(), w.type, guessing});
    }
    return feeds;
}

QList<FeedDiscovery::Feed> FeedDiscovery::find(const QByteArray &page, const QUrl &pageUrl)
{
    const QString html = HtmlPageParser::decode(
        page.size() > HtmlPageParser::kMaxPageSize ? page.first(HtmlPageParser::kMaxPageSize) : page);
    return find(QStringView(html), pageUrl);
}

FeedDiscovery::Content FeedDiscovery::classify(const QByteArray &head)
{
    switch (FormatSniffer::sniff(head)) {
    case FormatSniffer::Kind::Html:
        return Content::Page;
    case FormatSniffer::Kind::Xml: {
        const QString root = XmlProlog::scan(FormatSniffer::headText(head).trimmed()).root();
        if (root == QLatin1String("rss") || root == QLatin1String("feed") || root == QLatin1String("rdf") ||
            root == QLatin1String("channel"))
            return Content::Feed;
        if (root == QLatin1String("opml"))
            return Content::Opml;
        return Content::Other;
    }
    case FormatSniffer::Kind::Json:
        // JSON Feed names its version by URL, its slashes escaped or not.
        return FormatSniffer::headText(head).contains(QLatin1String("jsonfeed.org")) ? Content::Feed
                                                                                     : Content::Other;
    default:
        return Content::Other;
    }
}

} // namespace Clearance
