#include "PageLinkFinder.h"

#include "HtmlPageParser.h"
#include "HttpLink.h"
#include "PageLinks.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Clearance {

namespace {

constexpr qsizetype kHeadline = 20; // characters of link text that read like a headline

QStringList segments(const QUrl &url)
{
    return url.path(QUrl::FullyDecoded).toLower().split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

// The listing as a folder its articles may sit in: "/en/media/newsroom.aspx" -> en/media/newsroom,
// "/news/index.html" and "/news/" -> news.
QStringList listingFolder(const QUrl &page)
{
    QStringList folder = segments(page);
    if (folder.isEmpty())
        return folder;
    QString last = folder.takeLast();
    if (const qsizetype dot = last.lastIndexOf(QLatin1Char('.')); dot > 0)
        last.truncate(dot);
    if (last != QLatin1String("index") && last != QLatin1String("default"))
        folder.append(last);
    return folder;
}

bool startsWith(const QStringList &path, const QStringList &prefix)
{
    return path.size() >= prefix.size() && std::equal(prefix.cbegin(), prefix.cend(), path.cbegin());
}

// Files a listing links to that are never its articles.
bool isAsset(const QStringList &path)
{
    if (path.isEmpty())
        return false;
    const QString last = path.last();
    const qsizetype dot = last.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return false;
    static const QSet<QString> assets{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                      QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("svg"),
                                      QStringLiteral("ico"), QStringLiteral("css"),  QStringLiteral("js"),
                                      QStringLiteral("mp3"), QStringLiteral("mp4"),  QStringLiteral("zip"),
                                      QStringLiteral("rss"), QStringLiteral("xml"),  QStringLiteral("json")};
    return assets.contains(last.mid(dot + 1));
}

// A last segment that names one article: a slug ("wco-meets-in-june"), a date or an id.
bool readsLikeArticle(const QStringList &path)
{
    if (path.isEmpty())
        return false;
    QString last = path.last();
    if (const qsizetype dot = last.lastIndexOf(QLatin1Char('.')); dot > 0)
        last.truncate(dot);
    const auto digits = std::count_if(last.cbegin(), last.cend(), [](QChar c) { return c.isDigit(); });
    return ((last.contains(QLatin1Char('-')) || last.contains(QLatin1Char('_'))) && last.size() >= 10) ||
           digits >= 4;
}

struct Candidate
{
    QUrl url;
    QString key;      // HttpLink::key
    QStringList path; // lower-case segments
    QString text;
    QString group; // container and depth
};

// The group's share of the page: what its distinct addresses look like.
struct Group
{
    qsizetype first = 0;                 // its first link, by page order
    QHash<QString, qsizetype> textByKey; // the longest text of each address
    QList<qsizetype> members;            // its links, by index
    int score = 0;
};

QList<QUrl> withPattern(const QList<PageLinks::Link> &links, const QUrl &pageUrl,
                        const PageLinkPattern &pattern)
{
    QList<QUrl> out;
    QSet<QString> seen;
    const QString listing = HttpLink::key(pageUrl);
    for (const PageLinks::Link &link : links) {
        const QString key = HttpLink::key(link.url);
        if (key == listing || !HttpLink::sameSite(link.url, pageUrl) || !pattern.matches(link.url) ||
            seen.contains(key))
            continue;
        seen.insert(key);
        out.append(link.url);
    }
    return out;
}

QList<Candidate> candidates(const QList<PageLinks::Link> &links, const QUrl &pageUrl)
{
    const QString listing = HttpLink::key(pageUrl);
    const QStringList listingPath = segments(pageUrl);
    QList<Candidate> out;
    for (const PageLinks::Link &link : links) {
        if (link.chrome || !HttpLink::sameSite(link.url, pageUrl))
            continue;
        Candidate c{link.url, HttpLink::key(link.url), segments(link.url), link.text, QString()};
        // The home page, the listing and its other pages (same path, another query), files.
        if (c.key == listing || c.path.isEmpty() || c.path == listingPath || isAsset(c.path))
            continue;
        c.group = link.container + QLatin1Char('#') + QString::number(c.path.size());
        out.append(std::move(c));
    }
    return out;
}

int scoreOf(const Group &group, const QList<Candidate> &all, const QStringList &folder)
{
    int score = 0;
    QSet<QString> counted;
    for (const qsizetype i : group.members) {
        const Candidate &c = all.at(i);
        if (counted.contains(c.key))
            continue;
        counted.insert(c.key);
        score += 1;
        if (!folder.isEmpty() && c.path.size() > folder.size() && startsWith(c.path, folder))
            score += 2;
        else if (!folder.isEmpty() && c.path.first() == folder.first())
            score += 1;
        if (group.textByKey.value(c.key) >= kHeadline)
            score += 1;
        if (readsLikeArticle(c.path))
            score += 1;
    }
    return score;
}

// The folders all of the group's addresses are in: the longest common prefix of their paths without
// their last segment.
QStringList commonFolder(const Group &group, const QList<Candidate> &all)
{
    QStringList common = all.at(group.members.first()).path;
    common.removeLast();
    for (const qsizetype i : group.members) {
        const QStringList &path = all.at(i).path;
        qsizetype n = 0;
        while (n < common.size() && n + 1 < path.size() && common.at(n) == path.at(n))
            ++n;
        common = common.first(n);
    }
    return common;
}

} // namespace

QList<QUrl> PageLinkFinder::find(QStringView html, const QUrl &pageUrl,
                                 const std::optional<PageLinkPattern> &pattern)
{
    const QList<PageLinks::Link> links = PageLinks::read(html, pageUrl);
    if (pattern)
        return withPattern(links, pageUrl, *pattern);

    const QList<Candidate> all = candidates(links, pageUrl);
    if (all.isEmpty())
        return {};
    QHash<QString, Group> groups;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Candidate &c = all.at(i);
        auto it = groups.find(c.group);
        if (it == groups.end())
            it = groups.insert(c.group, Group{i, {}, {}, 0});
        it->members.append(i);
        qsizetype &text = it->textByKey[c.key];
        text = std::max(text, c.text.size());
    }
    const QStringList folder = listingFolder(pageUrl);
    const Group *best = nullptr;
    for (Group &group : groups) {
        group.score = scoreOf(group, all, folder);
        if (!best || group.score > best->score || (group.score == best->score && group.first < best->first))
            best = &group;
    }

    QSet<QString> chosen;
    for (const qsizetype i : best->members)
        chosen.insert(all.at(i).key);
    // Below the listing, or two folders deep: a single folder such as a language's (/en/) is not a form.
    QStringList common = commonFolder(*best, all);
    if (common.size() < 2 && !(!folder.isEmpty() && startsWith(common, folder)))
        common.clear();
    QSet<qsizetype> depths;
    for (const qsizetype i : best->members)
        depths.insert(all.at(i).path.size());
    QList<QUrl> out;
    QSet<QString> seen;
    for (const Candidate &c : all) {
        const bool member = chosen.contains(c.key) || (!common.isEmpty() && depths.contains(c.path.size()) &&
                                                       startsWith(c.path, common));
        if (!member || seen.contains(c.key))
            continue;
        seen.insert(c.key);
        out.append(c.url);
    }
    return out;
}

QList<QUrl> PageLinkFinder::find(const QByteArray &page, const QUrl &pageUrl,
                                 const std::optional<PageLinkPattern> &pattern)
{
    const QString html = HtmlPageParser::decode(
        page.size() > HtmlPageParser::kMaxPageSize ? page.first(HtmlPageParser::kMaxPageSize) : page);
    return find(QStringView(html), pageUrl, pattern);
}

} // namespace Clearance
