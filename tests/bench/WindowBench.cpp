// window-bench: the reading window on a large synthetic library. It times the first rows after start,
// a facet click (list and counts), scrolling through the list, and reads the peak resident memory.
// A program, not a test: it prints figures and targets, and its exit status says only whether it ran
// (a target missed is reported, not failed). Build it in Release before believing its numbers.
//
// The library is generated and imported in a child process (this program run with --generate-into),
// so the peak memory read at the end is the window's alone, not the corpus's.

#include "ArticleListView.h"
#include "BenchSupport.h"
#include "FacetPanel.h"
#include "MainWindow.h"
#include "SyntheticCorpus.h"
#include "ingest/Importer.h"
#include "library/ArticleStore.h"
#include "library/Database.h"
#include "models/ArticleListModel.h"
#include "models/FacetModel.h"
#include "models/Roles.h"
#include "tagging/Tagger.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace Clearance;
using namespace Clearance::Bench;

namespace {

constexpr double kFirstRowsTargetMs = 1000.0;
constexpr double kFacetTargetMs = 100.0;
constexpr double kFrameGapTargetMs = 50.0;
constexpr double kMemoryTargetMb = 250.0;
constexpr int kScrollRows = 3000;
constexpr int kWaitTimeoutMs = 60000;

QString verdict(bool ok)
{
    return ok ? QStringLiteral("OK") : QStringLiteral("OVER");
}

// A field of /proc/self/status in MB ("VmHWM", "VmRSS"); -1 where there is none (not Linux).
double procStatusMb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (!line.startsWith(prefix))
            continue;
        const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
        bool ok = false;
        const double kb = parts.value(0).toDouble(&ok);
        return ok ? kb / 1024.0 : -1;
    }
    return -1;
}

// ---- the library -------------------------------------------------------------------------------

// In the child process: N synthetic articles imported into a new library at `path`.
int generateLibrary(const QString &path, int n, quint64 seed)
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

// In the parent: the same program run with --generate-into, so the corpus never lives here.
void generateInChild(const QString &path, int n, quint64 seed)
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

// ---- the event loop ----------------------------------------------------------------------------

// Spins the event loop until `done` holds, noting the longest time between two returns of
// processEvents (a frame the reader would have waited for). A 1 ms precise timer wakes the loop, so
// the condition is seen within about a millisecond of becoming true; there is no sleep.
class Spinner final
{
public:
    Spinner()
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        m_tick.start();
        m_sinceReturn.start();
    }

    // False on timeout. The gap clock runs across calls: the work done between two calls (a scroll
    // step, a click) counts in the gap that follows it.
    bool until(const std::function<bool()> &done, int timeoutMs = kWaitTimeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            if (timer.elapsed() > timeoutMs)
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
            m_worstGapMs = std::max(m_worstGapMs, msSince(m_sinceReturn));
            m_sinceReturn.restart();
        }
        return true;
    }

    // Lets whatever is in flight finish: spins for `ms` without a condition (never measured).
    void settle(int ms)
    {
        QElapsedTimer timer;
        timer.start();
        until([&timer, ms] { return timer.elapsed() >= ms; }, ms + 1000);
    }

    void resetWorstGap()
    {
        m_worstGapMs = 0;
        m_sinceReturn.restart();
    }
    double worstGapMs() const { return m_worstGapMs; }

private:
    QTimer m_tick;
    double m_worstGapMs = 0;
    QElapsedTimer m_sinceReturn;
};

// Counts the paint events of a widget: a scroll step is on screen once its viewport has painted.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_count = 0;
};

// What the window has announced since the last reset: a page of rows, the count, fresh facet counts.
struct Announcements
{
    int rowsLoaded = 0;
    int countsUpdated = 0;
    qint64 count = -1; // the last count announced; -1 while counting
    void reset() { *this = {}; }
};

bool countShown(const MainWindow &window, qint64 count)
{
    const QString text = window.countLabel()->text();
    return count >= 0 && text.contains(QString::number(count));
}

// ---- facet values ------------------------------------------------------------------------------

struct Value
{
    FacetKind kind = FacetKind::Region;
    QString key;
    QString label;
    qint64 count = 0;
};

QList<Value> shownValues(const FacetModel &model)
{
    QList<Value> values;
    for (int k = 0; k < model.rowCount(); ++k) {
        const QModelIndex kind = model.index(k, 0);
        for (int row = 0; row < model.rowCount(kind); ++row) {
            const QModelIndex value = model.index(row, 0, kind);
            const qint64 count = value.data(CountRole).toLongLong();
            if (count <= 0)
                continue;
            values.append(Value{static_cast<FacetKind>(value.data(KindRole).toInt()),
                                value.data(KeyRole).toString(), value.data(Qt::DisplayRole).toString(),
                                count});
        }
    }
    std::sort(values.begin(), values.end(), [](const Value &a, const Value &b) { return a.count > b.count; });
    return values;
}

// Five values from the most common to the rarest.
QList<Value> pickValues(const QList<Value> &byCount)
{
    QList<Value> picked;
    if (byCount.isEmpty())
        return picked;
    const qsizetype last = byCount.size() - 1;
    for (const qsizetype at : {qsizetype(0), last / 8, last / 4, last / 2, last}) {
        const Value &v = byCount.at(at);
        const bool seen = std::any_of(picked.cbegin(), picked.cend(),
                                      [&v](const Value &p) { return p.kind == v.kind && p.key == v.key; });
        if (!seen)
            picked.append(v);
    }
    return picked;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Opens the reading window on a synthetic library and times the first rows, a facet click, "
        "scrolling and the peak memory."));
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Number of articles."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Corpus seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption libraryOption(
        QStringLiteral("library"), QStringLiteral("An existing library file to open (no generation)."),
        QStringLiteral("PATH"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Keep the generated library file (its path is printed)."));
    QCommandLineOption generateOption(QStringLiteral("generate-into"),
                                      QStringLiteral("Internal: generate and import into PATH, then exit."),
                                      QStringLiteral("PATH"));
    generateOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({articlesOption, seedOption, libraryOption, keepOption, generateOption});
    parser.process(app);

    bool ok = false;
    const int n = parser.value(articlesOption).toInt(&ok);
    if (!ok || n <= 0)
        die(QStringLiteral("--articles takes a positive number"));
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        die(QStringLiteral("--seed takes a number"));
    if (parser.isSet(generateOption))
        return generateLibrary(parser.value(generateOption), n, seed);

    // ---- the library ----
    QTemporaryDir tempDir;
    if (!tempDir.isValid())
        die(QStringLiteral("no temporary folder"));
    QString path = parser.value(libraryOption);
    if (path.isEmpty()) {
        if (parser.isSet(keepOption))
            tempDir.setAutoRemove(false);
        path = QDir(tempDir.path()).filePath(QStringLiteral("library.sqlite"));
        generateInChild(path, n, seed);
        if (parser.isSet(keepOption))
            out() << "kept: " << QDir::toNativeSeparators(path) << Qt::endl;
    } else if (!QFileInfo::exists(path)) {
        die(QStringLiteral("%1 does not exist").arg(path));
    }

    // The window keeps its state in QSettings: here, in an INI file of a temporary folder, so no
    // reader's geometry, filter or last article plays a part.
    QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        die(QStringLiteral("no temporary folder for the settings"));
    QCoreApplication::setOrganizationName(QStringLiteral("ClearanceBench"));
    QCoreApplication::setApplicationName(QStringLiteral("window-bench"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();

    const double rssBeforeMb = procStatusMb("VmRSS");
    Spinner spin;
    Announcements heard;

    // ---- (1) first rows ----
    QElapsedTimer timer;
    timer.start();
    MainWindow window(path);
    // The offscreen screen is small: a first start would fill it.
    window.setWindowState(Qt::WindowNoState);
    window.resize(1400, 900);
    window.show();
    const double constructMs = msSince(timer);
    ArticleListModel *list = nullptr;
    double firstRowsMs = -1;
    double firstCountMs = -1;
    const bool started = spin.until([&] {
        if (!list && window.articleModel()) {
            list = window.articleModel();
            QObject::connect(list, &ArticleListModel::rowsLoaded, &window, [&heard] { ++heard.rowsLoaded; });
            QObject::connect(list, &ArticleListModel::countChanged, &window,
                             [&heard](qint64 count) { heard.count = count; });
        }
        if (firstRowsMs < 0 && list && list->rowCount() > 0 && window.articleListView()->model() == list)
            firstRowsMs = msSince(timer);
        if (firstCountMs < 0 && list && countShown(window, list->count()))
            firstCountMs = msSince(timer);
        return firstRowsMs >= 0 && firstCountMs >= 0;
    });
    if (!started)
        die(QStringLiteral("the window showed no rows within %1 s").arg(kWaitTimeoutMs / 1000));
    // One more pass so the rows are painted, then the figure.
    QCoreApplication::processEvents();
    const double startMs = msSince(timer);
    const qint64 total = list->count();

    FacetModel *facets = window.facetModel();
    QObject::connect(facets, &FacetModel::countsUpdated, &window, [&heard] { ++heard.countsUpdated; });
    if (!spin.until([&] { return !shownValues(*facets).isEmpty(); }))
        die(QStringLiteral("the facet panel showed no values"));
    const double facetsShownMs = msSince(timer);
    spin.settle(500); // the first article is shown and marked read: let that finish

    // ---- (2) facet clicks ----
    struct Click
    {
        Value value;
        double listMs = -1;    // first rows of the new filter in the list
        double countMs = -1;   // the status bar count
        double facetMs = -1;   // the facet counts
        double totalMs = -1;   // all three, painted
        double paintMs = -1;   // the last pass of the event loop, which paints them
        double worstGapMs = 0; // the longest the event loop was busy meanwhile
        qint64 matching = -1;
    };
    std::vector<Click> clicks;
    for (const Value &value : pickValues(shownValues(*facets))) {
        Click click;
        click.value = value;
        const QModelIndex index = facets->valueIndex(value.kind, value.key);
        if (!index.isValid())
            continue;
        heard.reset();
        spin.resetWorstGap();
        timer.restart();
        // What a click on the check box does: the panel's proxy forwards this to the model.
        facets->setData(index, Qt::Checked, Qt::CheckStateRole);
        const bool done = spin.until([&] {
            if (click.listMs < 0 && heard.rowsLoaded > 0 && (list->rowCount() > 0 || heard.count == 0))
                click.listMs = msSince(timer);
            if (click.countMs < 0 && countShown(window, heard.count))
                click.countMs = msSince(timer);
            if (click.facetMs < 0 && heard.countsUpdated > 0)
                click.facetMs = msSince(timer);
            return click.listMs >= 0 && click.countMs >= 0 && click.facetMs >= 0;
        });
        if (!done)
            die(QStringLiteral("no update within %1 s after checking %2")
                    .arg(kWaitTimeoutMs / 1000)
                    .arg(value.key));
        const double beforePaintMs = msSince(timer);
        QCoreApplication::processEvents(); // painted
        click.totalMs = msSince(timer);
        click.paintMs = click.totalMs - beforePaintMs;
        click.worstGapMs = std::max(spin.worstGapMs(), click.paintMs);
        click.matching = heard.count;
        clicks.push_back(click);

        // Back to the whole library (not measured).
        heard.reset();
        facets->setChecked(value.kind, value.key, false);
        if (!spin.until([&] {
                return heard.rowsLoaded > 0 && heard.countsUpdated > 0 && countShown(window, heard.count);
            }))
            die(QStringLiteral("no update after unchecking %1").arg(value.key));
        spin.settle(300);
    }

    // ---- (3) scrolling ----
    ArticleListView *view = window.articleListView();
    QScrollBar *bar = view->verticalScrollBar();
    view->setFocus();
    const int scrollTarget = static_cast<int>(std::min<qint64>(kScrollRows, total));
    auto lastVisibleRow = [view] {
        const QModelIndex bottom = view->indexAt(QPoint(1, view->viewport()->height() - 2));
        return bottom.isValid() ? bottom.row() : view->model()->rowCount() - 1;
    };
    std::vector<double> pageMs;
    int insertions = 0;
    QObject::connect(list, &ArticleListModel::rowsInserted, &window, [&insertions] { ++insertions; });
    const PaintCounter *paints = new PaintCounter(view->viewport());
    spin.settle(200);
    spin.resetWorstGap();
    QElapsedTimer scrollTimer;
    scrollTimer.start();
    bool stuck = false;
    while (lastVisibleRow() < scrollTarget - 1) {
        const int before = bar->value();
        const int rowsBefore = list->rowCount();
        const int paintsBefore = paints->count();
        timer.restart();
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        // The page is on screen when the bar has moved and the viewport has painted since. At the
        // bottom of the rows loaded the bar cannot move: the view has asked for the next page itself,
        // and the step is taken again once it has arrived.
        const bool shown = spin.until([&] {
            if (bar->value() == before && list->rowCount() > rowsBefore)
                bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            return bar->value() > before && paints->count() > paintsBefore;
        });
        if (!shown) {
            stuck = true;
            break;
        }
        pageMs.push_back(msSince(timer));
    }
    const double scrollTotalMs = msSince(scrollTimer);
    const double worstGapMs = spin.worstGapMs();
    const int rowsReached = lastVisibleRow() + 1;

    // ---- (4) memory ----
    const double peakMb = procStatusMb("VmHWM");
    const double rssMb = procStatusMb("VmRSS");

    // ---- report ----
    QTextStream &o = out();
    o << "\nwindow-bench: " << total << " articles in " << QDir::toNativeSeparators(path) << ", Qt "
      << qVersion() << ", platform " << QGuiApplication::platformName() << "\n";
    o << "start: window constructed and shown in " << fixed(constructMs) << " ms; first rows at "
      << fixed(firstRowsMs) << " ms, count at " << fixed(firstCountMs) << " ms, facet values at "
      << fixed(facetsShownMs) << " ms\n\n";

    o << "FACET CLICK                                   matching   list ms  count ms  facets ms  paint ms  "
         "total ms  "
         "worst gap ms\n";
    std::vector<double> totals;
    for (const Click &c : clicks) {
        const QString name = FacetModel::kindTitle(c.value.kind) + QStringLiteral(": ") + c.value.label;
        o << name.left(44).leftJustified(44) << QString::number(c.matching).rightJustified(10)
          << fixed(c.listMs).rightJustified(10) << fixed(c.countMs).rightJustified(10)
          << fixed(c.facetMs).rightJustified(11) << fixed(c.paintMs).rightJustified(10)
          << fixed(c.totalMs).rightJustified(10) << fixed(c.worstGapMs).rightJustified(14) << "\n";
        totals.push_back(c.totalMs);
    }
    const double clickMedian = median(totals);
    const double clickMax = totals.empty() ? 0 : *std::max_element(totals.begin(), totals.end());

    const double pageMedian = median(pageMs);
    const double pageMax = pageMs.empty() ? 0 : *std::max_element(pageMs.begin(), pageMs.end());
    o << "\nSCROLL: " << pageMs.size() << " pages to row " << rowsReached << " of " << scrollTarget << " in "
      << fixed(scrollTotalMs) << " ms (" << insertions << " row insertions); per page median "
      << fixed(pageMedian, 2) << " ms, max " << fixed(pageMax, 2) << " ms; worst frame gap "
      << fixed(worstGapMs, 2) << " ms" << (stuck ? " — STUCK: the list stopped moving" : "") << "\n";
    o << "MEMORY: peak resident (VmHWM) " << fixed(peakMb) << " MB, resident now " << fixed(rssMb)
      << " MB, before the window " << fixed(rssBeforeMb) << " MB\n\n";

    o << "MEASURE                                  value      target    \n";
    auto row = [&o](const QString &name, const QString &value, const QString &target, bool met) {
        o << name.leftJustified(36) << value.rightJustified(12) << target.rightJustified(12) << "  "
          << verdict(met) << "\n";
    };
    row(QStringLiteral("first rows and count shown"), fixed(startMs) + QStringLiteral(" ms"),
        QStringLiteral("< 1000 ms"), startMs < kFirstRowsTargetMs);
    row(QStringLiteral("facet click, median"), fixed(clickMedian) + QStringLiteral(" ms"),
        QStringLiteral("< 100 ms"), clickMedian < kFacetTargetMs);
    row(QStringLiteral("facet click, max"), fixed(clickMax) + QStringLiteral(" ms"),
        QStringLiteral("< 100 ms"), clickMax < kFacetTargetMs);
    row(QStringLiteral("scroll, worst frame gap"), fixed(worstGapMs) + QStringLiteral(" ms"),
        QStringLiteral("< 50 ms"), !stuck && worstGapMs < kFrameGapTargetMs);
    row(QStringLiteral("peak resident memory"), fixed(peakMb) + QStringLiteral(" MB"),
        QStringLiteral("< 250 MB"), peakMb >= 0 && peakMb < kMemoryTargetMb);
    o.flush();
    return 0;
}
