#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Clearance {

// The outcome of a fallible call: a value, or one clear sentence saying what went wrong. Neither may
// be dropped unread ([[nodiscard]]), and the value is asserted to be there when it is read.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const
    {
        check();
        return *m_value;
    }
    T &value()
    {
        check();
        return *m_value;
    }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    void check() const { Q_ASSERT_X(m_value.has_value(), "Result", "the value of a failure was read"); }
    std::optional<T> m_value;
    QString m_error;
};

// A Result without a value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status s;
        s.m_error = std::move(message);
        s.m_ok = false;
        return s;
    }
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    bool m_ok = true;
    QString m_error;
};

} // namespace Clearance
