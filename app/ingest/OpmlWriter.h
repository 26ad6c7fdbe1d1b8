#pragma once

#include "OpmlOutline.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace Clearance {

// Subscriptions as an OPML 2.0 file in UTF-8, which every feed reader imports. Folders become nested
// outlines, in the order their first subscription comes; a feed is an outline of type "rss" with its
// xmlUrl (and htmlUrl); a page source, which no other reader knows, is an outline of type "link" with
// its url, as OPML 2.0 writes a link, and its link pattern as clearance:linkPattern. OpmlReader reads
// all of it back as it was written; another reader sees the page sources as links.
class OpmlWriter final
{
public:
    static QByteArray write(const QList<OpmlOutline> &outlines, const QString &title,
                            const QDateTime &created);
    // A date as OPML's head wants it (RFC 822, in GMT): "Mon, 07 Dec 2026 23:05:00 GMT".
    static QString rfc822(const QDateTime &time);
};

} // namespace Clearance
