#pragma once

#include "domain/Result.h"
#include "domain/Source.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace Clearance {

class Database;

// The sources of a library (its subscriptions) and what fetching keeps about each. The reader's
// settings (add, edit, enable, remove) and the fetch state (saveFetchState) are written separately,
// so that a fetch finishing never undoes an edit made meanwhile, and the reverse.
class SourceStore final
{
    Q_DECLARE_TR_FUNCTIONS(SourceStore)

public:
    explicit SourceStore(const Database &database);
    Q_DISABLE_COPY_MOVE(SourceStore)

    // Every source by folder then title. Their article counts are ArticleStore::countSourceArticles's.
    Result<QList<Source>> sources() const;
    Result<Source> source(qint64 id) const;
    // The enabled sources whose next fetch is due at `now` (never fetched, or next fetch <= now).
    Result<QList<Source>> due(const QDateTime &now) const;

    // The source following this address (normalized as add() does), if any.
    Result<std::optional<qint64>> idOf(const QString &url) const;
    // Adds a source from the reader's fields of `source` (url, title, kind, link pattern, folder,
    // interval, enabled); refuses an address that is not absolute http(s), or one already followed.
    Result<qint64> add(const Source &source);
    struct AddAllReport
    {
        int added = 0;
        int known = 0; // already followed: left as they are
    };
    // Adds the sources not followed yet, in one transaction: a failure adds none of them.
    Result<AddAllReport> addAll(const QList<Source> &sources);
    // Writes the reader's fields of `source` (as add) to the source with its id.
    Status update(const Source &source);
    Status setEnabled(qint64 id, bool enabled);
    // Forgets the source and which articles came from it; the articles stay in the library.
    Status remove(qint64 id);

    // Writes the fetch fields of `source` (validators, last fetch, status, error, failures, next
    // fetch, items seen), its url (a permanent redirect rewrote it), enabled (410 Gone), and its title
    // where the source has none yet (the feed's own).
    Status saveFetchState(const Source &source);
    // Records that these articles came from the source (again: already linked ones are kept).
    Status linkArticles(qint64 sourceId, const QList<qint64> &articleIds);

    // Page sources: the article links already fetched, and adding to them.
    Result<QSet<QString>> seenLinks(qint64 sourceId) const;
    Status addSeenLinks(qint64 sourceId, const QStringList &links, const QDateTime &when);

    // The address as stored: trimmed, absolute http(s), fully encoded, without a fragment; empty with
    // `error` set when it is not one a source can have.
    static QString normalizedUrl(const QString &url, QString *error);

private:
    Result<QList<Source>> select(const QString &where, const QVariantList &values) const;

    const Database &m_database;
    QSqlDatabase m_db;
};

} // namespace Clearance
