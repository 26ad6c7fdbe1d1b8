#pragma once

// clearance-bench's imports: the raw SQLite baseline, the import through Importer, its breakdown into
// tagging and storing, and the reading and peak memory of one file alone.

#include "domain/Article.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace Clearance {
class Importer;
class Tagger;
struct ImportReport;
} // namespace Clearance

namespace Clearance::Bench {

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
ImportFigures runBaseline(const QString &path, const QList<Article> &articles, QString *sqliteVersion);

// One import through Importer into a fresh library at `path`: `run` starts it (articles in memory, or
// a file), which must add `expected` articles.
ImportFigures runImport(const QString &path, const std::shared_ptr<const Tagger> &tagger, qsizetype expected,
                        const std::function<Result<ImportReport>(Importer &)> &run);

// Of several runs of one import, the one of median time (the lower middle for an even count): on a
// shared machine a single run of a few seconds varies by 15% or more, in the baseline as in the rest.
ImportFigures medianRun(std::vector<ImportFigures> runs);

QJsonObject importJson(const ImportFigures &f, int n);

// What Importer does, in two timed halves: tagging on every core, then ArticleStore::addArticles.
struct Breakdown
{
    double tagMs = 0;
    double tagCpuSeconds = 0;
    double storeMs = 0;
    double tagsPerArticle = 0;
};

Breakdown runBreakdown(const QString &path, const QList<Article> &articles, const Tagger &tagger);

// Reading a file alone, on one thread: parsed (an RSS file's items' HTML sanitized), nothing tagged or
// stored. The import spreads this over the tagging workers; alone, it says what reading costs.
double readFileMs(const QString &path);

// In a child process (this program run with --import-into): imports `file` into a new library at
// `library` and prints its peak resident memory, which is then the import's alone, not the corpus's.
int importInChild(const QString &library, const QString &file);

// The peak resident memory of importing `file` in a process of its own, in MB.
double importPeakMb(const QString &library, const QString &file);

} // namespace Clearance::Bench
