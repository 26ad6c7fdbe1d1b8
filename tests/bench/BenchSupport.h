#pragma once

// What every benchmark program here prints and times with.

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QTextStream>

#include <cstdlib>

namespace Clearance::Bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Stops the program with a message naming it: a benchmark that cannot measure has nothing to report.
[[noreturn]] inline void die(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    std::exit(1);
}

inline double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

inline QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

// A field of /proc/self/status in MB ("VmHWM", "VmRSS"); -1 where there is none (not Linux).
inline double procStatusMb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (!line.startsWith(prefix))
            continue;
        const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
        bool ok = false;
        const double kb = parts.value(0).toDouble(&ok);
        return ok ? kb / 1024.0 : -1;
    }
    return -1;
}

} // namespace Clearance::Bench
