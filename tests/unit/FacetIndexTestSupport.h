#pragma once

#include "storage/FacetIndex.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <utility>
#include <vector>

// Helpers for the tests of FacetIndex: a brute-force model of the library to check the index against,
// and the libraries the tests build.

namespace Clearance::FacetIndexTest {

// The same library as plain maps, queried by brute force: the reference the index must agree with.
struct Model
{
    struct Article
    {
        qint64 published = 0;
        bool read = false;
        bool starred = false;
        std::set<qint64> tags;
    };
    struct Tag
    {
        FacetKind kind;
        QString key;
        QString label;
    };
    std::map<quint32, Article> articles;
    std::map<qint64, Tag> facets;

    std::optional<qint64> facetId(FacetKind kind, const QString &key) const
    {
        for (const auto &[id, facet] : facets) {
            if (facet.kind == kind && facet.key == key)
                return id;
        }
        return std::nullopt;
    }

    bool matches(const Article &a, quint32 id, const ArticleFilter &filter, const ArticleBitset *hits,
                 std::optional<FacetKind> ignoring = std::nullopt) const
    {
        if ((hits && !hits->test(id)) || (filter.unreadOnly && a.read) || (filter.starredOnly && !a.starred))
            return false;
        for (FacetKind kind : allFacetKinds) {
            if (kind == ignoring || filter.values(kind).isEmpty())
                continue;
            const bool any = std::any_of(filter.values(kind).cbegin(), filter.values(kind).cend(),
                                         [&](const QString &key) {
                                             const auto facet = facetId(kind, key);
                                             return facet && a.tags.count(*facet) > 0;
                                         });
            if (!any)
                return false;
        }
        return true;
    }

    QList<quint32> ordered(const ArticleFilter &filter, const ArticleBitset *hits,
                           std::optional<FacetKind> ignoring = std::nullopt) const
    {
        QList<quint32> ids;
        for (const auto &[id, a] : articles) {
            if (matches(a, id, filter, hits, ignoring))
                ids.append(id);
        }
        std::sort(ids.begin(), ids.end(), [this](quint32 x, quint32 y) {
            const qint64 px = articles.at(x).published;
            const qint64 py = articles.at(y).published;
            return px != py ? px > py : x < y;
        });
        return ids;
    }

    QList<Facet> facetCounts(const ArticleFilter &filter, const ArticleBitset *hits) const
    {
        QList<Facet> all;
        for (FacetKind kind : allFacetKinds) {
            std::map<qint64, qint64> counts;
            for (const auto &[id, a] : articles) {
                if (!matches(a, id, filter, hits, kind))
                    continue;
                for (const qint64 tag : a.tags) {
                    if (facets.count(tag) && facets.at(tag).kind == kind)
                        ++counts[tag];
                }
            }
            for (const auto &[tag, n] : counts)
                all.append(Facet{kind, facets.at(tag).key, facets.at(tag).label, n});
            for (const QString &key : filter.values(kind)) {
                const bool listed = std::any_of(
                    all.cbegin(), all.cend(), [&](const Facet &f) { return f.kind == kind && f.key == key; });
                if (!listed) {
                    const auto facet = facetId(kind, key);
                    all.append(Facet{kind, key, facet ? facets.at(*facet).label : key, 0});
                }
            }
        }
        std::sort(all.begin(), all.end(), [](const Facet &a, const Facet &b) {
            if (a.kind != b.kind)
                return a.kind < b.kind;
            if (a.count != b.count)
                return a.count > b.count;
            const int c = a.label.localeAwareCompare(b.label);
            return c != 0 ? c < 0 : a.key < b.key;
        });
        return all;
    }
};

// Applies every change to the index and to the model.
struct Mirror
{
    FacetIndex index;
    Model model;

    void addFacet(qint64 id, FacetKind kind, const QString &key, const QString &label)
    {
        index.addFacet(id, kind, key, label);
        model.facets[id] = Model::Tag{kind, key, label};
    }
    void addArticle(quint32 id, qint64 published, bool read, bool starred)
    {
        index.addArticle(id, published, read, starred);
        Model::Article &a = model.articles[id];
        a.published = published;
        a.read = read;
        a.starred = starred;
    }
    void removeArticle(quint32 id)
    {
        index.removeArticle(id);
        model.articles.erase(id);
    }
    void addTag(quint32 article, qint64 facet)
    {
        index.addTag(article, facet);
        if (model.articles.count(article))
            model.articles[article].tags.insert(facet);
    }
    void removeTag(quint32 article, qint64 facet)
    {
        index.removeTag(article, facet);
        if (model.articles.count(article))
            model.articles[article].tags.erase(facet);
    }
    void setRead(quint32 id, bool read)
    {
        index.setRead(id, read);
        if (model.articles.count(id))
            model.articles[id].read = read;
    }
    void setStarred(quint32 id, bool starred)
    {
        index.setStarred(id, starred);
        if (model.articles.count(id))
            model.articles[id].starred = starred;
    }
};

inline QStringList describe(const QList<Facet> &facets)
{
    QStringList lines;
    for (const Facet &f : facets)
        lines.append(facetKindName(f.kind) + u':' + f.key + u'/' + f.label + u'=' + QString::number(f.count));
    return lines;
}

// Every page of `limit` rows, each starting after the previous page's last row.
inline QList<quint32> pagesThroughCursor(const FacetIndex &index, const Model &model,
                                         const ArticleBitset &matching, int limit)
{
    QList<quint32> all;
    std::optional<std::pair<qint64, quint32>> cursor;
    while (true) {
        const QList<quint32> page = index.page(matching, limit, cursor);
        all += page;
        if (page.size() < limit)
            return all;
        cursor = std::make_pair(model.articles.at(page.back()).published, page.back());
    }
}

// Compares every query of the index with the model; returns false (after a QCOMPARE failure) on the
// first difference.
inline bool agrees(const Mirror &lib, const ArticleFilter &filter, const ArticleBitset *hits)
{
    const FacetIndex &index = lib.index;
    const QList<quint32> expected = lib.model.ordered(filter, hits);
    QList<quint32> sorted = expected;
    std::sort(sorted.begin(), sorted.end());
    const ArticleBitset matching = index.matching(filter, hits);
    [&] { QCOMPARE(matching.toList(), sorted); }();
    if (QTest::currentTestFailed())
        return false;
    [&] { QCOMPARE(index.count(filter, hits), qint64(expected.size())); }();
    [&] { QCOMPARE(index.page(matching, 0), expected); }();
    [&] { QCOMPARE(index.page(matching, 10), expected.mid(0, 10)); }();
    [&] { QCOMPARE(pagesThroughCursor(index, lib.model, matching, 37), expected); }();
    for (FacetKind kind : allFacetKinds) {
        QList<quint32> ignoring = lib.model.ordered(filter, hits, kind);
        std::sort(ignoring.begin(), ignoring.end());
        [&] { QCOMPARE(index.matching(filter, hits, kind).toList(), ignoring); }();
    }
    [&] {
        QCOMPARE(describe(index.facetCounts(filter, hits)), describe(lib.model.facetCounts(filter, hits)));
    }();
    return !QTest::currentTestFailed();
}

// The small library of the hand-written cases.
//   id published read starred tags
//   1  100       r    -       europe FR wco
//   2  200       -    s       africa ML wco ecommerce
//   3  200       -    -       europe ecommerce
//   4  300       r    s       africa ML
//   5  50        -    -       -
//   6  300       -    -       europe FR ecommerce wco
// List order: 4 6 2 3 1 5. "wto" has no article.
inline void buildSmall(Mirror &lib)
{
    lib.addFacet(1, FacetKind::Region, QStringLiteral("europe"), QStringLiteral("Europe"));
    lib.addFacet(2, FacetKind::Region, QStringLiteral("africa"), QStringLiteral("Africa"));
    lib.addFacet(3, FacetKind::Initiative, QStringLiteral("ecommerce"), QStringLiteral("E-commerce"));
    lib.addFacet(4, FacetKind::Organization, QStringLiteral("wco"),
                 QStringLiteral("World Customs Organization"));
    lib.addFacet(5, FacetKind::Country, QStringLiteral("FR"), QStringLiteral("France"));
    lib.addFacet(6, FacetKind::Country, QStringLiteral("ML"), QStringLiteral("Mali"));
    lib.addFacet(7, FacetKind::Organization, QStringLiteral("wto"), QStringLiteral("WTO"));
    lib.addArticle(1, 100, true, false);
    lib.addArticle(2, 200, false, true);
    lib.addArticle(3, 200, false, false);
    lib.addArticle(4, 300, true, true);
    lib.addArticle(5, 50, false, false);
    lib.addArticle(6, 300, false, false);
    const std::vector<std::pair<quint32, qint64>> tags{{1, 1}, {1, 5}, {1, 4}, {2, 2}, {2, 6}, {2, 4},
                                                       {2, 3}, {3, 1}, {3, 3}, {4, 2}, {4, 6}, {6, 1},
                                                       {6, 5}, {6, 3}, {6, 4}, {6, 4}}; // a duplicate
    for (const auto &[article, facet] : tags)
        lib.addTag(article, facet);
    lib.index.finish();
}

inline ArticleFilter makeFilter(const QStringList &regions, const QStringList &initiatives,
                                const QStringList &orgs, const QStringList &countries, bool unread = false,
                                bool starred = false)
{
    ArticleFilter filter;
    filter.values(FacetKind::Region) = regions;
    filter.values(FacetKind::Initiative) = initiatives;
    filter.values(FacetKind::Organization) = orgs;
    filter.values(FacetKind::Country) = countries;
    filter.unreadOnly = unread;
    filter.starredOnly = starred;
    return filter;
}

inline QStringList keys(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *k : list)
        out.append(QString::fromLatin1(k));
    return out;
}

// A random library: Zipf-like facet popularity, so that some facets are dense and most sparse; date
// ties; gaps in the ids; tags loaded before their articles and facets, with duplicates and tags of
// articles that do not exist.
inline void buildRandom(Mirror &lib, std::mt19937 &rng, FacetIndex::Layout layout, int articles, int facets)
{
    lib.index.setLayout(layout);
    std::vector<double> weights;
    for (int i = 1; i <= facets; ++i)
        weights.push_back(1.0 / i);
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    std::uniform_int_distribution<int> percent(0, 99);

    std::vector<std::pair<quint32, qint64>> tags;
    std::vector<quint32> ids;
    for (quint32 id = 1; ids.size() < size_t(articles); ++id) {
        if (percent(rng) < 10) {
            tags.emplace_back(id, 1 + pick(rng)); // an id without an article
            continue;
        }
        ids.push_back(id);
        Model::Article &a = lib.model.articles[id];
        a.published = std::uniform_int_distribution<qint64>(0, articles / 2)(rng);
        a.read = percent(rng) < 60;
        a.starred = percent(rng) < 10;
        const int n = std::uniform_int_distribution<int>(0, 12)(rng);
        for (int t = 0; t < n; ++t) {
            const qint64 facet = 1 + pick(rng);
            a.tags.insert(facet);
            tags.emplace_back(id, facet);
            if (percent(rng) < 3)
                tags.emplace_back(id, facet);
        }
    }
    std::shuffle(tags.begin(), tags.end(), rng);
    std::shuffle(ids.begin(), ids.end(), rng);
    for (const auto &[article, facet] : tags)
        lib.index.addTag(article, facet);
    for (const quint32 id : ids) {
        const Model::Article &a = lib.model.articles[id];
        lib.index.addArticle(id, a.published, a.read, a.starred);
    }
    for (int i = 1; i <= facets; ++i) {
        const FacetKind kind = allFacetKinds[size_t(i % 4)];
        // Labels with case and accents, and a repeated label, to exercise the locale-aware order.
        const QString label = i % 17 == 0 ? QStringLiteral("Même")
                                          : QStringLiteral("%1 facet %2")
                                                .arg(i % 3 == 0 ? QStringLiteral("é") : QStringLiteral("E"))
                                                .arg(i % 11);
        lib.addFacet(i, kind, QStringLiteral("k%1").arg(i), label);
    }
    lib.index.finish();
}

inline ArticleFilter randomFilter(std::mt19937 &rng, const Model &model)
{
    std::uniform_int_distribution<int> percent(0, 99);
    std::vector<double> weights;
    for (size_t i = 1; i <= model.facets.size(); ++i)
        weights.push_back(1.0 / double(i));
    std::discrete_distribution<size_t> pick(weights.begin(), weights.end());
    std::vector<qint64> facetIds;
    for (const auto &[id, facet] : model.facets)
        facetIds.push_back(id);

    ArticleFilter filter;
    for (FacetKind kind : allFacetKinds) {
        if (percent(rng) >= 40)
            continue;
        const int n = std::uniform_int_distribution<int>(1, 3)(rng);
        for (int guard = 0; filter.values(kind).size() < n && guard < 200; ++guard) {
            const Model::Tag &tag = model.facets.at(facetIds[pick(rng)]);
            if (tag.kind == kind)
                filter.values(kind).append(tag.key);
        }
        if (percent(rng) < 10)
            filter.values(kind).append(QStringLiteral("unknown"));
    }
    filter.unreadOnly = percent(rng) < 25;
    filter.starredOnly = percent(rng) < 15;
    return filter;
}

inline std::optional<ArticleBitset> randomHits(std::mt19937 &rng, quint32 maxId)
{
    std::uniform_int_distribution<int> percent(0, 99);
    const int kind = percent(rng);
    if (kind < 60)
        return std::nullopt;
    const int density = kind < 80 ? 30 : 1;
    ArticleBitset hits;
    for (quint32 id = 0; id <= maxId + 10; ++id) {
        if (percent(rng) < density)
            hits.set(id);
    }
    return hits;
}
} // namespace Clearance::FacetIndexTest
