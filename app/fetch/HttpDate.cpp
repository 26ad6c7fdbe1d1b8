#include "HttpDate.h"

#include <QRegularExpression>

#include <array>

namespace Clearance {

namespace {

int monthOf(QStringView name)
{
    static constexpr std::array<const char *, 12> months{"jan", "feb", "mar", "apr", "may", "jun",
                                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    for (std::size_t i = 0; i < months.size(); ++i) {
        if (name.compare(QLatin1String(months[i]), Qt::CaseInsensitive) == 0)
            return int(i) + 1;
    }
    return 0;
}

std::optional<QDateTime> dateTime(int year, QStringView month, int day, int hour, int minute, int second)
{
    const QDate date(year, monthOf(month), day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

std::optional<QDateTime> HttpDate::parse(const QByteArray &text, const QDateTime &now)
{
    // Case-insensitive: the RFC asks for exact case, but servers write "gmt" and "NOV" too.
    static const QRegularExpression imf(
        QStringLiteral(R"(^[a-z]{3}, (\d{1,2}) ([a-z]{3}) (\d{4}) (\d\d):(\d\d):(\d\d) GMT$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rfc850(
        QStringLiteral(R"(^[a-z]{6,9}, (\d\d)-([a-z]{3})-(\d\d) (\d\d):(\d\d):(\d\d) GMT$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression asctime(
        QStringLiteral(R"(^[a-z]{3} ([a-z]{3}) +(\d{1,2}) (\d\d):(\d\d):(\d\d) (\d{4})$)"),
        QRegularExpression::CaseInsensitiveOption);

    const QString input = QString::fromLatin1(text.trimmed());
    const auto number = [](const QRegularExpressionMatch &m, int group) {
        return m.capturedView(group).toInt();
    };
    if (const QRegularExpressionMatch m = imf.match(input); m.hasMatch())
        return dateTime(number(m, 3), m.capturedView(2), number(m, 1), number(m, 4), number(m, 5),
                        number(m, 6));
    if (const QRegularExpressionMatch m = rfc850.match(input); m.hasMatch()) {
        const int thisYear = now.toUTC().date().year();
        int year = thisYear - thisYear % 100 + number(m, 3);
        if (year > thisYear + 50)
            year -= 100;
        return dateTime(year, m.capturedView(2), number(m, 1), number(m, 4), number(m, 5), number(m, 6));
    }
    if (const QRegularExpressionMatch m = asctime.match(input); m.hasMatch())
        return dateTime(number(m, 6), m.capturedView(1), number(m, 2), number(m, 3), number(m, 4),
                        number(m, 5));
    return std::nullopt;
}

} // namespace Clearance
