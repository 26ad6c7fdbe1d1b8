#pragma once

#include "domain/ArticleFilter.h"
#include "domain/ArticleSort.h"
#include "export/PdfExportOptions.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace Clearance {

class Tagger;

// One PDF export off the GUI thread: a thread of its own opens its own connection to the library,
// loads the articles and runs PdfExporter, reporting progress; cancel() stops it between two
// articles, leaving no file. Start it from the thread it lives on; its signals arrive there.
class PdfExportJob final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString libraryPath;
        QList<qint64> ids;                   // these articles, in this order ...
        std::optional<ArticleFilter> filter; // ... or every article matching this, in this order
        ArticleSort sort;
        QString output;
        PdfExportOptions options;
    };

    explicit PdfExportJob(std::shared_ptr<const Tagger> tagger, QObject *parent = nullptr);
    // Cancels a running export and waits for its thread.
    ~PdfExportJob() override;
    Q_DISABLE_COPY_MOVE(PdfExportJob)

    bool isRunning() const { return m_thread != nullptr; }
    // False when an export is already running.
    bool start(const Request &request);
    void cancel(); // thread-safe

Q_SIGNALS:
    void progressed(int done, int total);
    // At the end: the report on success, otherwise the error (PdfExporter::cancelledMessage() when
    // cancelled).
    void finished(const QString &output, int articles, int pages, const QString &error, bool cancelled);

private:
    void run(const Request &request);
    void onThreadFinished();

    std::shared_ptr<const Tagger> m_tagger;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel{false};
    // Written by the worker before its thread finishes, read on the job's thread after.
    QString m_output;
    PdfExportReport m_report;
    QString m_error;
};

} // namespace Clearance
