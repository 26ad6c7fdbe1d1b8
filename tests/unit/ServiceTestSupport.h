#pragma once

#include "TestLibrary.h"
#include "service/Importer.h"
#include "service/LibraryService.h"
#include "service/SampleLibrary.h"
#include "tagging/Tagger.h"

#include <QSignalSpy>
#include <QTest>

// Helpers for the tests of LibraryService and the models over it.

// Opens the service and waits for its answer: the open error, empty when it opened.
inline QString openAndWait(Clearance::LibraryService &service, int timeoutMs = 10000)
{
    QSignalSpy opened(&service, &Clearance::LibraryService::opened);
    service.open();
    if (!opened.wait(timeoutMs))
        return QStringLiteral("the service did not answer open() in time");
    return opened.first().first().toString();
}

// Fills a test library with the bundled sample articles (ten, tagged with the standard taxonomy).
inline bool populateSample(TestLibrary &library)
{
    Clearance::Importer importer(*library.store, Clearance::Tagger::standard());
    return Clearance::SampleLibrary::populate(importer).ok();
}

// Fills a test library with `count` generated articles, "Report 0" the oldest, one day apart.
inline bool populateGenerated(TestLibrary &library, int count)
{
    QList<Clearance::Article> articles;
    const QDateTime start(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Clearance::Article a;
        a.title = QStringLiteral("Report %1").arg(i);
        a.body = i % 2 ? QStringLiteral("Customs officers in Mali, number %1.").arg(i)
                       : QStringLiteral("The Nepal Customs report %1.").arg(i);
        a.published = start.addDays(i);
        // Sources that differ in case and accents, for sorting.
        static const QStringList sources = {QStringLiteral("WCO"), QStringLiteral("wto"),
                                            QStringLiteral("Écho des douanes"), QStringLiteral("Echo")};
        a.source = sources.at(i % sources.size());
        articles.append(a);
    }
    Clearance::Importer importer(*library.store, Clearance::Tagger::standard());
    return importer.importArticles(articles, QStringLiteral("generated")).ok();
}

// Waits, running the event loop, until `future` has finished, as a consumer sees it: through a
// QFutureWatcher on this thread. Its answer (a Result or a Status), or a failure saying there was none
// (cancelled, or not answered in time).
template<typename T>
T waitForAnswer(const QFuture<T> &future, int timeoutMs = 10000)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, timeoutMs))
        return T::failure(QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    if (std::optional<T> answer = Clearance::answerOf(future))
        return *answer;
    return T::failure(QStringLiteral("cancelled, no answer"));
}

// The sentinel of every "nothing more arrives" check: asks the service for a count now and waits until
// its answer has reached this thread. The service answers in order on its one thread, and a future's
// answer reaches a watcher on this thread as events posted when it finishes (or, for a future already
// finished, when it is watched), which this thread handles in the order they were posted: by then
// every request made and watched before this call has been answered and the answer handled here, so
// whatever was still to arrive would have been seen. (A request made after it, say by a view laying
// out what arrived, is not covered.)
inline bool earlierRepliesArrived(Clearance::LibraryService &service, int timeoutMs = 10000)
{
    QFutureWatcher<Clearance::Result<qint64>> sentinel;
    QSignalSpy finished(&sentinel, &QFutureWatcherBase::finished);
    sentinel.setFuture(service.countArticles({}));
    return QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, timeoutMs);
}
