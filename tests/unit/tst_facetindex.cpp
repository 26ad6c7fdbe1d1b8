#include "storage/FacetIndex.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <random>
#include <set>

using namespace Clearance;

namespace {

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

QStringList describe(const QList<Facet> &facets)
{
    QStringList lines;
    for (const Facet &f : facets)
        lines.append(facetKindName(f.kind) + u':' + f.key + u'/' + f.label + u'=' + QString::number(f.count));
    return lines;
}

// Every page of `limit` rows, each starting after the previous page's last row.
QList<quint32> pagesThroughCursor(const FacetIndex &index, const Model &model, const ArticleBitset &matching,
                                  int limit)
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
bool agrees(const Mirror &lib, const ArticleFilter &filter, const ArticleBitset *hits)
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
void buildSmall(Mirror &lib)
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

ArticleFilter makeFilter(const QStringList &regions, const QStringList &initiatives, const QStringList &orgs,
                         const QStringList &countries, bool unread = false, bool starred = false)
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

QStringList keys(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *k : list)
        out.append(QString::fromLatin1(k));
    return out;
}

// A random library: Zipf-like facet popularity, so that some facets are dense and most sparse; date
// ties; gaps in the ids; tags loaded before their articles and facets, with duplicates and tags of
// articles that do not exist.
void buildRandom(Mirror &lib, std::mt19937 &rng, FacetIndex::Layout layout, int articles, int facets)
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

ArticleFilter randomFilter(std::mt19937 &rng, const Model &model)
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

std::optional<ArticleBitset> randomHits(std::mt19937 &rng, quint32 maxId)
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

} // namespace

class TestFacetIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bitset();
    void filters_data();
    void filters();
    void facetCounts_data();
    void facetCounts();
    void pagesWithCursor_data();
    void pagesWithCursor();
    void incremental();
    void randomLibrary_data();
    void randomLibrary();
};

void TestFacetIndex::bitset()
{
    ArticleBitset a = ArticleBitset::filled(70);
    QCOMPARE(a.count(), 70);
    QVERIFY(a.test(69));
    QVERIFY(!a.test(70));
    a.reset(3);
    QCOMPARE(a.nextSetBit(3), 4u);
    QCOMPARE(a.nextSetBit(70), ArticleBitset::npos);

    ArticleBitset b;
    b.set(3);
    b.set(64);
    b.set(200); // grows
    QCOMPARE(b.size(), 201);
    QCOMPARE(a.countAnd(b), 1);
    QCOMPARE(b.toList(), (QList<quint32>{3, 64, 200}));

    ArticleBitset c = a;
    c &= b;
    QCOMPARE(c.toList(), QList<quint32>{64});
    c |= b;
    QCOMPARE(c.toList(), (QList<quint32>{3, 64, 200}));
    c.andNot(a);
    QCOMPARE(c.toList(), (QList<quint32>{3, 200}));
    QVERIFY(c == ArticleBitset::fromIds(QList<quint32>{200, 3}));
    c.resize(100);
    QCOMPARE(c.toList(), QList<quint32>{3});
    c.resetAll();
    QVERIFY(!c.any());
}

void TestFacetIndex::filters_data()
{
    QTest::addColumn<ArticleFilter>("filter");
    QTest::addColumn<bool>("search");
    QTest::addColumn<QList<quint32>>("hits");
    QTest::addColumn<QList<quint32>>("expected"); // in list order

    const QStringList none;
    const QList<quint32> noHits;
    QTest::newRow("everything") << ArticleFilter() << false << noHits << QList<quint32>{4, 6, 2, 3, 1, 5};
    QTest::newRow("one region") << makeFilter(keys({"europe"}), none, none, none) << false << noHits
                                << QList<quint32>{6, 3, 1};
    QTest::newRow("two regions: OR") << makeFilter(keys({"europe", "africa"}), none, none, none) << false
                                     << noHits << QList<quint32>{4, 6, 2, 3, 1};
    QTest::newRow("region and country: AND")
        << makeFilter(keys({"europe"}), none, none, keys({"FR"})) << false << noHits << QList<quint32>{6, 1};
    QTest::newRow("disjoint kinds") << makeFilter(keys({"africa"}), none, none, keys({"FR"})) << false
                                    << noHits << QList<quint32>{};
    QTest::newRow("three kinds") << makeFilter(keys({"europe"}), keys({"ecommerce"}), keys({"wco"}), none)
                                 << false << noHits << QList<quint32>{6};
    QTest::newRow("OR and AND") << makeFilter(keys({"europe", "africa"}), none, none, keys({"ML", "FR"}))
                                << false << noHits << QList<quint32>{4, 6, 2, 1};
    QTest::newRow("unknown key") << makeFilter(keys({"asia"}), none, none, none) << false << noHits
                                 << QList<quint32>{};
    QTest::newRow("unknown or known")
        << makeFilter(keys({"asia", "africa"}), none, none, none) << false << noHits << QList<quint32>{4, 2};
    QTest::newRow("unknown in another kind")
        << makeFilter(keys({"europe"}), none, keys({"imf"}), none) << false << noHits << QList<quint32>{};
    QTest::newRow("key of another kind")
        << makeFilter(keys({"FR"}), none, none, none) << false << noHits << QList<quint32>{};
    QTest::newRow("facet without articles")
        << makeFilter(none, none, keys({"wto"}), none) << false << noHits << QList<quint32>{};
    QTest::newRow("unread") << makeFilter(none, none, none, none, true) << false << noHits
                            << QList<quint32>{6, 2, 3, 5};
    QTest::newRow("starred") << makeFilter(none, none, none, none, false, true) << false << noHits
                             << QList<quint32>{4, 2};
    QTest::newRow("unread and starred")
        << makeFilter(none, none, none, none, true, true) << false << noHits << QList<quint32>{2};
    QTest::newRow("unread in a region")
        << makeFilter(keys({"africa"}), none, none, none, true) << false << noHits << QList<quint32>{2};
    QTest::newRow("search hits") << ArticleFilter() << true << QList<quint32>{1, 2, 5, 99}
                                 << QList<quint32>{2, 1, 5};
    QTest::newRow("search without hits") << ArticleFilter() << true << QList<quint32>{} << QList<quint32>{};
    QTest::newRow("search and region") << makeFilter(keys({"europe"}), none, none, none) << true
                                       << QList<quint32>{1, 2, 3} << QList<quint32>{3, 1};
}

void TestFacetIndex::filters()
{
    QFETCH(ArticleFilter, filter);
    QFETCH(bool, search);
    QFETCH(QList<quint32>, hits);
    QFETCH(QList<quint32>, expected);

    Mirror lib;
    buildSmall(lib);
    const ArticleBitset hitSet = ArticleBitset::fromIds(hits);
    const ArticleBitset *searchHits = search ? &hitSet : nullptr;

    QList<quint32> sorted = expected;
    std::sort(sorted.begin(), sorted.end());
    const ArticleBitset matching = lib.index.matching(filter, searchHits);
    QCOMPARE(matching.toList(), sorted);
    QCOMPARE(lib.index.count(filter, searchHits), qint64(expected.size()));
    QCOMPARE(lib.index.page(matching, 0), expected);
    QVERIFY(agrees(lib, filter, searchHits));
}

void TestFacetIndex::facetCounts_data()
{
    QTest::addColumn<ArticleFilter>("filter");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    QTest::newRow("no filter") << ArticleFilter()
                               << keys({"region:europe/Europe=3", "region:africa/Africa=2",
                                        "initiative:ecommerce/E-commerce=3",
                                        "organization:wco/World Customs Organization=3",
                                        "country:FR/France=2", "country:ML/Mali=2"});
    QTest::newRow("a region: its own kind ignores it")
        << makeFilter(keys({"europe"}), none, none, none)
        << keys({"region:europe/Europe=3", "region:africa/Africa=2", "initiative:ecommerce/E-commerce=2",
                 "organization:wco/World Customs Organization=2", "country:FR/France=2"});
    QTest::newRow("selected values without articles")
        << makeFilter(keys({"africa"}), none, none, keys({"FR"}))
        << keys({"region:europe/Europe=2", "region:africa/Africa=0", "country:ML/Mali=2",
                 "country:FR/France=0"});
    QTest::newRow("unknown selected key")
        << makeFilter(none, none, keys({"imf"}), none)
        << keys({"organization:wco/World Customs Organization=3", "organization:imf/imf=0"});
    QTest::newRow("known facet without articles selected")
        << makeFilter(none, none, keys({"wto", "wto"}), none)
        << keys({"organization:wco/World Customs Organization=3", "organization:wto/WTO=0"});
    QTest::newRow("unread") << makeFilter(none, none, none, none, true)
                            << keys({"region:europe/Europe=2", "region:africa/Africa=1",
                                     "initiative:ecommerce/E-commerce=3",
                                     "organization:wco/World Customs Organization=2", "country:FR/France=1",
                                     "country:ML/Mali=1"});
}

void TestFacetIndex::facetCounts()
{
    QFETCH(ArticleFilter, filter);
    QFETCH(QStringList, expected);

    Mirror lib;
    buildSmall(lib);
    QCOMPARE(describe(lib.index.facetCounts(filter, nullptr)), expected);
    QCOMPARE(describe(lib.model.facetCounts(filter, nullptr)), expected);
}

void TestFacetIndex::pagesWithCursor_data()
{
    QTest::addColumn<ArticleFilter>("filter");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("afterPublished");
    QTest::addColumn<quint32>("afterId");
    QTest::addColumn<QList<quint32>>("expected");

    const QStringList none;
    const ArticleFilter all;
    QTest::newRow("first page") << all << 2 << qint64(-1) << 0u << QList<quint32>{4, 6};
    QTest::newRow("ties by id") << all << 2 << qint64(300) << 6u << QList<quint32>{2, 3};
    QTest::newRow("inside a tie") << all << 0 << qint64(200) << 2u << QList<quint32>{3, 1, 5};
    QTest::newRow("cursor between rows") << all << 0 << qint64(250) << 0u << QList<quint32>{2, 3, 1, 5};
    QTest::newRow("past the end") << all << 5 << qint64(50) << 5u << QList<quint32>{};
    QTest::newRow("filtered, after the cursor")
        << makeFilter(keys({"europe"}), none, none, none) << 1 << qint64(300) << 6u << QList<quint32>{3};
    QTest::newRow("one match, before the cursor") << makeFilter(none, none, none, keys({"ML"}), false, false)
                                                  << 10 << qint64(300) << 4u << QList<quint32>{2};
}

void TestFacetIndex::pagesWithCursor()
{
    QFETCH(ArticleFilter, filter);
    QFETCH(int, limit);
    QFETCH(qint64, afterPublished);
    QFETCH(quint32, afterId);
    QFETCH(QList<quint32>, expected);

    Mirror lib;
    buildSmall(lib);
    std::optional<std::pair<qint64, quint32>> after;
    if (afterPublished >= 0)
        after = std::make_pair(afterPublished, afterId);
    QCOMPARE(lib.index.page(lib.index.matching(filter, nullptr), limit, after), expected);
    for (int size = 1; size <= 7; ++size)
        QCOMPARE(pagesThroughCursor(lib.index, lib.model, lib.index.matching(filter, nullptr), size),
                 lib.model.ordered(filter, nullptr));
}

void TestFacetIndex::incremental()
{
    Mirror lib;
    buildSmall(lib);
    const ArticleFilter europe = makeFilter(keys({"europe"}), {}, {}, {});
    const ArticleFilter unread = makeFilter({}, {}, {}, {}, true);
    const ArticleFilter starred = makeFilter({}, {}, {}, {}, false, true);
    const auto check = [&] {
        for (const ArticleFilter &f : {ArticleFilter(), europe, unread, starred})
            QVERIFY(agrees(lib, f, nullptr));
    };

    lib.addTag(5, 1);
    lib.addTag(5, 1); // idempotent
    QCOMPARE(lib.index.count(europe, nullptr), 4);
    check();
    lib.removeTag(6, 1);
    QCOMPARE(lib.index.page(lib.index.matching(europe, nullptr), 0), (QList<quint32>{3, 1, 5}));
    check();
    lib.setRead(5, true);
    lib.setStarred(3, true);
    check();
    lib.addArticle(7, 400, false, false); // the newest
    lib.addTag(7, 2);
    lib.addArticle(8, 150, false, true); // out of date order
    lib.addTag(8, 1);
    QCOMPARE(lib.index.page(lib.index.matching(ArticleFilter(), nullptr), 0),
             (QList<quint32>{7, 4, 6, 2, 3, 8, 1, 5}));
    check();
    lib.removeArticle(4);
    QVERIFY(!lib.index.contains(4));
    QCOMPARE(lib.index.articleCount(), 7);
    check();
    lib.addArticle(4, 10, false, false); // back, older and without its tags
    QCOMPARE(lib.index.page(lib.index.matching(ArticleFilter(), nullptr), 0).last(), 4u);
    check();
    lib.addArticle(2, 500, false, false); // an update moves it
    QCOMPARE(lib.index.page(lib.index.matching(ArticleFilter(), nullptr), 1), QList<quint32>{2});
    check();
    lib.addFacet(9, FacetKind::Region, QStringLiteral("asia"), QStringLiteral("Asia"));
    lib.addTag(3, 9);
    lib.addFacet(1, FacetKind::Region, QStringLiteral("europe"), QStringLiteral("Zeurope")); // relabel
    QCOMPARE(lib.index.facetId(FacetKind::Region, QStringLiteral("asia")), std::optional<qint64>(9));
    check();
    lib.addTag(42, 1); // no such article: ignored
    QVERIFY(!lib.index.hasTag(42, 1));
    check();
}

void TestFacetIndex::randomLibrary_data()
{
    QTest::addColumn<int>("layout");
    QTest::addColumn<unsigned>("seed");
    QTest::newRow("automatic") << int(FacetIndex::Layout::Automatic) << 1u;
    QTest::newRow("automatic, another seed") << int(FacetIndex::Layout::Automatic) << 2u;
    QTest::newRow("all sparse") << int(FacetIndex::Layout::AllSparse) << 1u;
    QTest::newRow("all dense") << int(FacetIndex::Layout::AllDense) << 1u;
}

void TestFacetIndex::randomLibrary()
{
    QFETCH(int, layout);
    QFETCH(unsigned, seed);
    constexpr int articles = 5000;
    constexpr int facets = 120;

    std::mt19937 rng(seed);
    Mirror lib;
    buildRandom(lib, rng, FacetIndex::Layout(layout), articles, facets);
    QCOMPARE(lib.index.articleCount(), articles);

    int dense = 0;
    for (qint64 id = 1; id <= facets; ++id)
        dense += lib.index.isDense(id) ? 1 : 0;
    switch (FacetIndex::Layout(layout)) {
    case FacetIndex::Layout::Automatic:
        QVERIFY(dense > 0 && dense < facets);
        break;
    case FacetIndex::Layout::AllSparse:
        QCOMPARE(dense, 0);
        break;
    case FacetIndex::Layout::AllDense:
        QCOMPARE(dense, facets);
        break;
    }

    const auto verify = [&](int filters) {
        const quint32 maxId = lib.model.articles.rbegin()->first;
        for (int i = 0; i < filters; ++i) {
            const ArticleFilter filter = randomFilter(rng, lib.model);
            const std::optional<ArticleBitset> hits = randomHits(rng, maxId);
            if (!agrees(lib, filter, hits ? &*hits : nullptr))
                return false;
        }
        return true;
    };
    QVERIFY(verify(25));

    // Changes after finish(): tags, flags, new and removed articles, new and relabelled facets.
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<qint64> anyFacet(1, facets + 5);
    quint32 nextId = lib.model.articles.rbegin()->first + 1;
    qint64 newest = articles;
    const auto anyArticle = [&] { return std::uniform_int_distribution<quint32>(1, nextId)(rng); };
    for (int op = 0; op < 1500; ++op) {
        const int what = percent(rng);
        if (what < 25) {
            lib.addTag(anyArticle(), anyFacet(rng));
        } else if (what < 40) {
            lib.removeTag(anyArticle(), anyFacet(rng));
        } else if (what < 50) {
            lib.setRead(anyArticle(), percent(rng) < 50);
        } else if (what < 55) {
            lib.setStarred(anyArticle(), percent(rng) < 50);
        } else if (what < 75) {
            const bool old = percent(rng) < 30;
            const quint32 id = nextId++;
            lib.addArticle(id, old ? std::uniform_int_distribution<qint64>(0, newest)(rng) : ++newest, false,
                           false);
            for (int t = 0; t < 5; ++t)
                lib.addTag(id, anyFacet(rng));
        } else if (what < 90) {
            const quint32 id = anyArticle();
            lib.removeArticle(id);
            if (percent(rng) < 30)
                lib.addArticle(id, std::uniform_int_distribution<qint64>(0, newest)(rng), true, false);
        } else if (what < 93) {
            const qint64 id = anyFacet(rng);
            lib.addFacet(id, allFacetKinds[size_t(id % 4)], QStringLiteral("k%1").arg(id),
                         QStringLiteral("Label %1").arg(percent(rng)));
        } else {
            const quint32 id = anyArticle();
            if (lib.model.articles.count(id))
                lib.addArticle(id, std::uniform_int_distribution<qint64>(0, newest)(rng), percent(rng) < 50,
                               percent(rng) < 50);
        }
    }
    QVERIFY(verify(15));

    // Enough old articles to merge the recent ones into the date order, enough removals to compact it.
    for (int i = 0; i < 4500; ++i) {
        const quint32 id = nextId++;
        lib.addArticle(id, std::uniform_int_distribution<qint64>(0, newest)(rng), percent(rng) < 50, false);
        lib.addTag(id, anyFacet(rng));
    }
    for (int i = 0; i < 2500; ++i)
        lib.removeArticle(anyArticle());
    QCOMPARE(lib.index.articleCount(), qint64(lib.model.articles.size()));
    QVERIFY(verify(15));
}

QTEST_GUILESS_MAIN(TestFacetIndex)
#include "tst_facetindex.moc"
