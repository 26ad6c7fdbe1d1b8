#include "FacetQuery.h"

#include "SearchQuery.h"

#include <QStringList>

namespace Clearance {

SqlFragment FacetQuery::where(const ArticleFilter &filter)
{
    QStringList conditions;
    QVariantList values;

    for (FacetKind kind : allFacetKinds) {
        const QStringList &keys = filter.values(kind);
        if (keys.isEmpty())
            continue;
        QStringList marks;
        for (qsizetype i = 0; i < keys.size(); ++i)
            marks.append(QStringLiteral("?"));
        conditions.append(QStringLiteral("a.id IN (SELECT af.article_id FROM article_facets af "
                                         "JOIN facets f ON f.id = af.facet_id "
                                         "WHERE f.kind = ? AND f.key IN (%1))")
                              .arg(marks.join(QLatin1Char(','))));
        values.append(facetKindName(kind));
        for (const QString &key : keys)
            values.append(key);
    }

    const QString fts = SearchQuery::toFts(filter.search);
    if (!fts.isEmpty()) {
        conditions.append(
            QStringLiteral("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"));
        values.append(fts);
    }
    if (filter.unreadOnly)
        conditions.append(QStringLiteral("a.read = 0"));
    if (filter.starredOnly)
        conditions.append(QStringLiteral("a.starred = 1"));

    if (conditions.isEmpty())
        return {QStringLiteral("1"), {}};
    return {conditions.join(QLatin1String(" AND ")), values};
}

} // namespace Clearance
