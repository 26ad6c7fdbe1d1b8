#pragma once

#include "TestLibrary.h"
#include "service/Importer.h"
#include "service/LibraryService.h"
#include "service/SampleLibrary.h"
#include "tagging/Tagger.h"

#include <QSignalSpy>
#include <QTest>

// Helpers for the tests of LibraryService and the models over it.

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

// Waits for the reply to request `id` among the signals `spy` records; its arguments, or an empty
// list after the timeout.
inline QList<QVariant> waitForReply(QSignalSpy &spy, quint64 id, int timeoutMs = 10000)
{
    QList<QVariant> found;
    [[maybe_unused]] const bool answered = QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &args : std::as_const(spy)) {
                if (args.value(0).toULongLong() == id) {
                    found = args;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

// The sentinel of every "nothing more arrives" check: asks the service for a count now and waits until
// its answer has reached this thread. The service answers in order on its one thread, and its queued
// replies reach this thread in the order they were sent, so by then every request made before this
// call has been answered and the answer handled here: whatever was still to arrive would have been
// seen. (A request made after it, say by a view laying out what arrived, is not covered.)
inline bool earlierRepliesArrived(Clearance::LibraryService &service, int timeoutMs = 10000)
{
    QObject receiver; // on this thread, so the reply is queued behind the others
    quint64 sentinel = 0;
    bool arrived = false;
    QObject::connect(&service, &Clearance::LibraryService::articlesCounted, &receiver,
                     [&sentinel, &arrived](quint64 id) { arrived = arrived || id == sentinel; });
    sentinel = service.countArticles({});
    return QTest::qWaitFor([&arrived] { return arrived; }, timeoutMs);
}
