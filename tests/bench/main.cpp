// clearance-bench: import rate and query latency of a synthetic library, beside a raw SQLite baseline
// on the same data in the same run. A program, not a test: it prints figures and targets, and its
// exit status says only whether it ran (a target missed is reported, not failed).

#include "BenchSupport.h"
#include "CorpusFiles.h"
#include "ImportTimings.h"
#include "QueryTimings.h"
#include "SyntheticCorpus.h"
#include "service/Importer.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
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
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>
#include <optional>
#include <thread>
#include <vector>

using namespace Clearance;
using namespace Clearance::Bench;

namespace {

constexpr double kQueryTargetMs = 50.0;
constexpr double kImportTargetRatio = 1.5;

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

// ---- output ------------------------------------------------------------------------------------

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

QString rightAligned(const QString &text, int width)
{
    return text.rightJustified(width, QLatin1Char(' '));
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
