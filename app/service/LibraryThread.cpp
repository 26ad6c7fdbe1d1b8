#include "LibraryThread.h"

#include "LibraryService.h"

#include <QThread>

namespace Clearance {

LibraryThread::LibraryThread(const QString &path, std::shared_ptr<const Tagger> tagger)
    : m_thread(std::make_unique<QThread>())
    , m_service(new LibraryService(path, std::move(tagger)))
{
    m_thread->setObjectName(QStringLiteral("clearance-library"));
    m_service->moveToThread(m_thread.get());
    // The connection must be closed on the thread that opened it: the service is deleted there, after
    // the thread's event loop has stopped.
    QObject::connect(m_thread.get(), &QThread::finished, m_service, &QObject::deleteLater);
    m_thread->start();
    m_service->open();
}

LibraryThread::~LibraryThread()
{
    m_service->cancelAllImports();
    m_thread->quit();
    m_thread->wait();
}

} // namespace Clearance
