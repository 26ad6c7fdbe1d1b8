// pdf-bench: the time and peak memory of a briefing pack of N synthetic articles (default 500)
// through PdfExporter, beside a baseline in the same run: the same articles' plain text in one
// QTextDocument printed to a QPdfWriter (QTextDocument::print: no highlighting, no contents, no
// widow control). A program, not a test: it prints figures and the target (10 s for 500 articles).

#include "BenchSupport.h"
#include "SyntheticCorpus.h"
#include "export/PdfExporter.h"
#include "tagging/Tagger.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <sys/resource.h>

using namespace Clearance;
using namespace Clearance::Bench;

namespace {

constexpr double kTargetSeconds = 10.0;

// The process's peak resident memory so far, in MiB.
double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pdf-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("articles"), QStringLiteral("Articles in the pack."),
                                         QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Write the pack here and keep it."), QStringLiteral("file"));
    parser.addOption(countOption);
    parser.addOption(keepOption);
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    if (count <= 0)
        die(QStringLiteral("--articles needs a positive number"));

    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));
    const QString output =
        parser.isSet(keepOption) ? parser.value(keepOption) : dir.filePath(QStringLiteral("pack.pdf"));

    const auto tagger = Tagger::standard();
    const SyntheticCorpus corpus(tagger->taxonomy(), 42);
    QList<ExportArticle> articles;
    for (const Article &a : corpus.generate(count))
        articles.append({a, std::nullopt});
    const double startMiB = peakMiB();
    out() << "pdf-bench: " << count << " synthetic articles; peak memory before exporting " << fixed(startMiB)
          << " MiB" << Qt::endl;

    PdfExportOptions options;
    options.title = QStringLiteral("Benchmark pack");
    options.filterDescription = QStringLiteral("Synthetic corpus");
    QElapsedTimer timer;
    timer.start();
    const auto report = PdfExporter(tagger, options).write(articles, output);
    const double exportMs = msSince(timer);
    if (!report)
        die(report.error());
    const double exportPeak = peakMiB();
    out() << "PdfExporter:     " << fixed(exportMs / 1000.0, 2) << " s, " << report->pages << " pages, "
          << fixed(QFileInfo(output).size() / 1024.0 / 1024.0, 2) << " MiB file, peak memory "
          << fixed(exportPeak) << " MiB (+" << fixed(exportPeak - startMiB) << ")"
          << (exportMs / 1000.0 <= kTargetSeconds * count / 500 ? "  [target met]" : "  [TARGET MISSED]")
          << Qt::endl;

    // Baseline: plain text of the same articles, one document, QTextDocument::print.
    timer.restart();
    QString text;
    for (const ExportArticle &a : std::as_const(articles))
        text += a.article.title + QStringLiteral("\n\n") + a.article.body + QStringLiteral("\n\n");
    QTextDocument document;
    document.setPlainText(text);
    QPdfWriter writer(dir.filePath(QStringLiteral("baseline.pdf")));
    writer.setPageSize(QPageSize(QPageSize::A4));
    document.print(&writer);
    const double baselineMs = msSince(timer);
    out() << "Baseline print:  " << fixed(baselineMs / 1000.0, 2)
          << " s (plain text, one document), peak memory " << fixed(peakMiB()) << " MiB" << Qt::endl;
    out() << "Ratio: " << fixed(exportMs / baselineMs, 2) << " x the baseline" << Qt::endl;
    return 0;
}
