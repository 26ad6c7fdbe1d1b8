#pragma once

#include "service/Importer.h"
#include "service/Reply.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QEvent;
class QProgressDialog;
class QWidget;

namespace Clearance {

class LibraryService;

// File > Import… and files dropped on the window: imports them on the library's thread with a
// cancellable progress dialog, then lists per file what was added, updated, unchanged, skipped or
// refused. The list refreshes by itself (LibraryService::libraryChanged).
class ImportController final : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QWidget *window);
    ~ImportController() override;
    Q_DISABLE_COPY_MOVE(ImportController)

    void setService(LibraryService *service);
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Asks for files, then imports them.
    void chooseAndImport();
    void importFiles(const QStringList &files);
    // The same without the summary at the end (the first use's sample articles: nothing to report).
    void importQuietly(const QStringList &files);

protected:
    // Drops on the window it was made for: files dropped there are imported.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The status bar's short message at the end.
    void finished(const QString &message);

private:
    void onFileStarted(int number);
    void onFinished();
    void closeProgress();

    QWidget *m_window;
    QPointer<LibraryService> m_service;
    QPointer<QProgressDialog> m_progress;
    // The import under way: one answer per file (LibraryService::importFiles).
    QFutureWatcher<Result<ImportReport>> m_reply;
    QStringList m_files;
    bool m_running = false;
    bool m_showSummary = true;
};

} // namespace Clearance
