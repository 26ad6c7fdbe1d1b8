// clearance-bench's imports; see ImportTimings.h.

#include "ImportTimings.h"

#include "BenchSupport.h"
#include "ingest/ArticleReader.h"
#include "ingest/ArticleReaderFactory.h"
#include "service/Importer.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "tagging/Tagger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <ctime>
#include <thread>

namespace Clearance::Bench {

namespace {

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

} // namespace

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

ImportFigures medianRun(std::vector<ImportFigures> runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const ImportFigures &a, const ImportFigures &b) { return a.ms < b.ms; });
    return runs[(runs.size() - 1) / 2];
}

QJsonObject importJson(const ImportFigures &f, int n)
{
    return QJsonObject{{QStringLiteral("ms"), f.ms},
                       {QStringLiteral("articlesPerSecond"), f.perSecond(n)},
                       {QStringLiteral("cpuSeconds"), f.cpuSeconds},
                       {QStringLiteral("bytes"), f.bytes}};
}

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

} // namespace Clearance::Bench
