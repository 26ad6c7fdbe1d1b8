#include "SourceOpml.h"

namespace Clearance {

QList<Source> SourceOpml::sources(const QList<OpmlOutline> &outlines)
{
    QList<Source> list;
    list.reserve(outlines.size());
    for (const OpmlOutline &o : outlines) {
        Source s;
        s.kind = o.isPageSource() ? Source::Kind::Page : Source::Kind::Feed;
        s.url = (o.isPageSource() ? o.siteUrl : o.feedUrl).toString(QUrl::FullyEncoded);
        s.title = o.title;
        s.folder = OpmlOutline::folderNames(o.folder).join(QLatin1Char('/'));
        s.linkPattern = o.linkPattern;
        list.append(s);
    }
    return list;
}

QList<OpmlOutline> SourceOpml::outlines(const QList<Source> &sources)
{
    QList<OpmlOutline> list;
    list.reserve(sources.size());
    for (const Source &s : sources) {
        OpmlOutline o;
        o.title = s.title;
        o.folder = OpmlOutline::folderPath(s.folder.split(QLatin1Char('/'), Qt::SkipEmptyParts));
        if (s.kind == Source::Kind::Page) {
            o.siteUrl = QUrl(s.url);
            o.type = QStringLiteral("link");
            o.linkPattern = s.linkPattern;
        } else {
            o.feedUrl = QUrl(s.url);
            o.type = QStringLiteral("rss");
        }
        list.append(o);
    }
    return list;
}

} // namespace Clearance
