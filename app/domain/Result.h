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
    // On a named Result, a reference into it; on a temporary (`f().value()`), the value itself, moved
    // out: `const auto &x = f().value();` then extends the life of a value instead of binding to a
    // Result destroyed at the end of the statement.
    const T &value() const &
    {
        check();
        return *m_value;
    }
    T &value() &
    {
        check();
        return *m_value;
    }
    T value() &&
    {
        check();
        return std::move(*m_value);
    }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    const QString &error() const & { return m_error; }
    QString error() && { return std::move(m_error); }

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
    const QString &error() const & { return m_error; }
    QString error() && { return std::move(m_error); }

private:
    bool m_ok = true;
    QString m_error;
};

} // namespace Clearance
