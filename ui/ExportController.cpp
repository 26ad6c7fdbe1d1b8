#include "ExportController.h"

#include "ArticleListView.h"
#include "ExportDialog.h"
#include "models/ArticleListModel.h"
#include "render/FilterDescription.h"
#include "service/PdfExportJob.h"
#include "tagging/Tagger.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace Clearance {

namespace {
constexpr int kOfferMs = 30000; // how long the status bar offers to open the file
const QString kOpenLink = QStringLiteral("open");
const QString kFolderLink = QStringLiteral("folder");

QString language()
{
    return QLocale::languageToCode(QLocale().language());
}
} // namespace

ExportController::ExportController(QMainWindow *window, ArticleListView *view,
                                   std::shared_ptr<const Tagger> tagger)
    : QObject(window)
    , m_window(window)
    , m_view(view)
    , m_tagger(std::move(tagger))
    , m_action(new QAction(this))
    , m_job(new PdfExportJob(m_tagger, this))
{
    m_action->setObjectName(QStringLiteral("exportPdfAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &ExportController::exportArticles);
    connect(m_job, &PdfExportJob::progressed, this, [this](int done, int total) {
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        }
    });
    connect(m_job, &PdfExportJob::finished, this, &ExportController::onFinished);
    retranslate();
}

void ExportController::retranslate()
{
    m_action->setText(tr("&Export to PDF…"));
    m_action->setStatusTip(tr("Export the selected articles, or the whole list, as a PDF briefing pack"));
}

ExportController::~ExportController()
{
    m_job->cancel();
}

void ExportController::setLibrary(const QString &path, ArticleListModel *model)
{
    m_libraryPath = path;
    m_model = model;
    m_action->setEnabled(model != nullptr);
}

bool ExportController::isRunning() const
{
    return m_job->isRunning();
}

QList<qint64> ExportController::selection() const
{
    QList<qint64> ids = m_view->selectedArticleIds();
    if (ids.size() < 2 || !m_model)
        return {};
    // In the order of the list, not of the clicks.
    std::sort(ids.begin(), ids.end(),
              [this](qint64 a, qint64 b) { return m_model->rowOf(a) < m_model->rowOf(b); });
    return ids;
}

std::unique_ptr<ExportDialog> ExportController::createDialog() const
{
    const ArticleFilter filter = m_model ? m_model->filter() : ArticleFilter();
    const QString title = FilterDescription::defaultTitle(filter, m_tagger->taxonomy(), language());
    const qint64 total = m_model ? std::max<qint64>(m_model->count(), 0) : 0;
    return std::make_unique<ExportDialog>(title, static_cast<int>(selection().size()), total, m_window);
}

void ExportController::exportArticles()
{
    if (!m_model || isRunning())
        return;
    const std::unique_ptr<ExportDialog> dialog = createDialog();
    if (dialog->exec() == QDialog::Accepted)
        start(*dialog);
}

void ExportController::start(const ExportDialog &dialog)
{
    PdfExportJob::Request request;
    request.libraryPath = m_libraryPath;
    request.output = QDir::fromNativeSeparators(dialog.outputPath());
    request.options = dialog.options();
    request.options.locale = QLocale();
    const ArticleFilter filter = m_model->filter();
    if (dialog.exportsSelection()) {
        request.ids = selection();
        request.options.filterDescription =
            tr("%Ln selected article(s)", "", static_cast<int>(request.ids.size()));
    } else {
        request.filter = filter;
        request.sort = m_model->sortOrder(); // the pack reads in the order of the list
        const QString described = FilterDescription::describe(filter, m_tagger->taxonomy(), language());
        request.options.filterDescription = described.isEmpty() ? tr("All articles") : described;
    }
    if (!m_job->start(request))
        return;
    if (m_offer)
        m_offer->deleteLater();
    m_progress = new QProgressDialog(tr("Exporting to %1…").arg(QFileInfo(request.output).fileName()),
                                     tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Export to PDF"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_job->cancel();
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling…"));
    });
}

void ExportController::onFinished(const QString &output, int articles, int pages, const QString &error,
                                  bool cancelled)
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    if (cancelled) {
        m_window->statusBar()->showMessage(tr("Export cancelled; no file was written."), 8000);
    } else if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Export to PDF"), error);
    } else {
        offer(output, articles, pages);
    }
    Q_EMIT exportFinished(error.isEmpty() ? output : QString());
}

void ExportController::offer(const QString &path, int articles, int pages)
{
    auto *label = new QLabel(m_window);
    label->setObjectName(QStringLiteral("exportOffer"));
    label->setTextFormat(Qt::RichText);
    label->setText(tr("Exported %Ln article(s)", "", articles) +
                   tr(" on %Ln page(s) to %1.", "", pages).arg(QFileInfo(path).fileName().toHtmlEscaped()) +
                   QStringLiteral(" <a href=\"%1\">%2</a> · <a href=\"%3\">%4</a>")
                       .arg(kOpenLink, tr("Open"), kFolderLink, tr("Show folder")));
    connect(label, &QLabel::linkActivated, this, [path](const QString &link) {
        const QString target = link == kOpenLink ? path : QFileInfo(path).absolutePath();
        QDesktopServices::openUrl(QUrl::fromLocalFile(target));
    });
    m_window->statusBar()->clearMessage();
    m_window->statusBar()->addWidget(label, 1);
    m_offer = label;
    QTimer::singleShot(kOfferMs, label, &QObject::deleteLater);
}

} // namespace Clearance
