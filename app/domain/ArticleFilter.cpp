#include "ArticleFilter.h"

#include <QJsonArray>

#include <algorithm>

namespace Clearance {

bool ArticleFilter::isEmpty() const
{
    return std::all_of(facets.begin(), facets.end(), [](const QStringList &v) { return v.isEmpty(); }) &&
           sources.isEmpty() && search.trimmed().isEmpty() && !unreadOnly && !starredOnly;
}

ArticleFilter ArticleFilter::without(FacetKind kind) const
{
    ArticleFilter copy = *this;
    copy.values(kind).clear();
    return copy;
}

QJsonObject ArticleFilter::toJson() const
{
    QJsonObject json;
    for (FacetKind kind : allFacetKinds) {
        if (!values(kind).isEmpty())
            json.insert(facetKindName(kind), QJsonArray::fromStringList(values(kind)));
    }
    if (!sources.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : sources)
            ids.append(id);
        json.insert(QStringLiteral("sources"), ids);
    }
    if (!search.isEmpty())
        json.insert(QStringLiteral("search"), search);
    if (unreadOnly)
        json.insert(QStringLiteral("unread"), true);
    if (starredOnly)
        json.insert(QStringLiteral("starred"), true);
    return json;
}

ArticleFilter ArticleFilter::fromJson(const QJsonObject &json)
{
    ArticleFilter filter;
    for (FacetKind kind : allFacetKinds) {
        for (const QJsonValue &v : json.value(facetKindName(kind)).toArray()) {
            if (v.isString())
                filter.values(kind).append(v.toString());
        }
    }
    for (const QJsonValue &v : json.value(QStringLiteral("sources")).toArray()) {
        if (v.isDouble() && v.toInteger() > 0)
            filter.sources.append(v.toInteger());
    }
    filter.search = json.value(QStringLiteral("search")).toString();
    filter.unreadOnly = json.value(QStringLiteral("unread")).toBool();
    filter.starredOnly = json.value(QStringLiteral("starred")).toBool();
    return filter;
}

} // namespace Clearance
