#pragma once

#include <QEvent>
#include <QWidget>

namespace Clearance::Bench {

// Counts the paint events of a widget: a scroll step is on screen once its viewport has painted.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    Q_DISABLE_COPY_MOVE(PaintCounter)

    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_count = 0;
};

} // namespace Clearance::Bench
