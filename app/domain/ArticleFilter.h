#pragma once

#include "FacetKind.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace Clearance {

// What the reader wants to see: facet values (OR within a kind, AND across kinds), the sources the
// articles came from (any of them), a search text and the read/starred flags.
struct ArticleFilter
{
    std::array<QStringList, 4> facets; // indexed by FacetKind
    QList<qint64> sources;             // SourceStore ids; empty: articles from anywhere
    QString search;
    bool unreadOnly = false;
    bool starredOnly = false;

    QStringList &values(FacetKind kind) { return facets[static_cast<size_t>(kind)]; }
    const QStringList &values(FacetKind kind) const { return facets[static_cast<size_t>(kind)]; }

    bool isEmpty() const;
    // The same filter without the values of one kind: what a facet count of that kind is computed under.
    ArticleFilter without(FacetKind kind) const;

    // The form saved views are stored in: {"region": [...], ..., "sources": [3, 7], "search": "...",
    // "unread": true}.
    QJsonObject toJson() const;
    static ArticleFilter fromJson(const QJsonObject &json);

    friend bool operator==(const ArticleFilter &, const ArticleFilter &) = default;
};

} // namespace Clearance
