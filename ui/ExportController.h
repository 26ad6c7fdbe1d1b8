#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMainWindow;
class QProgressDialog;

namespace Clearance {

class ArticleListModel;
class ArticleListView;
class ExportDialog;
class PdfExportJob;
class Tagger;

// File > Export to PDF… (Ctrl+P): asks with ExportDialog, exports the selected articles (or the whole
// list when one or none is selected) on a worker thread (PdfExportJob) behind a cancellable progress
// dialog, then offers in the status bar to open the file or its folder.
class ExportController final : public QObject
{
    Q_OBJECT

public:
    ExportController(QMainWindow *window, ArticleListView *view, std::shared_ptr<const Tagger> tagger);
    ~ExportController() override;
    Q_DISABLE_COPY_MOVE(ExportController)

    QAction *action() const { return m_action; }
    // Names the action in the current language (the window calls it on a language change).
    void retranslate();
    // The library exported from and the list whose filter and count describe "all".
    void setLibrary(const QString &path, ArticleListModel *model);
    bool isRunning() const;

    // The dialog as the window would show it now; the caller owns it.
    std::unique_ptr<ExportDialog> createDialog() const;

public Q_SLOTS:
    // Asks, then exports.
    void exportArticles();

Q_SIGNALS:
    // At the end, with the file on success and an empty path otherwise.
    void exportFinished(const QString &path);

private:
    QList<qint64> selection() const;
    void start(const ExportDialog &dialog);
    void onFinished(const QString &output, int articles, int pages, const QString &error, bool cancelled);
    void offer(const QString &path, int articles, int pages);

    QMainWindow *m_window;
    ArticleListView *m_view;
    std::shared_ptr<const Tagger> m_tagger;
    QAction *m_action;
    QString m_libraryPath;
    QPointer<ArticleListModel> m_model;
    PdfExportJob *m_job;
    QPointer<QProgressDialog> m_progress;
    QPointer<QLabel> m_offer;
};

} // namespace Clearance
