// clearance-bench's queries; see QueryTimings.h.

#include "QueryTimings.h"

#include "SyntheticCorpus.h"
#include "storage/ArticleStore.h"

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace Clearance::Bench {

namespace {

// The most common value of `kind` (the queries must select thousands of rows to mean anything).
QList<Facet> ofKind(const QList<Facet> &facets, FacetKind kind)
{
    QList<Facet> list;
    for (const Facet &f : facets) {
        if (f.kind == kind)
            list.append(f);
    }
    return list;
}

// A (region, initiative) pair among the commonest values whose intersection is what a reader's
// filter typically selects: thousands of articles, yet not most of the library (between `least`
// and `most`). Failing that, the pair closest to that range.
ArticleFilter commonTwoFacetFilter(const ArticleStore &store, qint64 least, qint64 most)
{
    const QList<Facet> facets = valueOrDie(store.facetCounts({}));
    const QList<Facet> regions = ofKind(facets, FacetKind::Region);
    const QList<Facet> initiatives = ofKind(facets, FacetKind::Initiative);
    if (regions.isEmpty() || initiatives.isEmpty())
        die(QStringLiteral("the generated library has no region or no initiative tag"));
    ArticleFilter best;
    qint64 bestDistance = -1;
    for (qsizetype r = 0; r < std::min<qsizetype>(6, regions.size()); ++r) {
        for (qsizetype i = 0; i < std::min<qsizetype>(6, initiatives.size()); ++i) {
            ArticleFilter f;
            f.values(FacetKind::Region) = {regions.at(r).key};
            f.values(FacetKind::Initiative) = {initiatives.at(i).key};
            const qint64 count = valueOrDie(store.countArticles(f));
            if (count >= least && count <= most)
                return f;
            const qint64 distance = count < least ? least - count : count - most;
            if (bestDistance < 0 || distance < bestDistance) {
                best = f;
                bestDistance = distance;
            }
        }
    }
    return best;
}

// The cursor after roughly `rows` rows of the filter's list, reached by walking its pages.
ListPage laterPage(const ArticleStore &store, const ArticleFilter &filter, qint64 rows)
{
    ListPage page;
    qint64 seen = 0;
    while (seen < rows) {
        const QList<ArticleSummary> list = valueOrDie(store.listArticles(filter, page));
        if (list.isEmpty())
            break;
        seen += list.size();
        page.hasCursor = true;
        page.afterPublished = list.constLast().published;
        page.afterId = list.constLast().id;
    }
    return page;
}

} // namespace

Timing timeQuery(const QString &name, int repeat, bool required, const std::function<qint64()> &query)
{
    Timing t{name, 0, 0, 0, 0, required};
    QElapsedTimer timer;
    timer.start();
    t.rows = query();
    t.firstMs = msSince(timer);
    std::vector<double> samples;
    for (int i = 0; i < repeat; ++i) {
        timer.restart();
        query();
        samples.push_back(msSince(timer));
    }
    std::sort(samples.begin(), samples.end());
    const size_t m = samples.size();
    t.medianMs = m % 2 ? samples[m / 2] : (samples[m / 2 - 1] + samples[m / 2]) / 2;
    t.maxMs = samples.back();
    return t;
}

QList<Timing> runQueries(const ArticleStore &store, int repeat, QJsonObject &filters)
{
    const qint64 total = valueOrDie(store.countArticles({}));
    const ArticleFilter two = commonTwoFacetFilter(store, std::min<qint64>(2000, total / 20), total / 4);
    const qint64 twoCount = valueOrDie(store.countArticles(two));
    const ListPage first;
    ListPage byTitle;
    byTitle.sort = {ArticleSort::Key::Title, Qt::AscendingOrder};
    ListPage bySource;
    bySource.sort = {ArticleSort::Key::Source, Qt::DescendingOrder};
    const ListPage later = laterPage(store, two, std::min<qint64>(5000, twoCount / 2));
    ArticleFilter rare;
    rare.search = SyntheticCorpus::rareWord();
    ArticleFilter common;
    common.search = SyntheticCorpus::commonWord();
    ArticleFilter twoAndRare = two;
    twoAndRare.search = rare.search;
    const QString twoName =
        QStringLiteral("region=%1 + initiative=%2")
            .arg(two.values(FacetKind::Region).value(0), two.values(FacetKind::Initiative).value(0));
    filters.insert(QStringLiteral("twoFacets"), twoName);
    filters.insert(QStringLiteral("twoFacetsCount"), twoCount);
    filters.insert(QStringLiteral("rareWord"), rare.search);
    filters.insert(QStringLiteral("commonWord"), common.search);

    auto list = [&store](const ArticleFilter &f, const ListPage &p) {
        return [&store, f, p]() -> qint64 { return valueOrDie(store.listArticles(f, p)).size(); };
    };
    auto count = [&store](const ArticleFilter &f) {
        return [&store, f]() -> qint64 { return valueOrDie(store.countArticles(f)); };
    };
    auto facets = [&store](const ArticleFilter &f) {
        return [&store, f]() -> qint64 { return valueOrDie(store.facetCounts(f)).size(); };
    };

    QList<Timing> timings;
    timings
        << timeQuery(QStringLiteral("list, 2 facets, first page"), repeat, true, list(two, first))
        << timeQuery(
               QStringLiteral("list, 2 facets, page after row %1").arg(std::min<qint64>(5000, twoCount / 2)),
               repeat, true, list(two, later))
        << timeQuery(QStringLiteral("count, 2 facets"), repeat, true, count(two))
        << timeQuery(QStringLiteral("facets, no filter"), repeat, true, facets({}))
        << timeQuery(QStringLiteral("facets, 2 facets"), repeat, true, facets(two))
        << timeQuery(QStringLiteral("list, search \"%1\" (rare)").arg(rare.search), repeat, true,
                     list(rare, first))
        << timeQuery(QStringLiteral("list, search \"%1\" (common)").arg(common.search), repeat, true,
                     list(common, first))
        << timeQuery(QStringLiteral("list, no filter, first page"), repeat, false, list({}, first))
        << timeQuery(QStringLiteral("list, 2 facets + search rare"), repeat, false, list(twoAndRare, first))
        << timeQuery(QStringLiteral("count, search rare"), repeat, false, count(rare))
        << timeQuery(QStringLiteral("count, search common"), repeat, false, count(common))
        << timeQuery(QStringLiteral("facets, search rare"), repeat, false, facets(rare))
        << timeQuery(QStringLiteral("facets, search common"), repeat, false, facets(common))
        // "first" includes sorting the whole library once.
        << timeQuery(QStringLiteral("list by title, 2 facets, first page"), repeat, false, list(two, byTitle))
        << timeQuery(QStringLiteral("list by source, no filter, first page"), repeat, false,
                     list({}, bySource));
    return timings;
}

} // namespace Clearance::Bench
