#pragma once

#include "AutoTagTable.h"
#include "SqliteStatement.h"
#include "domain/Article.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <vector>

struct sqlite3;

namespace Clearance {

// What re-importing an article already in the library did to it.
struct ArticleUpdate
{
    enum class Outcome
    {
        Unchanged,
        Updated
    };
    Outcome outcome = Outcome::Unchanged;
    qint64 id = 0;
    std::vector<qint64> removedTags; // automatic tags it lost
    std::vector<qint64> addedTags;   // automatic tags it gained
};

// Replaces an article that a feed sent again with another title or text, inside the import's
// transaction. Only what the feed owns changes: the read and starred marks stay, and so do the
// manual tags and the tags the reader removed by hand, which re-tagging never brings back.
class ArticleUpdater final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleUpdater)

public:
    explicit ArticleUpdater(sqlite3 *db);
    Q_DISABLE_COPY_MOVE(ArticleUpdater)

    bool isValid() const;
    // `article` has the guid of a stored one; `facets` are its new automatic tags.
    Result<ArticleUpdate> update(const Article &article, const std::vector<qint64> &facets);
    // After a failed update(): a constraint of the schema refused the new values, and nothing of the
    // article was changed (see SqliteStatement::failedOnConstraint).
    bool failedOnConstraint() const { return m_refused; }

private:
    SqliteStatement m_lookup;
    SqliteStatement m_update;
    SqliteStatement m_keptTags;
    AutoTagTable m_autoTags;
    bool m_refused = false;
};

} // namespace Clearance
