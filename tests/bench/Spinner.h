#pragma once

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace Clearance::Bench {

// Spins the event loop until a condition holds, noting the longest time between two returns of
// processEvents (a frame the reader would have waited for). While it spins, a 1 ms precise timer wakes
// the loop, so the condition is seen within about a millisecond of becoming true; there is no sleep.
// Between calls the timer is stopped, so it costs nothing while the program measures an idle window.
class Spinner final
{
public:
    static constexpr int kDefaultTimeoutMs = 60000;

    Spinner()
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        m_sinceReturn.start();
    }
    Q_DISABLE_COPY_MOVE(Spinner)

    // False on timeout. The gap clock runs across calls: the work done between two calls (a scroll
    // step, a click) counts in the gap that follows it.
    bool until(const std::function<bool()> &done, int timeoutMs = kDefaultTimeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        m_tick.start();
        bool met = true;
        while (!done()) {
            if (timer.elapsed() > timeoutMs) {
                met = false;
                break;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
            m_worstGapMs = std::max(m_worstGapMs, msSince(m_sinceReturn));
            m_sinceReturn.restart();
        }
        m_tick.stop();
        return met;
    }

    // Lets whatever is in flight finish: spins for `ms` without a condition (never measured).
    void settle(int ms)
    {
        QElapsedTimer timer;
        timer.start();
        until([&timer, ms] { return timer.elapsed() >= ms; }, ms + 1000);
    }

    void resetWorstGap()
    {
        m_worstGapMs = 0;
        m_sinceReturn.restart();
    }
    double worstGapMs() const { return m_worstGapMs; }

private:
    QTimer m_tick;
    double m_worstGapMs = 0;
    QElapsedTimer m_sinceReturn;
};

} // namespace Clearance::Bench
