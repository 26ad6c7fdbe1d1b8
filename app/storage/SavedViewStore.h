#pragma once

#include "domain/ArticleFilter.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Clearance {

class Database;

// A filter the reader saved under a name; kept in the library so it travels with the file.
struct SavedView
{
    qint64 id = 0;
    QString name;
    ArticleFilter filter;
};

// The saved views of a library. Names are unique, ignoring case.
class SavedViewStore final
{
    Q_DECLARE_TR_FUNCTIONS(SavedViewStore)

public:
    explicit SavedViewStore(const Database &database);
    Q_DISABLE_COPY_MOVE(SavedViewStore)

    Result<QList<SavedView>> views() const; // by name
    // Saves a new view, or replaces the filter of the view with that name.
    Result<qint64> save(const QString &name, const ArticleFilter &filter);
    Status rename(qint64 id, const QString &name);
    Status remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace Clearance
