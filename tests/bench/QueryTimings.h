#pragma once

// clearance-bench's queries: the lists, counts, facets and searches the window runs, each timed on a
// filter chosen from the library at hand (two common facets, a rare and a common word).

#include "BenchSupport.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Clearance {
class ArticleStore;
}

namespace Clearance::Bench {

struct Timing
{
    QString name;
    qint64 rows = 0;
    double firstMs = 0;
    double medianMs = 0;
    double maxMs = 0;
    bool required = true; // one of the targets, or an extra figure
};

// Runs `query` once untimed-for-the-median (reported as "first"), then `repeat` times.
Timing timeQuery(const QString &name, int repeat, bool required, const std::function<qint64()> &query);

// A query's answer; a failed query stops the program with its error.
template<typename T>
T valueOrDie(Result<T> result)
{
    if (!result)
        die(result.error());
    return std::move(result.value());
}

// Times every query on `store`, `repeat` runs each; writes the filters it chose into `filters`.
QList<Timing> runQueries(const ArticleStore &store, int repeat, QJsonObject &filters);

} // namespace Clearance::Bench
