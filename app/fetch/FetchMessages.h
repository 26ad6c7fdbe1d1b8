#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace Clearance {

// The sentences a failed fetch ends with, in one place for the translators. Each names the address,
// so that a list of failures needs no other context.
class FetchMessages final
{
    Q_DECLARE_TR_FUNCTIONS(FetchMessages)

public:
    static QString notHttp(const QUrl &url);
    static QString httpStatus(const QUrl &url, int status, const QByteArray &reason);
    static QString stalled(const QUrl &url, std::chrono::milliseconds timeout);
    static QString deadline(const QUrl &url, std::chrono::milliseconds deadline);
    static QString tooLarge(const QUrl &url, qint64 limit);
    static QString noLocation(const QUrl &url, int status);
    static QString redirectRefused(const QUrl &from, const QUrl &to);
    static QString redirectLoop(const QUrl &from, const QUrl &to);
    static QString tooManyRedirects(const QUrl &url, int limit);
    static QString tls(const QUrl &url, const QStringList &errors);
    static QString network(const QUrl &url, const QString &error);
};

} // namespace Clearance
