// clearance-bench: import rate and query latency of a synthetic library, beside a raw SQLite baseline
// on the same data in the same run. A program, not a test: it prints figures and targets, and its
// exit status says only whether it ran (a target missed is reported, not failed).

#include "BenchSupport.h"
#include "CorpusFiles.h"
#include "SyntheticCorpus.h"
#include "ingest/ArticleReader.h"
#include "ingest/ArticleReaderFactory.h"
#include "service/Importer.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "tagging/Tagger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <functional>
#include <optional>
#include <thread>
#include <vector>

using namespace Clearance;
using namespace Clearance::Bench;

namespace {

constexpr double kQueryTargetMs = 50.0;
constexpr double kImportTargetRatio = 1.5;

double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

qint64 fileSize(const QString &path)
{
    // The main file only: both imports end with a checkpoint, after which the -wal file holds
    // nothing live (it keeps its size until truncated).
    return QFileInfo(path).size();
}

// ---- the raw SQLite baseline -------------------------------------------------------------------

struct ImportFigures
{
    double ms = 0;
    double insertMs = 0;  // baseline: the plain inserts
    double rebuildMs = 0; // baseline: the FTS5 rebuild
    double cpuSeconds = 0;
    qint64 bytes = 0;
    double perSecond(int n) const { return ms > 0 ? n / (ms / 1000.0) : 0; }
};

// The baseline: the same articles in a library of the same schema, filled the fastest plain way.
ImportFigures runBaseline(const QString &path, const QList<Article> &articles, QString *sqliteVersion)
{
    QFile::remove(path);
    ImportFigures figures;
    {
        // The library's own schema and pragmas (its triggers fire on update and delete only), then
        // the fastest plain way to fill it: prepared inserts on the C API, one FTS5 'rebuild'.
        Database db(path);
        if (const Status s = db.open(); !s)
            die(QStringLiteral("baseline: %1").arg(s.error()));
        SqliteStatement version(db.handle(), "SELECT sqlite_version()");
        if (version.next())
            *sqliteVersion = version.text(0);

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const double cpu0 = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        SqliteStatement begin(db.handle(), "BEGIN");
        SqliteStatement commit(db.handle(), "COMMIT");
        SqliteStatement rebuild(db.handle(), "INSERT INTO articles_fts(articles_fts) VALUES('rebuild')");
        SqliteStatement insert(db.handle(),
                               "INSERT INTO articles (guid, title, body, html, url, source, language, "
                               "published_at, published_estimated, imported_at) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        if (!begin.exec())
            die(QStringLiteral("baseline: no transaction"));
        for (const Article &a : articles) {
            insert.bind(1, a.guid);
            insert.bind(2, a.title);
            insert.bind(3, a.body);
            insert.bind(4, a.html);
            insert.bind(5, a.url);
            insert.bind(6, a.source);
            insert.bind(7, a.language);
            insert.bind(8, a.published.toSecsSinceEpoch());
            insert.bind(9, qint64(0));
            insert.bind(10, now);
            if (!insert.exec())
                die(QStringLiteral("baseline insert: %1").arg(insert.error()));
        }
        figures.insertMs = msSince(timer);
        if (!rebuild.exec() || !commit.exec())
            die(QStringLiteral("baseline: %1").arg(rebuild.error()));
        figures.ms = msSince(timer);
        figures.rebuildMs = figures.ms - figures.insertMs;
        figures.cpuSeconds = cpuSeconds() - cpu0;
    }
    figures.bytes = fileSize(path);
    return figures;
}

// One import through Importer into a fresh library at `path`: `run` starts it (articles in memory, or
// a file), which must add `expected` articles.
ImportFigures runImport(const QString &path, const std::shared_ptr<const Tagger> &tagger, qsizetype expected,
                        const std::function<Result<ImportReport>(Importer &)> &run)
{
    QFile::remove(path);
    ImportFigures figures;
    {
        Database db(path);
        if (Status s = db.open(); !s)
            die(s.error());
        ArticleStore store(db);
        Importer importer(store, tagger);
        const double cpu0 = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        const Result<ImportReport> report = run(importer);
        figures.ms = msSince(timer);
        figures.cpuSeconds = cpuSeconds() - cpu0;
        if (!report)
            die(report.error());
        if (report->added != expected)
            die(QStringLiteral("imported %1 of %2 articles").arg(report->added).arg(expected));
    }
    figures.bytes = fileSize(path);
    return figures;
}

// Of several runs of one import, the one of median time (the lower middle for an even count): on a
// shared machine a single run of a few seconds varies by 15% or more, in the baseline as in the rest.
ImportFigures medianRun(std::vector<ImportFigures> runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const ImportFigures &a, const ImportFigures &b) { return a.ms < b.ms; });
    return runs[(runs.size() - 1) / 2];
}

// One of the files the articles are also imported from (--rss, --text, --json-array).
struct FileImport
{
    QString name;      // "RSS file"
    QString shortName; // "RSS", in ratios and JSON keys
    QString fileName;
    std::function<bool(const QString &, const QList<Article> &)> write;
    QString path;
    qint64 bytes = 0;
    std::vector<ImportFigures> runs;
    std::vector<double> ratios; // of each run to the baseline of its round
    ImportFigures median;
    std::optional<double> readMs;
    double peakMb = 0; // of the import alone, in a process of its own
};

// ---- the import breakdown ----------------------------------------------------------------------

// What Importer does, in two timed halves: tagging on every core, then ArticleStore::addArticles.
struct Breakdown
{
    double tagMs = 0;
    double tagCpuSeconds = 0;
    double storeMs = 0;
    double tagsPerArticle = 0;
};

Breakdown runBreakdown(const QString &path, const QList<Article> &articles, const Tagger &tagger)
{
    Breakdown b;
    QList<TaggedArticle> tagged(articles.size());
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    auto work = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            Article a = articles.at(i);
            const EntityMatcher::Matches matches = tagger.matcher().match(Tagger::textOf(a), a.language);
            if (a.language.isEmpty())
                a.language = matches.language;
            a.imported = QDateTime::currentDateTimeUtc();
            tagged[i] = TaggedArticle{std::move(a), tagger.tags(matches.mentions)};
        }
    };
    const qsizetype n = articles.size();
    const qsizetype cores = std::max(1u, std::thread::hardware_concurrency());
    const qsizetype chunk = (n + cores - 1) / cores;
    std::vector<std::thread> threads;
    for (qsizetype t = 1; t < cores; ++t)
        threads.emplace_back(work, std::min(n, chunk * t), std::min(n, chunk * (t + 1)));
    work(0, std::min(n, chunk));
    for (std::thread &t : threads)
        t.join();
    b.tagMs = msSince(timer);
    b.tagCpuSeconds = cpuSeconds() - cpu0;

    qint64 tags = 0;
    for (const TaggedArticle &t : std::as_const(tagged)) {
        for (const QStringList &keys : t.tags.keys)
            tags += keys.size();
    }
    b.tagsPerArticle = n > 0 ? static_cast<double>(tags) / static_cast<double>(n) : 0;

    QFile::remove(path);
    Database db(path);
    if (Status s = db.open(); !s)
        die(s.error());
    ArticleStore store(db);
    timer.restart();
    const Result<AddReport> added = store.addArticles(
        tagged, [&tagger](FacetKind kind, const QString &key) { return tagger.label(kind, key); });
    b.storeMs = msSince(timer);
    if (!added)
        die(added.error());
    return b;
}

// Reading a file alone, on one thread: parsed (an RSS file's items' HTML sanitized), nothing tagged or
// stored. The import spreads this over the tagging workers; alone, it says what reading costs.
double readFileMs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("%1 could not be read").arg(path));
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<ArticleReader>> reader = ArticleReaderFactory::open(file);
    if (!reader)
        die(reader.error());
    QList<Article> chunk;
    while ((*reader)->read(chunk, 512))
        chunk.clear();
    return msSince(timer);
}

// In a child process (this program run with --import-into): imports `file` into a new library at
// `library` and prints its peak resident memory, which is then the import's alone, not the corpus's.
int importInChild(const QString &library, const QString &file)
{
    QFile::remove(library);
    Database db(library);
    if (const Status s = db.open(); !s)
        die(s.error());
    ArticleStore store(db);
    Importer importer(store, Tagger::standard());
    const Result<ImportReport> report = importer.importFile(file);
    if (!report)
        die(report.error());
    out() << "peak " << fixed(procStatusMb("VmHWM")) << Qt::endl;
    return 0;
}

// The peak resident memory of importing `file` in a process of its own, in MB.
double importPeakMb(const QString &library, const QString &file)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--import-into"), library, QStringLiteral("--file"), file});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        die(QStringLiteral("the import of %1 in a child process failed: %2")
                .arg(file, QString::fromLocal8Bit(child.readAllStandardError())));
    const QByteArray output = child.readAllStandardOutput().trimmed();
    bool ok = false;
    const double mb = output.startsWith("peak ") ? output.mid(5).toDouble(&ok) : 0;
    if (!ok)
        die(QStringLiteral("the child process printed no peak memory: %1")
                .arg(QString::fromLocal8Bit(output)));
    return mb;
}

// ---- query timings -----------------------------------------------------------------------------

struct Timing
{
    QString name;
    qint64 rows = 0;
    double firstMs = 0;
    double medianMs = 0;
    double maxMs = 0;
    bool required = true; // one of the issue's targets, or an extra figure
};

// Runs `query` once untimed-for-the-median (reported as "first"), then `repeat` times.
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

template<typename T>
T valueOrDie(Result<T> result)
{
    if (!result)
        die(result.error());
    return std::move(result.value());
}

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

// ---- output ------------------------------------------------------------------------------------

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

QString rightAligned(const QString &text, int width)
{
    return text.rightJustified(width, QLatin1Char(' '));
}

QJsonObject importJson(const ImportFigures &f, int n)
{
    return QJsonObject{{QStringLiteral("ms"), f.ms},
                       {QStringLiteral("articlesPerSecond"), f.perSecond(n)},
                       {QStringLiteral("cpuSeconds"), f.cpuSeconds},
                       {QStringLiteral("bytes"), f.bytes}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clearance-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports N synthetic articles into a Clearance library and into a raw SQLite baseline, then "
        "times list, count, facets and search."));
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Number of articles."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Corpus seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Folder for the library files (default: a temporary folder)."),
        QStringLiteral("PATH"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per query timing."),
                                          QStringLiteral("R"), QStringLiteral("20"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Also write the figures to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption noBreakdownOption(
        QStringLiteral("no-breakdown"),
        QStringLiteral("Skip the separate timing of tagging and of the store."));
    const QCommandLineOption rssOption(
        QStringLiteral("rss"),
        QStringLiteral("Also import the articles from a generated RSS 2.0 file through the real file path."));
    const QCommandLineOption textOption(
        QStringLiteral("text"),
        QStringLiteral("Also import the articles from a generated file in the sample corpus's text layout."));
    const QCommandLineOption jsonArrayOption(
        QStringLiteral("json-array"),
        QStringLiteral("Also import the articles from a generated JSON array of articles."));
    const QCommandLineOption importRunsOption(
        QStringLiteral("import-runs"),
        QStringLiteral("Runs of each import, one after the other in turn; the median run of each is reported "
                       "(default 3: on a shared machine one run of a few seconds varies by a quarter)."),
        QStringLiteral("K"), QStringLiteral("3"));
    QCommandLineOption importIntoOption(
        QStringLiteral("import-into"),
        QStringLiteral("Internal: import --file into PATH, print the peak memory."), QStringLiteral("PATH"));
    importIntoOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption fileOption(QStringLiteral("file"), QStringLiteral("Internal: the file to import."),
                                  QStringLiteral("FILE"));
    fileOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({articlesOption, seedOption, dirOption, repeatOption, jsonOption, noBreakdownOption,
                       rssOption, textOption, jsonArrayOption, importRunsOption, importIntoOption,
                       fileOption});
    parser.process(app);
    if (parser.isSet(importIntoOption))
        return importInChild(parser.value(importIntoOption), parser.value(fileOption));

    bool ok = false;
    const int n = parser.value(articlesOption).toInt(&ok);
    if (!ok || n <= 0)
        die(QStringLiteral("--articles takes a positive number"));
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        die(QStringLiteral("--seed takes a number"));
    const int repeat = parser.value(repeatOption).toInt(&ok);
    if (!ok || repeat <= 0)
        die(QStringLiteral("--repeat takes a positive number"));
    const int importRuns = parser.value(importRunsOption).toInt(&ok);
    if (!ok || importRuns <= 0)
        die(QStringLiteral("--import-runs takes a positive number"));

    std::optional<QTemporaryDir> tempDir;
    QString dir = parser.value(dirOption);
    if (dir.isEmpty()) {
        tempDir.emplace();
        if (!tempDir->isValid())
            die(QStringLiteral("no temporary folder"));
        dir = tempDir->path();
    } else if (!QDir().mkpath(dir)) {
        die(QStringLiteral("%1 could not be created").arg(dir));
    }
    const QDir folder(dir);

    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<const Tagger> tagger = Tagger::standard();
    const double taggerMs = msSince(timer);
    const Taxonomy &taxonomy = tagger->taxonomy();

    timer.restart();
    const SyntheticCorpus corpus(taxonomy, seed);
    QList<Article> articles = corpus.generate(n);
    const double generateMs = msSince(timer);
    qint64 words = 0;
    for (const Article &a : std::as_const(articles))
        words += a.body.count(QLatin1Char(' ')) + a.title.count(QLatin1Char(' ')) + 2;

    // Each run imports into a fresh file: the baseline, the Importer, then each file, in turn, so
    // that a slow spell of the machine touches them all alike.
    QString sqliteVersion;
    const QString libraryPath = folder.filePath(QStringLiteral("library.sqlite"));
    std::vector<FileImport> files;
    auto addFile = [&files](const QString &name, const QString &shortName, const QString &fileName,
                            bool (*write)(const QString &, const QList<Article> &)) {
        FileImport file;
        file.name = name;
        file.shortName = shortName;
        file.fileName = fileName;
        file.write = write;
        files.push_back(std::move(file));
    };
    if (parser.isSet(rssOption))
        addFile(QStringLiteral("RSS file"), QStringLiteral("RSS"), QStringLiteral("synthetic.rss"),
                &Bench::writeRssFeed);
    if (parser.isSet(textOption))
        addFile(QStringLiteral("text file"), QStringLiteral("text"), QStringLiteral("synthetic.txt"),
                &Bench::writeTextLayout);
    if (parser.isSet(jsonArrayOption))
        addFile(QStringLiteral("JSON array"), QStringLiteral("JSON"), QStringLiteral("synthetic.json"),
                &Bench::writeJsonArray);
    for (FileImport &file : files) {
        file.path = folder.filePath(file.fileName);
        if (!file.write(file.path, articles))
            die(QStringLiteral("%1 could not be written").arg(file.path));
        file.bytes = QFileInfo(file.path).size();
    }
    std::vector<ImportFigures> baselineRuns, clearanceRuns;
    std::vector<double> ratioRuns;
    for (int run = 0; run < importRuns; ++run) {
        baselineRuns.push_back(
            runBaseline(folder.filePath(QStringLiteral("baseline.sqlite")), articles, &sqliteVersion));
        clearanceRuns.push_back(runImport(libraryPath, tagger, n, [&](Importer &importer) {
            return importer.importArticles(articles, QStringLiteral("synthetic"));
        }));
        ratioRuns.push_back(clearanceRuns.back().ms / baselineRuns.back().ms);
        for (FileImport &file : files) {
            file.runs.push_back(
                runImport(folder.filePath(file.fileName + QStringLiteral("-library.sqlite")), tagger, n,
                          [&](Importer &importer) { return importer.importFile(file.path); }));
            file.ratios.push_back(file.runs.back().ms / baselineRuns.back().ms);
        }
    }
    const ImportFigures baseline = medianRun(baselineRuns);
    const ImportFigures clearance = medianRun(clearanceRuns);
    const double ratio = clearance.ms / baseline.ms;
    for (FileImport &file : files) {
        file.median = medianRun(file.runs);
        file.peakMb =
            importPeakMb(folder.filePath(file.fileName + QStringLiteral("-peak.sqlite")), file.path);
    }
    auto ratioList = [](const std::vector<double> &ratios) {
        QStringList list;
        for (double r : ratios)
            list.append(fixed(r, 2));
        return list.join(QLatin1Char(' '));
    };

    std::optional<Breakdown> breakdown;
    if (!parser.isSet(noBreakdownOption)) {
        breakdown = runBreakdown(folder.filePath(QStringLiteral("store-only.sqlite")), articles, *tagger);
        for (FileImport &file : files)
            file.readMs = readFileMs(file.path);
    }
    articles.clear();

    // ---- report: the import now, the queries as soon as they are timed ----
    QTextStream &o = out();
    o << "clearance-bench: " << n << " articles, seed " << seed << ", " << repeat << " runs per query\n";
    o << "machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ", "
      << std::thread::hardware_concurrency() << " hardware threads (nproc), Qt " << qVersion() << ", SQLite "
      << sqliteVersion << "\n";
    o << "taxonomy: " << taxonomy.countries().size() << " countries, " << taxonomy.regions().size()
      << " regions, " << taxonomy.organizations().size() << " organizations, "
      << taxonomy.initiatives().size() << " initiatives, " << tagger->matcher().phraseCount()
      << " phrases; tagger built in " << fixed(taggerMs) << " ms\n";
    o << "corpus: generated in " << fixed(generateMs, 0) << " ms, "
      << fixed(static_cast<double>(words) / n, 0) << " words per article on average\n";
    o << "files in: " << dir << "\n\n";

    o << "IMPORT" << (importRuns > 1 ? QStringLiteral(" (median of %1 runs)").arg(importRuns) : QString())
      << "\n";
    o << "                               total ms   articles/s   CPU s   file MB\n";
    auto importRow = [&](const QString &name, const ImportFigures &f) {
        o << padded(name, 30) << rightAligned(fixed(f.ms, 0), 9) << rightAligned(fixed(f.perSecond(n), 0), 13)
          << rightAligned(fixed(f.cpuSeconds), 8)
          << rightAligned(fixed(static_cast<double>(f.bytes) / 1048576.0), 10) << "\n";
    };
    importRow(QStringLiteral("baseline (inserts + rebuild)"), baseline);
    o << "  plain inserts " << fixed(baseline.insertMs, 0) << " ms, FTS5 rebuild + commit "
      << fixed(baseline.rebuildMs, 0) << " ms\n";
    importRow(QStringLiteral("clearance (Importer)"), clearance);
    o << "ratio clearance / baseline: " << fixed(ratio, 2) << " (target <= " << fixed(kImportTargetRatio, 1)
      << ") " << (ratio <= kImportTargetRatio ? "OK" : "OVER") << "\n";
    if (importRuns > 1)
        o << "  each run: " << ratioList(ratioRuns) << "\n";
    for (const FileImport &file : files) {
        const double fileRatio = file.median.ms / baseline.ms;
        importRow(QStringLiteral("clearance (%1)").arg(file.name), file.median);
        o << "  " << file.name << " " << fixed(static_cast<double>(file.bytes) / 1048576.0)
          << " MB, imported alone in " << fixed(file.peakMb) << " MB peak resident memory; ratio "
          << file.shortName << " / baseline: " << fixed(fileRatio, 2)
          << " (target <= " << fixed(kImportTargetRatio, 1) << ") "
          << (fileRatio <= kImportTargetRatio ? "OK" : "OVER") << "\n";
        if (importRuns > 1)
            o << "  each run: " << ratioList(file.ratios) << "\n";
    }
    if (breakdown) {
        o << "breakdown, run separately: tagging " << fixed(breakdown->tagMs, 0) << " ms wall ("
          << fixed(breakdown->tagCpuSeconds) << " s CPU on " << std::thread::hardware_concurrency()
          << " threads), ArticleStore::addArticles " << fixed(breakdown->storeMs, 0) << " ms, "
          << fixed(breakdown->tagsPerArticle) << " tags per article\n";
        for (const FileImport &file : files) {
            if (file.readMs)
                o << "  reading the " << file.name
                  << " alone (parsing, HTML, one thread): " << fixed(*file.readMs, 0) << " ms\n";
        }
    }

    o.flush();

    // What opening the library costs the first query: reading the tags into the facet index.
    Database reopened(libraryPath);
    if (Status s = reopened.open(); !s)
        die(s.error());
    const ArticleStore fresh(reopened);
    timer.restart();
    valueOrDie(fresh.countArticles({}));
    o << "open: first query after opening (loads the facet index) " << fixed(msSince(timer)) << " ms\n";

    QJsonObject filters;
    const QList<Timing> timings = runQueries(fresh, repeat, filters);
    o << "\nQUERIES (" << filters.value(QStringLiteral("twoFacets")).toString() << ": "
      << filters.value(QStringLiteral("twoFacetsCount")).toInteger() << " articles)\n";
    o << padded(QStringLiteral("query"), 44) << rightAligned(QStringLiteral("rows"), 8)
      << rightAligned(QStringLiteral("first"), 9) << rightAligned(QStringLiteral("median"), 9)
      << rightAligned(QStringLiteral("max"), 9) << "  target " << fixed(kQueryTargetMs, 0) << " ms\n";
    QJsonArray queryJson;
    for (const Timing &t : timings) {
        const bool under = t.medianMs <= kQueryTargetMs;
        QString verdict = under ? QStringLiteral("OK") : QStringLiteral("OVER");
        if (under && t.maxMs > kQueryTargetMs)
            verdict += QStringLiteral(" (max over)");
        if (!t.required)
            verdict += QStringLiteral(" [extra]");
        o << padded(t.name, 44) << rightAligned(QString::number(t.rows), 8)
          << rightAligned(fixed(t.firstMs, 2), 9) << rightAligned(fixed(t.medianMs, 2), 9)
          << rightAligned(fixed(t.maxMs, 2), 9) << "  " << verdict << "\n";
        queryJson.append(QJsonObject{{QStringLiteral("name"), t.name},
                                     {QStringLiteral("rows"), t.rows},
                                     {QStringLiteral("firstMs"), t.firstMs},
                                     {QStringLiteral("medianMs"), t.medianMs},
                                     {QStringLiteral("maxMs"), t.maxMs},
                                     {QStringLiteral("required"), t.required},
                                     {QStringLiteral("ok"), under}});
    }
    o.flush();

    if (parser.isSet(jsonOption)) {
        QJsonObject root{
            {QStringLiteral("articles"), n},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("repeat"), repeat},
            {QStringLiteral("machine"), QJsonObject{{QStringLiteral("os"), QSysInfo::prettyProductName()},
                                                    {QStringLiteral("hardwareThreads"),
                                                     static_cast<int>(std::thread::hardware_concurrency())},
                                                    {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                                                    {QStringLiteral("sqlite"), sqliteVersion}}},
            {QStringLiteral("tagger"),
             QJsonObject{{QStringLiteral("buildMs"), taggerMs},
                         {QStringLiteral("phrases"), tagger->matcher().phraseCount()}}},
            {QStringLiteral("baseline"), importJson(baseline, n)},
            {QStringLiteral("clearance"), importJson(clearance, n)},
            {QStringLiteral("importRatio"), ratio},
            {QStringLiteral("filters"), filters},
            {QStringLiteral("queries"), queryJson},
        };
        auto jsonList = [](const std::vector<double> &values) {
            QJsonArray list;
            for (double v : values)
                list.append(v);
            return list;
        };
        root.insert(QStringLiteral("importRuns"), importRuns);
        root.insert(QStringLiteral("importRatioRuns"), jsonList(ratioRuns));
        for (const FileImport &file : files) {
            const QString key = file.shortName.toLower();
            root.insert(key, importJson(file.median, n));
            root.insert(key + QStringLiteral("Ratio"), file.median.ms / baseline.ms);
            root.insert(key + QStringLiteral("RatioRuns"), jsonList(file.ratios));
            if (file.readMs)
                root.insert(key + QStringLiteral("ReadMs"), *file.readMs);
            root.insert(key + QStringLiteral("PeakMb"), file.peakMb);
        }
        if (breakdown) {
            QJsonObject figures{{QStringLiteral("tagMs"), breakdown->tagMs},
                                {QStringLiteral("tagCpuSeconds"), breakdown->tagCpuSeconds},
                                {QStringLiteral("storeMs"), breakdown->storeMs},
                                {QStringLiteral("tagsPerArticle"), breakdown->tagsPerArticle}};
            root.insert(QStringLiteral("breakdown"), figures);
        }
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            die(QStringLiteral("%1 could not be written").arg(file.fileName()));
        file.write(QJsonDocument(root).toJson());
    }
    return 0;
}
