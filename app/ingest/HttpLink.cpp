#include "HttpLink.h"

namespace Clearance {

namespace {

bool isControlOrSpace(QChar c)
{
    return c.unicode() <= 0x20 || c.unicode() == 0x7F;
}

QString siteHost(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

} // namespace

QUrl HttpLink::resolve(QStringView href, const QUrl &base)
{
    qsizetype start = 0;
    qsizetype end = href.size();
    while (start < end && isControlOrSpace(href.at(start)))
        ++start;
    while (end > start && isControlOrSpace(href.at(end - 1)))
        --end;
    QString cleaned;
    cleaned.reserve(end - start);
    for (const QChar c : href.sliced(start, end - start)) {
        if (c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            cleaned += c;
    }
    if (cleaned.isEmpty())
        return {};
    QUrl url(cleaned, QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    if (url.isRelative()) {
        if (!base.isValid() || base.isRelative())
            return {};
        url = base.resolved(url);
    }
    const QString scheme = url.scheme().toLower();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty())
        return {};
    return url;
}

bool HttpLink::sameSite(const QUrl &a, const QUrl &b)
{
    return !a.host().isEmpty() && siteHost(a) == siteHost(b);
}

QString HttpLink::key(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

} // namespace Clearance
