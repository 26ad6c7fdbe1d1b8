#include "LibraryGenerator.h"

#include "BenchSupport.h"
#include "SyntheticCorpus.h"
#include "service/Importer.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "tagging/Tagger.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <memory>

namespace Clearance::Bench {

int LibraryGenerator::generate(const QString &path, int n, quint64 seed)
{
    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<const Tagger> tagger = Tagger::standard();
    QList<Article> articles;
    {
        const SyntheticCorpus corpus(tagger->taxonomy(), seed);
        articles = corpus.generate(n);
    }
    const double generateMs = msSince(timer);

    QFile::remove(path);
    Database db(path);
    if (const Status s = db.open(); !s)
        die(s.error());
    ArticleStore store(db);
    Importer importer(store, tagger);
    timer.restart();
    const Result<ImportReport> report =
        importer.importArticles(std::move(articles), QStringLiteral("synthetic"));
    if (!report)
        die(report.error());
    if (report->added != n)
        die(QStringLiteral("imported %1 of %2 articles").arg(report->added).arg(n));
    out() << "library: " << n << " articles generated in " << fixed(generateMs / 1000.0) << " s, imported in "
          << fixed(msSince(timer) / 1000.0) << " s, "
          << fixed(static_cast<double>(QFileInfo(path).size()) / 1e6) << " MB" << Qt::endl;
    return 0;
}

void LibraryGenerator::generateInChild(const QString &path, int n, quint64 seed)
{
    out() << "generating and importing " << n << " articles into " << QDir::toNativeSeparators(path) << " …"
          << Qt::endl;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--generate-into"), path, QStringLiteral("--articles"), QString::number(n),
                 QStringLiteral("--seed"), QString::number(seed)});
    if (!child.waitForStarted())
        die(QStringLiteral("the generator could not be started: %1").arg(child.errorString()));
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        die(QStringLiteral("the generator failed"));
}

} // namespace Clearance::Bench
