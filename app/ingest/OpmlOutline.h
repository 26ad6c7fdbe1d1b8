#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Clearance {

// One subscription of an OPML list: a feed (feedUrl set), or a page source (no feedUrl: siteUrl is a
// news page whose article links are followed, type "link"), and the folder it is filed in.
struct OpmlOutline
{
    QString title;
    QUrl feedUrl;        // the outline's xmlUrl
    QUrl siteUrl;        // its htmlUrl; for a page source, the page (its url)
    QString folder;      // the enclosing folders, outermost first, as folderPath() joins them
    QString type;        // as the file gives it, in lower case: "rss", "atom", "link"...
    QString linkPattern; // a page source's PageLinkPattern, when it has one

    bool isPageSource() const { return feedUrl.isEmpty(); }

    // Folder names joined with '/'. A '/' or '\' inside a name is escaped with a backslash
    // ("Customs\/Trade" is one folder, "Customs/Trade" two), so any name survives the round trip.
    static QString folderPath(const QStringList &names);
    // The names of a folder path, escapes undone; none for an empty path.
    static QStringList folderNames(QStringView path);

    friend bool operator==(const OpmlOutline &, const OpmlOutline &) = default;
};

} // namespace Clearance
