#pragma once

#include <QNetworkProxyFactory>

namespace Clearance {

// The system's proxy settings (environment, desktop, PAC through libproxy) for one
// QNetworkAccessManager: what QNetworkProxyFactory::setUseSystemConfiguration(true) gives, without
// switching the whole process over. Qt built with its system-proxies feature (Debian's is) does the
// same by default; this holds whatever the build and whatever application-wide proxy is set.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

} // namespace Clearance
