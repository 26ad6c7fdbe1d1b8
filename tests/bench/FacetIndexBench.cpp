// facetindex-bench: build time, memory and query latency of the in-memory FacetIndex on a synthetic
// library (Zipf-like tag popularity). A program, not a test: it prints figures beside the targets.
//   facetindex-bench [--articles 100000] [--facets 650] [--tags 15] [--repeat 15]

#include "BenchSupport.h"
#include "storage/FacetIndex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <random>
#include <vector>

using namespace Clearance;
using namespace Clearance::Bench;

namespace {

// Median of `repeat` runs, in milliseconds.
double medianMs(int repeat, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(msSince(timer));
    }
    std::nth_element(times.begin(), times.begin() + repeat / 2, times.end());
    return times[size_t(repeat / 2)];
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong();
    }
    return 0;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 1 ? 3 : 1).rightJustified(9);
}

struct Library
{
    std::vector<FacetKind> kinds; // by facet id - 1
    std::vector<double> weights;  // popularity by facet id - 1
    std::mt19937 rng{20240601};
    qint64 lastPublished = 0;
};

// Facet i (1-based) has popularity 1/rank, the ranks shuffled across the kinds; 5% regions, 20%
// initiatives, 30% organizations, 45% countries.
Library makeFacets(FacetIndex &index, int facets)
{
    Library lib;
    std::vector<int> ranks(static_cast<size_t>(facets));
    for (int i = 0; i < facets; ++i)
        ranks[size_t(i)] = i + 1;
    std::shuffle(ranks.begin(), ranks.end(), lib.rng);
    for (int i = 0; i < facets; ++i) {
        const int share = i * 100 / facets;
        const FacetKind kind = share < 5    ? FacetKind::Region
                               : share < 25 ? FacetKind::Initiative
                               : share < 55 ? FacetKind::Organization
                                            : FacetKind::Country;
        lib.kinds.push_back(kind);
        lib.weights.push_back(1.0 / ranks[size_t(i)]);
        index.addFacet(i + 1, kind, QStringLiteral("f%1").arg(i + 1), QStringLiteral("Facet %1").arg(i + 1));
    }
    return lib;
}

void addArticles(FacetIndex &index, Library &lib, quint32 firstId, int count, int tags, bool newest)
{
    std::discrete_distribution<int> pick(lib.weights.begin(), lib.weights.end());
    std::uniform_int_distribution<int> percent(0, 99);
    std::vector<int> chosen;
    for (quint32 id = firstId; id < firstId + quint32(count); ++id) {
        // Roughly chronological with local disorder, like feeds fetched in turn.
        const qint64 published = newest ? lib.lastPublished + 60
                                        : 1'600'000'000 + qint64(id) * 30 +
                                              std::uniform_int_distribution<qint64>(0, 3600)(lib.rng);
        lib.lastPublished = std::max(lib.lastPublished, published);
        index.addArticle(id, published, percent(lib.rng) < 70, percent(lib.rng) < 3);
        chosen.clear();
        while (chosen.size() < size_t(tags)) {
            const int facet = pick(lib.rng) + 1;
            if (std::find(chosen.cbegin(), chosen.cend(), facet) == chosen.cend())
                chosen.push_back(facet);
        }
        for (const int facet : chosen)
            index.addTag(id, facet);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Articles."),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption facetsOption(QStringLiteral("facets"), QStringLiteral("Facets."),
                                          QStringLiteral("n"), QStringLiteral("650"));
    const QCommandLineOption tagsOption(QStringLiteral("tags"), QStringLiteral("Tags per article."),
                                        QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per timing."),
                                          QStringLiteral("n"), QStringLiteral("15"));
    parser.addOptions({articlesOption, facetsOption, tagsOption, repeatOption});
    parser.process(app);
    const int articles = std::max(1, parser.value(articlesOption).toInt());
    const int facets = std::max(4, parser.value(facetsOption).toInt());
    const int tags = std::clamp(parser.value(tagsOption).toInt(), 0, facets);
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    out() << "facetindex-bench: " << articles << " articles, " << facets << " facets, " << tags
          << " tags each\n";
    const qint64 rssBefore = residentKiB();
    FacetIndex index;
    QElapsedTimer timer;
    timer.start();
    Library lib = makeFacets(index, facets);
    addArticles(index, lib, 1, articles, tags, false);
    const double loadMs = msSince(timer);
    timer.restart();
    index.finish();
    const double finishMs = msSince(timer);
    int dense = 0;
    for (int id = 1; id <= facets; ++id)
        dense += index.isDense(id) ? 1 : 0;
    out() << "load (addArticle/addTag, includes generating): " << ms(loadMs) << " ms\n"
          << "finish():                                      " << ms(finishMs)
          << " ms   target < 100 ms at 100k\n"
          << "memory: estimate " << index.memoryUsage() / (1024 * 1024) << " MiB, resident growth "
          << (residentKiB() - rssBefore) / 1024 << " MiB   target < 150 MB at 1M\n"
          << "dense facets: " << dense << " of " << facets << "\n\n";

    // Scenarios.
    std::vector<std::pair<qint64, int>> bySize; // (articles, facet id)
    for (int id = 1; id <= facets; ++id)
        bySize.emplace_back(index.facetArticleCount(id), id);
    std::sort(bySize.begin(), bySize.end(), std::greater<>());
    const auto key = [&](int id) { return QStringLiteral("f%1").arg(id); };
    const auto topOf = [&](FacetKind kind, int nth) {
        for (const auto &[n, id] : bySize) {
            if (lib.kinds[size_t(id - 1)] == kind && nth-- == 0)
                return id;
        }
        return 1;
    };
    const qint64 rareTarget = std::max<qint64>(1, articles / 2000); // 0.05 %
    int rare = bySize.back().second;
    for (const auto &[n, id] : bySize) {
        if (std::abs(n - rareTarget) < std::abs(index.facetArticleCount(rare) - rareTarget))
            rare = id;
    }

    struct Scenario
    {
        QString name;
        ArticleFilter filter;
        bool search = false;
    };
    std::vector<Scenario> scenarios;
    scenarios.push_back({QStringLiteral("no filter"), {}});
    {
        ArticleFilter f;
        f.values(lib.kinds[size_t(bySize.front().second - 1)]).append(key(bySize.front().second));
        scenarios.push_back({QStringLiteral("one common facet"), f});
    }
    {
        ArticleFilter f;
        f.values(FacetKind::Region).append(key(topOf(FacetKind::Region, 0)));
        f.values(FacetKind::Initiative).append(key(topOf(FacetKind::Initiative, 5)));
        scenarios.push_back({QStringLiteral("two kinds"), f});
    }
    {
        ArticleFilter f;
        f.values(lib.kinds[size_t(rare - 1)]).append(key(rare));
        scenarios.push_back({QStringLiteral("rare facet"), f});
    }
    {
        ArticleFilter f;
        f.unreadOnly = true;
        scenarios.push_back({QStringLiteral("search 2% + unread"), f, true});
    }
    scenarios.push_back({QStringLiteral("search 0.05%"), {}, true});
    const auto randomHits = [&](int perTenThousand) {
        ArticleBitset hits;
        std::uniform_int_distribution<int> draw(0, 9999);
        for (quint32 id = 1; id <= quint32(articles); ++id) {
            if (draw(lib.rng) < perTenThousand)
                hits.set(id);
        }
        return hits;
    };
    const ArticleBitset hits = randomHits(200);
    const ArticleBitset rareHits = randomHits(5);

    out() << "median of " << repeat
          << " runs, ms          matches     count  matching  page100  page@50  facetCounts\n";
    for (const Scenario &s : scenarios) {
        const ArticleBitset *searchHits = !s.search ? nullptr : s.filter.unreadOnly ? &hits : &rareHits;
        const ArticleBitset matching = index.matching(s.filter, searchHits);
        const double countMs = medianMs(repeat, [&] { (void)index.count(s.filter, searchHits); });
        const double matchingMs = medianMs(repeat, [&] { (void)index.matching(s.filter, searchHits); });
        const double pageMs = medianMs(repeat, [&] { (void)index.page(matching, 100); });
        // A deep page: after the 50th page of 100.
        const QList<quint32> first = index.page(matching, 5000);
        std::optional<std::pair<qint64, quint32>> cursor;
        if (!first.isEmpty())
            cursor = std::make_pair(*index.published(first.back()), first.back());
        const double deepMs = medianMs(repeat, [&] { (void)index.page(matching, 100, cursor); });
        const double facetsMs = medianMs(repeat, [&] { (void)index.facetCounts(s.filter, searchHits); });
        out() << "  " << s.name.leftJustified(28) << QString::number(matching.count()).rightJustified(9)
              << ms(countMs) << ms(matchingMs) << ms(pageMs) << ms(deepMs) << ms(facetsMs) << "\n";
    }
    out() << "targets at 100k: count/list/facets < 50 ms (facetCounts two kinds < 10 ms), page < 1 ms; "
             "at 1M facetCounts < 60 ms\n\n";

    // Incremental changes after finish().
    timer.restart();
    addArticles(index, lib, quint32(articles) + 1, 1000, tags, true);
    for (quint32 id = quint32(articles) + 1; id <= quint32(articles) + 1000; ++id)
        index.setRead(id, true);
    const double newestMs = msSince(timer);
    timer.restart();
    addArticles(index, lib, quint32(articles) + 1001, 1000, tags, false);
    const double oldMs = msSince(timer);
    timer.restart();
    std::uniform_int_distribution<quint32> anyId(1, quint32(articles));
    for (int i = 0; i < 1000; ++i)
        index.removeArticle(anyId(lib.rng));
    const double removeMs = msSince(timer);
    timer.restart();
    for (int i = 0; i < 1000; ++i)
        index.addTag(anyId(lib.rng), 1 + i % facets);
    for (int i = 0; i < 1000; ++i)
        index.removeTag(anyId(lib.rng), 1 + i % facets);
    const double tagMs = msSince(timer);
    const double afterMs = medianMs(repeat, [&] { (void)index.facetCounts(scenarios[2].filter, nullptr); });
    out() << "incremental, after finish():\n"
          << "  1000 new articles (newest, " << tags << " tags each) + setRead: " << ms(newestMs) << " ms\n"
          << "  1000 new articles with past dates:                " << ms(oldMs) << " ms\n"
          << "  1000 removeArticle:                               " << ms(removeMs) << " ms\n"
          << "  1000 addTag + 1000 removeTag:                     " << ms(tagMs) << " ms\n"
          << "  facetCounts (two kinds) afterwards:               " << ms(afterMs) << " ms\n";
    out().flush();
    return 0;
}
