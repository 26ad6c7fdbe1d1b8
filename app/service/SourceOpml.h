#pragma once

#include "domain/Source.h"
#include "ingest/OpmlOutline.h"

#include <QList>

namespace Clearance {

// Sources to and from OPML outlines, the way feed readers exchange subscriptions: a feed is its
// xmlUrl, a page source a "link" outline with its pattern; folders become nested outlines, a folder
// name holding "/" stays one folder on the way out and becomes nested folders on the way in (the
// library's folder paths are "/"-separated).
class SourceOpml final
{
public:
    static QList<Source> sources(const QList<OpmlOutline> &outlines);
    static QList<OpmlOutline> outlines(const QList<Source> &sources);
};

} // namespace Clearance
