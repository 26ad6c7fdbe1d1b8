#pragma once

#include "domain/Result.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <optional>
#include <utility>

namespace Clearance {

// What LibraryService answers a request with: one future, fulfilled on the service's thread, holding
// the value or the error (Result), or only the error (Status) for a write. The error travels inside
// the answer, so no caller can read a value without having been told it failed.
template<typename T>
using Reply = QFuture<Result<T>>;
using WriteReply = QFuture<Status>;

// The answer a finished future holds; nothing when it was cancelled before the service answered (a
// newer request replaced it, or the service was shutting down).
template<typename T>
std::optional<T> answerOf(const QFuture<T> &future)
{
    if (future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

// Calls handler(answer) on `context`'s thread once `future` has finished, unless it was cancelled or
// `context` was destroyed first: the watcher is a child of `context` and deletes itself after. This is
// how a fire-and-forget write still brings its error to the user. (QFuture::then(context, ...) would
// do, but what it does when the context dies first is not documented for Qt 6.4.)
template<typename T, typename Handler>
void onAnswer(const QFuture<T> &future, QObject *context, Handler handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, handler = std::move(handler)]() mutable {
                         watcher->deleteLater();
                         if (std::optional<T> answer = answerOf(watcher->future()))
                             handler(std::move(*answer));
                     });
    watcher->setFuture(future);
}

} // namespace Clearance
