#include "FilterDescription.h"

#include "tagging/Taxonomy.h"

#include <QStringList>

namespace Clearance {

QString FilterDescription::describe(const ArticleFilter &filter, const Taxonomy &taxonomy,
                                    const QString &language)
{
    QStringList parts;
    for (FacetKind kind : allFacetKinds) {
        QStringList labels;
        for (const QString &key : filter.values(kind))
            labels.append(taxonomy.label(kind, key, language));
        // Values of one kind are alternatives (OR); the dot separates kinds, which all apply (AND).
        if (!labels.isEmpty())
            parts.append(labels.join(tr(" or ", "between two values of one kind in a filter")));
    }
    if (!filter.search.trimmed().isEmpty())
        parts.append(tr("“%1”", "a search text in a filter description").arg(filter.search.trimmed()));
    if (filter.unreadOnly)
        parts.append(tr("unread"));
    if (filter.starredOnly)
        parts.append(tr("starred"));
    return parts.join(QStringLiteral(" · "));
}

QString FilterDescription::defaultTitle(const ArticleFilter &filter, const Taxonomy &taxonomy,
                                        const QString &language)
{
    const QString description = describe(filter, taxonomy, language);
    return description.isEmpty() ? tr("Customs and trade briefing") : description;
}

} // namespace Clearance
