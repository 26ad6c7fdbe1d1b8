// LibraryService's requests about sources (subscriptions), beside its article requests in
// LibraryService.cpp.

#include "LibraryService.h"
#include "tagging/Tagger.h"

namespace Clearance {

Reply<QList<Source>> LibraryService::listSources()
{
    return post<Result<QList<Source>>>([this]() -> Result<QList<Source>> {
        if (const QString error = ready(); !error.isEmpty())
            return Result<QList<Source>>::failure(error);
        Result<QList<Source>> sources = m_sources->sources();
        if (sources) {
            if (Status counted = m_store->countSourceArticles(sources.value()); !counted)
                return Result<QList<Source>>::failure(counted.error());
        }
        return sources;
    });
}

Reply<qint64> LibraryService::addSource(const Source &source)
{
    return post<Result<qint64>>([this, source]() -> Result<qint64> {
        if (const QString error = ready(); !error.isEmpty())
            return Result<qint64>::failure(error);
        Result<qint64> added = m_sources->add(source);
        if (added)
            Q_EMIT sourcesChanged();
        return added;
    });
}

WriteReply LibraryService::updateSource(const Source &source)
{
    return post<Status>([this, source]() -> Status {
        if (const QString error = ready(); !error.isEmpty())
            return Status::failure(error);
        Status status = m_sources->update(source);
        if (status)
            Q_EMIT sourcesChanged();
        return status;
    });
}

WriteReply LibraryService::setSourceEnabled(qint64 sourceId, bool enabled)
{
    return post<Status>([this, sourceId, enabled]() -> Status {
        if (const QString error = ready(); !error.isEmpty())
            return Status::failure(error);
        Status status = m_sources->setEnabled(sourceId, enabled);
        if (status)
            Q_EMIT sourcesChanged();
        return status;
    });
}

WriteReply LibraryService::removeSource(qint64 sourceId)
{
    return post<Status>([this, sourceId]() -> Status {
        if (const QString error = ready(); !error.isEmpty())
            return Status::failure(error);
        Status status = m_sources->remove(sourceId);
        if (status)
            Q_EMIT sourcesChanged();
        return status;
    });
}

Reply<QList<Source>> LibraryService::dueSources(const QDateTime &now)
{
    return post<Result<QList<Source>>>([this, now]() -> Result<QList<Source>> {
        if (const QString error = ready(); !error.isEmpty())
            return Result<QList<Source>>::failure(error);
        return m_sources->due(now);
    });
}

Reply<Source> LibraryService::source(qint64 sourceId)
{
    return post<Result<Source>>([this, sourceId]() -> Result<Source> {
        if (const QString error = ready(); !error.isEmpty())
            return Result<Source>::failure(error);
        return m_sources->source(sourceId);
    });
}

Reply<ImportReport> LibraryService::importFetched(const FetchedDocument &document)
{
    return post<Result<ImportReport>>([this, document]() -> Result<ImportReport> {
        if (const QString error = ready(); !error.isEmpty())
            return Result<ImportReport>::failure(error);
        tagger(); // loads the standard one on first use
        Importer importer(*m_store, m_tagger);
        Result<ImportReport> report =
            importer.importFetched(document, [this] { return m_cancelAll.load(std::memory_order_relaxed); });
        if (report && (report->added > 0 || report->updated > 0))
            Q_EMIT libraryChanged();
        return report;
    });
}

WriteReply LibraryService::saveFetchState(const Source &source)
{
    return post<Status>([this, source]() -> Status {
        if (const QString error = ready(); !error.isEmpty())
            return Status::failure(error);
        Status status = m_sources->saveFetchState(source);
        if (status)
            Q_EMIT sourcesChanged();
        return status;
    });
}

Reply<QSet<QString>> LibraryService::seenLinks(qint64 sourceId)
{
    return post<Result<QSet<QString>>>([this, sourceId]() -> Result<QSet<QString>> {
        if (const QString error = ready(); !error.isEmpty())
            return Result<QSet<QString>>::failure(error);
        return m_sources->seenLinks(sourceId);
    });
}

WriteReply LibraryService::addSeenLinks(qint64 sourceId, const QStringList &links)
{
    return post<Status>([this, sourceId, links]() -> Status {
        if (const QString error = ready(); !error.isEmpty())
            return Status::failure(error);
        return m_sources->addSeenLinks(sourceId, links, QDateTime::currentDateTimeUtc());
    });
}

} // namespace Clearance
