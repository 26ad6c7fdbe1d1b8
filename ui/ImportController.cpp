#include "ImportController.h"

#include "ImportSummaryDialog.h"
#include "service/LibraryService.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QProgressDialog>
#include <QStandardPaths>

namespace Clearance {

namespace {

// The local files among dropped URLs.
QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

ImportController::ImportController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    // Files dropped anywhere on the window are imported; the window itself needs no code for it.
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    connect(&m_reply, &QFutureWatcherBase::progressValueChanged, this, &ImportController::onFileStarted);
    connect(&m_reply, &QFutureWatcherBase::resultReadyAt, this, [this](int index) {
        if (m_progress)
            m_progress->setValue(index + 1);
    });
    connect(&m_reply, &QFutureWatcherBase::finished, this, &ImportController::onFinished);
}

bool ImportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::DragEnter) {
        auto *enter = static_cast<QDragEnterEvent *>(event);
        if (m_service && !isRunning() && !localFiles(enter->mimeData()).isEmpty()) {
            enter->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (!files.isEmpty()) {
            drop->acceptProposedAction();
            importFiles(files);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

ImportController::~ImportController()
{
    if (m_running)
        m_reply.cancel();
}

void ImportController::setService(LibraryService *service)
{
    // An import into the library being closed stops there (its thread cancels it too) and says nothing.
    if (m_running)
        m_reply.cancel();
    m_running = false;
    closeProgress();
    m_service = service;
}

void ImportController::closeProgress()
{
    if (m_progress) {
        // Closing the dialog emits canceled(): that is not the reader's cancel.
        disconnect(m_progress, nullptr, this, nullptr);
        m_progress->close();
        m_progress->deleteLater();
    }
}

void ImportController::chooseAndImport()
{
    if (!m_service || isRunning())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import Articles"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Feeds and articles (*.xml *.rss *.rdf *.atom *.json *.html *.htm *.txt);;RSS and Atom feeds "
           "(*.xml *.rss *.rdf *.atom);;JSON Feed and JSON articles (*.json);;Web pages (*.html *.htm);;"
           "Text (*.txt);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void ImportController::importQuietly(const QStringList &files)
{
    importFiles(files);
    if (isRunning())
        m_showSummary = false;
}

void ImportController::importFiles(const QStringList &files)
{
    if (!m_service || isRunning() || files.isEmpty())
        return;
    m_showSummary = true;
    m_files = files;
    m_running = true;
    m_reply.setFuture(m_service->importFiles(files));
    m_progress =
        new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, static_cast<int>(files.size()), m_window);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        if (m_running)
            m_reply.cancel();
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling: the file being read is rolled back…"));
    });
}

void ImportController::onFileStarted(int number)
{
    // The future's progress is the number of the file being read, its text the file.
    const int count = static_cast<int>(m_files.size());
    if (!m_running || !m_progress || number < 1 || number > count)
        return;
    m_progress->setValue(number - 1);
    m_progress->setLabelText(tr("Importing %1 (%2 of %3)…")
                                 .arg(QFileInfo(m_files.at(number - 1)).fileName())
                                 .arg(number)
                                 .arg(count));
}

void ImportController::onFinished()
{
    if (!m_running)
        return; // an import into a library since closed
    m_running = false;
    closeProgress();
    const QFuture<Result<ImportReport>> future = m_reply.future();
    // The answers of the files done before a cancel stay in the future; the file being read then
    // was rolled back and the ones after it were not started.
    const bool cancelled = future.isCanceled();
    int added = 0;
    int failed = 0;
    QList<std::pair<ImportReport, QString>> results; // per file: its report and error
    for (int i = 0; i < future.resultCount(); ++i) {
        const Result<ImportReport> file = future.resultAt(i);
        if (file) {
            added += file->added;
            results.append({file.value(), QString()});
        } else {
            ++failed;
            ImportReport report;
            report.file = m_files.value(i);
            results.append({report, file.error()});
        }
    }
    QString message = cancelled ? tr("Import cancelled: %Ln article(s) added.", "", added)
                                : tr("Import finished: %Ln article(s) added.", "", added);
    if (failed > 0)
        message += QLatin1Char(' ') + tr("%Ln file(s) failed.", "", failed);
    if (m_showSummary && !results.isEmpty()) {
        auto *summary = new ImportSummaryDialog(m_window);
        summary->setAttribute(Qt::WA_DeleteOnClose);
        summary->setObjectName(QStringLiteral("importSummary"));
        for (const auto &[report, error] : std::as_const(results))
            summary->addFile(report, error);
        summary->show();
    }
    Q_EMIT finished(message);
}

} // namespace Clearance
