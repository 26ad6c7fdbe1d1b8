#include "FetchSettings.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace Clearance {

namespace {

const QString kInterval = QStringLiteral("fetch/intervalMinutes");
const QString kConnections = QStringLiteral("fetch/maxConnections");
const QString kProxy = QStringLiteral("fetch/proxy");

} // namespace

std::chrono::minutes FetchSettings::defaultInterval()
{
    bool ok = false;
    const int minutes = QSettings().value(kInterval, 60).toInt(&ok);
    return std::chrono::minutes(ok ? std::clamp(minutes, 5, 7 * 24 * 60) : 60);
}

void FetchSettings::setDefaultInterval(std::chrono::minutes interval)
{
    QSettings().setValue(kInterval, static_cast<int>(interval.count()));
}

int FetchSettings::maxConnections()
{
    bool ok = false;
    const int connections = QSettings().value(kConnections, 6).toInt(&ok);
    return ok ? std::clamp(connections, 1, 32) : 6;
}

void FetchSettings::setMaxConnections(int connections)
{
    QSettings().setValue(kConnections, connections);
}

QString FetchSettings::proxy()
{
    return QSettings().value(kProxy).toString().trimmed();
}

void FetchSettings::setProxy(const QString &proxy)
{
    QSettings().setValue(kProxy, proxy.trimmed());
}

FetchOptions FetchSettings::options()
{
    FetchOptions options;
    options.maxConnections = maxConnections();
    const QString configured = proxy();
    if (configured.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        options.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    } else if (!configured.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(configured);
        const bool socks = url.scheme().startsWith(QLatin1String("socks"));
        options.proxy = QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                                      url.host(), static_cast<quint16>(url.port(socks ? 1080 : 8080)),
                                      url.userName(), url.password());
    }
    return options;
}

} // namespace Clearance
