#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

namespace Clearance {

// Waits for a future with the event loop running (the fetcher and the library's answers are
// delivered through it), for commands that do one thing and then print.
template<typename T>
void waitWithEvents(const QFuture<T> &future)
{
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
}

} // namespace Clearance
