// LibraryService's requests about sources (subscriptions), beside its article requests in
// LibraryService.cpp.

#include "LibraryService.h"

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

} // namespace Clearance
