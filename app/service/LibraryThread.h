#pragma once

#include <QString>

#include <memory>

class QThread;

namespace Clearance {

class LibraryService;
class Tagger;

// Runs a LibraryService on a thread of its own: creates the thread, moves the service there, opens
// its connection. On destruction, requests still queued are cancelled (their futures finish without an
// answer), an import stops, rolling back the file it is reading, the connection is closed on the worker
// thread and the thread is joined.
class LibraryThread final
{
public:
    explicit LibraryThread(const QString &path, std::shared_ptr<const Tagger> tagger = {});
    ~LibraryThread();
    Q_DISABLE_COPY_MOVE(LibraryThread)

    // Lives on the worker thread; call its request methods from any thread (their futures are answered
    // there) and connect to its signals.
    LibraryService *service() const { return m_service; }

private:
    std::unique_ptr<QThread> m_thread;
    LibraryService *m_service; // deleted on its own thread when the thread finishes
};

} // namespace Clearance
