// window-bench: the reading window on a large synthetic library. It starts the window twice, as a new
// reader and as a returning one (the newest article read, the last article restored), and reports for
// each the first rows and what the window holds once settled (rows loaded, resident memory, CPU while
// idle); then it times a facet click (list and counts), scrolling through the list, and reads the peak
// resident memory. A program, not a test: it prints figures and targets, and its exit status says only
// whether it ran (a target missed is reported, not failed). Build it in Release before believing its
// numbers.
//
// The library is generated and imported in a child process (this program run with --generate-into),
// so the peak memory read at the end is the window's alone, not the corpus's.

#include "ArticleListView.h"
#include "BenchSupport.h"
#include "FacetPanel.h"
#include "LibraryGenerator.h"
#include "MainWindow.h"
#include "PaintCounter.h"
#include "Spinner.h"
#include "models/ArticleListModel.h"
#include "models/FacetModel.h"
#include "models/Roles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <memory>
#include <vector>

using namespace Clearance;
using namespace Clearance::Bench;

namespace {

constexpr double kFirstRowsTargetMs = 1000.0;
constexpr double kFacetTargetMs = 100.0;
constexpr double kFrameGapTargetMs = 50.0;
constexpr double kMemoryTargetMb = 250.0;
constexpr int kScrollRows = 3000;
constexpr int kWaitTimeoutMs = Spinner::kDefaultTimeoutMs;
// A settled window asks for nothing: what it loads is read after this long, then how busy it is over
// an idle period (--idle-ms).
constexpr int kSettleMs = 500;
constexpr double kIdleCpuTargetPercent = 5.0;
// The rows the window shows and a page more (asked for when the last one comes into sight).
constexpr int kMaxRowsAtRest = 2 * ArticleListModel::kPageSize;

QString verdict(bool ok)
{
    return ok ? QStringLiteral("OK") : QStringLiteral("OVER");
}

// What the window has announced since the last reset: a page of rows, the count, fresh facet counts.
struct Announcements
{
    int rowsLoaded = 0;
    int countsUpdated = 0;
    qint64 count = -1; // the last count announced; -1 while counting
    void reset() { *this = {}; }
};

// The status bar shows the count as the locale writes numbers ("100,000 articles").
bool countShown(const MainWindow &window, qint64 count)
{
    return count >= 0 && window.countLabel()->text().contains(QLocale().toString(count));
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

// CPU time of the whole process (every thread), in seconds.
double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

// ---- a start -----------------------------------------------------------------------------------

// What a start of the window showed, and what it holds once settled.
struct StartFigures
{
    double constructMs = -1; // the window constructed and shown
    double firstRowsMs = -1;
    double firstCountMs = -1;
    double shownMs = -1; // rows and count painted
    double facetsMs = -1;
    qint64 total = -1;
    bool newestRead = false;    // the newest article was read when the rows arrived
    int rowsAtRest = -1;        // rows loaded once settled
    int rowsAfterIdle = -1;     // and after the idle period: the same unless the window kept paging
    double idleCpuPercent = -1; // the process's CPU over the idle period (every thread)
    double rssMb = -1;          // resident memory after it
};

// Opens the window on `path`, waits for its first rows, count and facet values, lets it settle (the
// first article shown and marked read), then measures an idle period on a plain event loop.
std::unique_ptr<MainWindow> startWindow(const QString &path, int idleMs, Spinner &spin, Announcements &heard,
                                        StartFigures &f)
{
    QElapsedTimer timer;
    timer.start();
    auto window = std::make_unique<MainWindow>(path);
    // The offscreen screen is small: a first start would fill it.
    window->setWindowState(Qt::WindowNoState);
    window->resize(1400, 900);
    window->show();
    f.constructMs = msSince(timer);
    ArticleListModel *list = window->articleModel();
    QObject::connect(list, &ArticleListModel::rowsLoaded, window.get(), [&heard] { ++heard.rowsLoaded; });
    QObject::connect(list, &ArticleListModel::countChanged, window.get(),
                     [&heard](qint64 count) { heard.count = count; });
    const bool started = spin.until([&] {
        if (f.firstRowsMs < 0 && list->rowCount() > 0 && window->articleListView()->model() == list)
            f.firstRowsMs = msSince(timer);
        if (f.firstCountMs < 0 && countShown(*window, list->count()))
            f.firstCountMs = msSince(timer);
        return f.firstRowsMs >= 0 && f.firstCountMs >= 0;
    });
    if (!started)
        die(QStringLiteral("the window showed no rows within %1 s").arg(kWaitTimeoutMs / 1000));
    // One more pass so the rows are painted, then the figure.
    QCoreApplication::processEvents();
    f.shownMs = msSince(timer);
    f.total = list->count();
    f.newestRead = list->sortOrder() == ArticleSort() && list->index(0, 0).data(ReadRole).toBool();

    FacetModel *facets = window->facetModel();
    QObject::connect(facets, &FacetModel::countsUpdated, window.get(), [&heard] { ++heard.countsUpdated; });
    if (!spin.until([&] { return !shownValues(*facets).isEmpty(); }))
        die(QStringLiteral("the facet panel showed no values"));
    f.facetsMs = msSince(timer);

    spin.settle(kSettleMs);
    f.rowsAtRest = list->rowCount();
    QEventLoop idle;
    QTimer::singleShot(idleMs, &idle, &QEventLoop::quit);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer idleTimer;
    idleTimer.start();
    idle.exec();
    f.idleCpuPercent = 100.0 * (cpuSeconds() - cpuBefore) / (msSince(idleTimer) / 1000.0);
    f.rowsAfterIdle = list->rowCount();
    f.rssMb = procStatusMb("VmRSS");
    return window;
}

void reportStart(QTextStream &o, const QString &name, const StartFigures &f, int idleMs)
{
    o << name << ": window constructed and shown in " << fixed(f.constructMs) << " ms; first rows at "
      << fixed(f.firstRowsMs) << " ms, count at " << fixed(f.firstCountMs) << " ms, facet values at "
      << fixed(f.facetsMs) << " ms; the newest article " << (f.newestRead ? "read" : "unread") << "\n";
    o << "  at rest: " << f.rowsAtRest << " rows loaded, " << f.rowsAfterIdle << " after " << idleMs
      << " ms idle (" << fixed(f.idleCpuPercent) << " % CPU), resident " << fixed(f.rssMb) << " MB\n";
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Opens the reading window on a synthetic library twice (a new reader, a returning one) and "
        "reports the first rows, what the settled window holds, a facet click, scrolling and the peak "
        "memory."));
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Number of articles."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Corpus seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption libraryOption(
        QStringLiteral("library"), QStringLiteral("An existing library file to open (no generation)."),
        QStringLiteral("PATH"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-ms"),
        QStringLiteral("How long each settled window is watched idling (CPU, rows loaded)."),
        QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Keep the generated library file (its path is printed)."));
    QCommandLineOption generateOption(QStringLiteral("generate-into"),
                                      QStringLiteral("Internal: generate and import into PATH, then exit."),
                                      QStringLiteral("PATH"));
    generateOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({articlesOption, seedOption, libraryOption, idleOption, keepOption, generateOption});
    parser.process(app);

    bool ok = false;
    const int n = parser.value(articlesOption).toInt(&ok);
    if (!ok || n <= 0)
        die(QStringLiteral("--articles takes a positive number"));
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        die(QStringLiteral("--seed takes a number"));
    const int idleMs = parser.value(idleOption).toInt(&ok);
    if (!ok || idleMs <= 0)
        die(QStringLiteral("--idle-ms takes a positive number"));
    if (parser.isSet(generateOption))
        return LibraryGenerator::generate(parser.value(generateOption), n, seed);

    // ---- the library ----
    QTemporaryDir tempDir;
    if (!tempDir.isValid())
        die(QStringLiteral("no temporary folder"));
    QString path = parser.value(libraryOption);
    if (path.isEmpty()) {
        if (parser.isSet(keepOption))
            tempDir.setAutoRemove(false);
        path = QDir(tempDir.path()).filePath(QStringLiteral("library.sqlite"));
        LibraryGenerator::generateInChild(path, n, seed);
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

    // ---- (1) two starts ----
    // A new reader's: the newest article is unread, and the window marks it read. Then a returning
    // reader's: the newest is read, and the last article, the geometry and the filter are restored.
    StartFigures firstStart;
    startWindow(path, idleMs, spin, heard, firstStart).reset(); // closed: its state is saved
    StartFigures secondStart;
    const std::unique_ptr<MainWindow> window = startWindow(path, idleMs, spin, heard, secondStart);
    ArticleListModel *list = window->articleModel();
    FacetModel *facets = window->facetModel();
    const qint64 total = secondStart.total;
    QElapsedTimer timer;

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
            if (click.countMs < 0 && countShown(*window, heard.count))
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
                return heard.rowsLoaded > 0 && heard.countsUpdated > 0 && countShown(*window, heard.count);
            }))
            die(QStringLiteral("no update after unchecking %1").arg(value.key));
        spin.settle(300);
    }

    // ---- (3) scrolling ----
    ArticleListView *view = window->articleListView();
    QScrollBar *bar = view->verticalScrollBar();
    view->setFocus();
    const int scrollTarget = static_cast<int>(std::min<qint64>(kScrollRows, total));
    auto lastVisibleRow = [view] {
        const QModelIndex bottom = view->indexAt(QPoint(1, view->viewport()->height() - 2));
        return bottom.isValid() ? bottom.row() : view->model()->rowCount() - 1;
    };
    std::vector<double> pageMs;
    int insertions = 0;
    QObject::connect(list, &ArticleListModel::rowsInserted, window.get(), [&insertions] { ++insertions; });
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
    reportStart(o, QStringLiteral("first start (new reader)"), firstStart, idleMs);
    reportStart(o, QStringLiteral("second start (returning reader)"), secondStart, idleMs);
    o << "\n";

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
    row(QStringLiteral("first rows and count shown"), fixed(firstStart.shownMs) + QStringLiteral(" ms"),
        QStringLiteral("< 1000 ms"), firstStart.shownMs < kFirstRowsTargetMs);
    for (const auto &[name, f] : {std::pair(QStringLiteral("first start"), &firstStart),
                                  std::pair(QStringLiteral("second start"), &secondStart)}) {
        row(QStringLiteral("rows loaded at rest, ") + name, QString::number(f->rowsAfterIdle),
            QStringLiteral("<= %1").arg(kMaxRowsAtRest), f->rowsAfterIdle <= kMaxRowsAtRest);
        row(QStringLiteral("CPU at rest, ") + name, fixed(f->idleCpuPercent) + QStringLiteral(" %"),
            QStringLiteral("< %1 %").arg(kIdleCpuTargetPercent), f->idleCpuPercent < kIdleCpuTargetPercent);
    }
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
