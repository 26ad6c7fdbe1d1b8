#include "FetchMessages.h"

#include <QLocale>

namespace Clearance {

namespace {

QString shown(const QUrl &url)
{
    return url.toDisplayString();
}

QString seconds(std::chrono::milliseconds duration)
{
    return QLocale().toString(double(duration.count()) / 1000.0, 'g', 3);
}

} // namespace

QString FetchMessages::notHttp(const QUrl &url)
{
    return tr("%1 is not an http or https address.").arg(shown(url));
}

QString FetchMessages::httpStatus(const QUrl &url, int status, const QByteArray &reason)
{
    // The reason phrase is the server's own ("Not Found"): it is what a search for the error finds.
    // One arg() call per message: an address may hold "%3A", which a second call would take for %3.
    if (reason.trimmed().isEmpty())
        return tr("%1 answered HTTP %2.").arg(shown(url), QString::number(status));
    return tr("%1 answered HTTP %2 %3.")
        .arg(shown(url), QString::number(status), QString::fromLatin1(reason.trimmed()));
}

QString FetchMessages::stalled(const QUrl &url, std::chrono::milliseconds timeout)
{
    return tr("%1 stopped answering: nothing came for %2 s.").arg(shown(url), seconds(timeout));
}

QString FetchMessages::deadline(const QUrl &url, std::chrono::milliseconds deadline)
{
    return tr("%1 took longer than %2 s to download.").arg(shown(url), seconds(deadline));
}

QString FetchMessages::tooLarge(const QUrl &url, qint64 limit)
{
    return tr("%1 is larger than the limit of %2.").arg(shown(url), QLocale().formattedDataSize(limit));
}

QString FetchMessages::noLocation(const QUrl &url, int status)
{
    return tr("%1 answered HTTP %2 (a redirect) without a valid Location.")
        .arg(shown(url), QString::number(status));
}

QString FetchMessages::redirectRefused(const QUrl &from, const QUrl &to)
{
    return tr("%1 redirects to %2, which is not an http or https address.").arg(shown(from), shown(to));
}

QString FetchMessages::redirectLoop(const QUrl &from, const QUrl &to)
{
    return tr("%1 redirects in a loop, back to %2.").arg(shown(from), shown(to));
}

QString FetchMessages::tooManyRedirects(const QUrl &url, int limit)
{
    return tr("%1 redirects more than %Ln time(s).", nullptr, limit).arg(shown(url));
}

QString FetchMessages::tls(const QUrl &url, const QStringList &errors)
{
    return tr("The secure connection to %1 failed: %2").arg(shown(url), errors.join(QStringLiteral("; ")));
}

QString FetchMessages::network(const QUrl &url, const QString &error)
{
    return tr("Could not fetch %1: %2").arg(shown(url), error);
}

} // namespace Clearance
