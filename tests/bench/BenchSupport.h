#pragma once

// What every benchmark program here prints and times with.

#include <QCoreApplication>
#include <QElapsedTimer>
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

} // namespace Clearance::Bench
