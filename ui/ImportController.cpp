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
    if (m_service && m_request)
        m_service->cancelImport(m_request);
}

void ImportController::setService(LibraryService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    if (m_progress)
        m_progress->deleteLater();
    m_request = 0;
    m_service = service;
    if (!service)
        return;
    connect(service, &LibraryService::fileImportStarted, this, &ImportController::onFileStarted);
    connect(service, &LibraryService::fileImported, this, &ImportController::onFileImported);
    connect(service, &LibraryService::importFinished, this, &ImportController::onImportFinished);
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
    m_errors.clear();
    m_results.clear();
    m_request = m_service->importFiles(files);
    m_progress =
        new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, static_cast<int>(files.size()), m_window);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    const quint64 request = m_request;
    connect(m_progress, &QProgressDialog::canceled, this, [this, request] {
        if (m_service)
            m_service->cancelImport(request);
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling: the file being read is rolled back…"));
    });
}

void ImportController::onFileStarted(quint64 requestId, int index, int count, const QString &file)
{
    if (requestId != m_request || !m_progress)
        return;
    m_progress->setMaximum(count);
    m_progress->setValue(index);
    m_progress->setLabelText(
        tr("Importing %1 (%2 of %3)…").arg(QFileInfo(file).fileName()).arg(index + 1).arg(count));
}

void ImportController::onFileImported(quint64 requestId, int index, const ImportReport &report,
                                      const QString &error)
{
    if (requestId != m_request)
        return;
    if (!error.isEmpty())
        m_errors.append(tr("%1: %2").arg(QFileInfo(report.file).fileName(), error));
    m_results.append({report, error});
    if (m_progress)
        m_progress->setValue(index + 1);
}

void ImportController::onImportFinished(quint64 requestId, int added, bool cancelled)
{
    if (requestId != m_request)
        return;
    m_request = 0;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    QString message = cancelled ? tr("Import cancelled: %Ln article(s) added.", "", added)
                                : tr("Import finished: %Ln article(s) added.", "", added);
    if (!m_errors.isEmpty())
        message += QLatin1Char(' ') + tr("%Ln file(s) failed.", "", static_cast<int>(m_errors.size()));
    if (m_showSummary && !m_results.isEmpty()) {
        auto *summary = new ImportSummaryDialog(m_window);
        summary->setAttribute(Qt::WA_DeleteOnClose);
        summary->setObjectName(QStringLiteral("importSummary"));
        for (const auto &[report, error] : std::as_const(m_results))
            summary->addFile(report, error);
        summary->show();
    }
    Q_EMIT finished(message);
}

} // namespace Clearance
