#include "PdfExportJob.h"

#include "export/PdfExporter.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QThread>

namespace Clearance {

PdfExportJob::PdfExportJob(std::shared_ptr<const Tagger> tagger, QObject *parent)
    : QObject(parent)
    , m_tagger(std::move(tagger))
{}

PdfExportJob::~PdfExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool PdfExportJob::start(const Request &request)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_output = request.output;
    m_report = {};
    m_error.clear();
    m_thread.reset(QThread::create([this, request] { run(request); }));
    m_thread->setObjectName(QStringLiteral("PDF export"));
    connect(m_thread.get(), &QThread::finished, this, &PdfExportJob::onThreadFinished);
    m_thread->start(QThread::LowPriority);
    return true;
}

void PdfExportJob::cancel()
{
    m_cancel = true;
}

void PdfExportJob::run(const Request &request)
{
    // The connection is opened, used and closed on this thread only.
    Database database(request.libraryPath);
    if (const Status s = database.open(); !s) {
        m_error = s.error();
        return;
    }
    const ArticleStore store(database);
    QList<qint64> ids = request.ids;
    if (request.filter) {
        const auto matching = store.articleIds(*request.filter, request.sort);
        if (!matching) {
            m_error = matching.error();
            return;
        }
        ids = *matching;
    }
    const auto articles = PdfExporter::load(store, ids);
    if (!articles) {
        m_error = articles.error();
        return;
    }
    const PdfExporter exporter(m_tagger, request.options);
    const auto report = exporter.write(*articles, request.output, [this](int done, int total) {
        Q_EMIT progressed(done, total);
        return !m_cancel;
    });
    if (report)
        m_report = *report;
    else
        m_error = report.error();
}

void PdfExportJob::onThreadFinished()
{
    m_thread->wait();
    m_thread.release()->deleteLater(); // this slot runs inside its finished() signal

    const bool cancelled = m_cancel && !m_error.isEmpty();
    Q_EMIT finished(m_output, m_report.articles, m_report.pages, m_error, cancelled);
}

} // namespace Clearance
