#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace Clearance {

class LibraryService;
struct ImportReport;

// File > Import…: asks for files, imports them on the library's thread with a cancellable progress
// dialog and reports the outcome. The list refreshes by itself (LibraryService::libraryChanged).
class ImportController final : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QWidget *window);
    ~ImportController() override;
    Q_DISABLE_COPY_MOVE(ImportController)

    void setService(LibraryService *service);
    bool isRunning() const { return m_request != 0; }

public Q_SLOTS:
    // Asks for files, then imports them.
    void chooseAndImport();
    void importFiles(const QStringList &files);

Q_SIGNALS:
    // The status bar's short message at the end.
    void finished(const QString &message);

private:
    void onFileStarted(quint64 requestId, int index, int count, const QString &file);
    void onFileImported(quint64 requestId, int index, const Clearance::ImportReport &report,
                        const QString &error);
    void onImportFinished(quint64 requestId, int added, bool cancelled);

    QWidget *m_window;
    QPointer<LibraryService> m_service;
    QPointer<QProgressDialog> m_progress;
    quint64 m_request = 0;
    QStringList m_errors;
};

} // namespace Clearance
