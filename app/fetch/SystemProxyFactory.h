#pragma once

#include <QNetworkProxyFactory>

namespace Clearance {

// The system's proxy settings for one QNetworkAccessManager. The same as
// QNetworkProxyFactory::setUseSystemConfiguration(true), without switching the whole process over.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

} // namespace Clearance
