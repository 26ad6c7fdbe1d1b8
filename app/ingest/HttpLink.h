#pragma once

#include <QStringView>
#include <QUrl>

namespace Clearance {

// The web addresses subscriptions deal in: a link from a page or a list read as a browser would read
// it, kept only when it is an http or https address with a host.
class HttpLink final
{
public:
    // `href` resolved against `base`: surrounding white space and control characters dropped, and tabs
    // and line breaks inside (browsers ignore them, so "java\nscript:" is javascript:). An empty QUrl
    // when it is not an http(s) address with a host (javascript:, data:, mailto:, a relative link
    // without a base...). The fragment is kept: callers that compare addresses drop it.
    static QUrl resolve(QStringView href, const QUrl &base = {});
    // Whether two addresses are on the same site: the same host, ASCII case and a leading "www."
    // ignored ("example.org" and "WWW.example.org" are one site; "news.example.org" is another).
    static bool sameSite(const QUrl &a, const QUrl &b);
    // The address without its fragment, as one string: the key addresses are told apart by.
    static QString key(const QUrl &url);
};

} // namespace Clearance
