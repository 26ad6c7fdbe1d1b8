#pragma once

#include <Qt>

namespace Clearance {

// The item-data roles of every model in models/, in one place so delegates and views agree.
enum ItemRole : int
{
    // ArticleListModel
    ArticleIdRole = Qt::UserRole + 1, // qint64
    PublishedRole,                    // QDateTime (UTC)
    ReadRole,                         // bool: the delegate draws unread rows in bold
    StarredRole,                      // bool
    RegionsRole,                      // QStringList of region keys, for the chips
    InitiativesRole,                  // QStringList of initiative keys
    OrganizationsRole,                // QStringList of organization keys
    CountriesRole,                    // QStringList of country codes
    SummaryRole,                      // Clearance::ArticleSummary, the whole row

    // FacetModel
    KindRole = Qt::UserRole + 100, // int: the FacetKind, on kind rows and value rows
    KeyRole,                       // QString: the value's key ("francophone-africa"); empty on kind rows
    CountRole,                     // qint64: articles the value gives under the other kinds' filters

    // TagCandidateModel (with KindRole and KeyRole)
    LabelRole = Qt::UserRole + 200, // QString: the tag's label alone

    // SourceTreeModel
    SourceIdRole = Qt::UserRole + 300, // qint64: the source's id; 0 on folder rows
    UnreadRole,                        // qint64: unread articles of the source, or of the folder's sources
    FetchStatusRole,                   // int: the source's last FetchStatus
    EnabledRole,                       // bool: the source is fetched (always true on folders)
};

} // namespace Clearance
