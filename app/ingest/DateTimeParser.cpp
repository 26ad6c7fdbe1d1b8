#include "DateTimeParser.h"

#include <array>
#include <optional>
#include <span>

namespace Clearance {

namespace {

constexpr std::array<const char *, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                               "jul", "aug", "sep", "oct", "nov", "dec"};

// A month by its English name or the usual abbreviation, in any case ("Mar", "MARCH", "Sept").
int monthNumber(QStringView word)
{
    if (word.size() < 3)
        return 0;
    for (size_t i = 0; i < kMonths.size(); ++i) {
        if (word.startsWith(QLatin1String(kMonths[i]), Qt::CaseInsensitive))
            return static_cast<int>(i) + 1;
    }
    return 0;
}

struct NamedZone
{
    const char *name;
    int minutes;
};

// RFC 822's zones and the abbreviations real feeds use instead of an offset. Ambiguous ones (IST,
// CST as China Standard Time) take their RFC 822 or most common meaning.
constexpr std::array<NamedZone, 28> kZones{{
    {"ut", 0},     {"utc", 0},    {"gmt", 0},    {"z", 0},      {"est", -300}, {"edt", -240},  {"cst", -360},
    {"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420}, {"akst", -540}, {"akdt", -480},
    {"hst", -600}, {"ast", -240}, {"adt", -180}, {"wet", 0},    {"west", 60},  {"bst", 60},    {"cet", 60},
    {"cest", 120}, {"eet", 120},  {"eest", 180}, {"msk", 180},  {"jst", 540},  {"aest", 600},  {"aedt", 660},
}};

// "+0100", "-05:00", "+01", "GMT+2"... in minutes east of UTC; nullopt when not a zone.
std::optional<int> zoneOffset(QStringView zone)
{
    if (zone.isEmpty())
        return 0;
    const QChar sign = zone.front();
    if (sign == QLatin1Char('+') || sign == QLatin1Char('-')) {
        // The digits, without the colon some write ("+05:30"): at most four, read as they come.
        int value = 0;
        qsizetype digits = 0;
        for (QChar c : zone.mid(1)) {
            if (c == QLatin1Char(':'))
                continue;
            if (c.unicode() < '0' || c.unicode() > '9' || ++digits > 4)
                return std::nullopt;
            value = value * 10 + (c.unicode() - '0');
        }
        if (digits == 0)
            return std::nullopt;
        const int hours = digits <= 2 ? value : value / 100;
        const int minutes = digits <= 2 ? 0 : value % 100;
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        const int offset = hours * 60 + minutes;
        return sign == QLatin1Char('-') ? -offset : offset;
    }
    for (const NamedZone &z : kZones) {
        const QLatin1String name(z.name);
        if (zone.compare(name, Qt::CaseInsensitive) == 0)
            return z.minutes;
        // "GMT+2", "UTC-05:00"
        if (zone.startsWith(name, Qt::CaseInsensitive) && z.minutes == 0 && zone.size() > name.size()) {
            const QChar next = zone.at(name.size());
            if (next == QLatin1Char('+') || next == QLatin1Char('-'))
                return zoneOffset(zone.mid(name.size()));
        }
    }
    // Military single letters: RFC 2822 says their meaning was lost; treat them as UTC.
    if (zone.size() == 1 && zone.front().isLetter() && zone.front().toLower() != QLatin1Char('j'))
        return 0;
    return std::nullopt;
}

QDateTime make(int year, int month, int day, int hour, int minute, int second, int msec, int offsetMinutes)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    // The same instant as QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC(), without the
    // offset zone's bookkeeping: a feed has one date per item, an import a hundred thousand.
    return QDateTime(date, time, Qt::UTC).addSecs(-qint64(offsetMinutes) * 60);
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    }
    return true;
}

int number(QStringView s)
{
    return s.toInt();
}

// "10:00", "10:00:00", "10:00:00.123", "10.00" (a separator some feeds use).
bool parseClock(QStringView text, int &hour, int &minute, int &second)
{
    std::array<QStringView, 4> parts;
    qsizetype count = 0;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != QLatin1Char(':') && text[i] != QLatin1Char('.'))
            continue;
        if (count == qsizetype(parts.size()))
            return false; // more than four parts
        parts[count++] = text.mid(from, i - from);
        from = i + 1;
    }
    if (count < 2)
        return false;
    for (qsizetype i = 0; i < std::min<qsizetype>(count, 3); ++i) {
        if (!allDigits(parts[i]) || parts[i].size() > 2)
            return false;
    }
    hour = number(parts[0]);
    minute = number(parts[1]);
    second = count > 2 ? std::min(59, number(parts[2])) : 0; // a leap second reads as :59
    return true;
}

int fullYear(QStringView digits)
{
    const int y = number(digits);
    if (digits.size() == 2)
        return y < 50 ? 2000 + y : 1900 + y; // RFC 2822 section 4.3
    if (digits.size() == 3)
        return 1900 + y;
    return y;
}

} // namespace

QDateTime DateTimeParser::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // ISO dates start with the four-digit year; RFC 822 with a day name or the day of the month.
    if (trimmed.size() >= 8 && allDigits(trimmed.left(4)))
        return parseIso8601(trimmed);
    return parseRfc822(trimmed);
}

QDateTime DateTimeParser::parseRfc822(QStringView text)
{
    // "(PST)" comments after the zone carry nothing the offset does not.
    if (const qsizetype paren = text.indexOf(QLatin1Char('(')); paren > 0)
        text.truncate(paren);
    // The words between spaces and commas. A date has six at most (day name, day, month, year, time,
    // zone); what follows them is ignored.
    std::array<QStringView, 7> words;
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size();) {
        const auto separator = [&](qsizetype at) {
            return text[at] == QLatin1Char(' ') || text[at] == QLatin1Char(',');
        };
        while (i < text.size() && separator(i))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !separator(i))
            ++i;
        if (i > start) {
            if (count == qsizetype(words.size()))
                break;
            words[count++] = text.mid(start, i - start);
        }
    }
    std::span<const QStringView> tokens(words.data(), static_cast<size_t>(count));
    // A leading day name, in any case or language of abbreviation, is ignored (it is redundant).
    if (!tokens.empty() && !allDigits(tokens.front()) && monthNumber(tokens.front()) == 0)
        tokens = tokens.subspan(1);
    if (tokens.size() < 3)
        return {};
    int day = 0;
    int month = 0;
    // "05 Mar 2024" or, less often, "Mar 05 2024".
    if (allDigits(tokens[0]) && (month = monthNumber(tokens[1])) > 0) {
        day = number(tokens[0]);
    } else if ((month = monthNumber(tokens[0])) > 0 && allDigits(tokens[1])) {
        day = number(tokens[1]);
    } else {
        return {};
    }
    if (!allDigits(tokens[2]) || tokens[2].size() > 4)
        return {};
    const int year = fullYear(tokens[2]);
    int hour = 0;
    int minute = 0;
    int second = 0;
    int offset = 0;
    if (tokens.size() > 3) {
        if (!parseClock(tokens[3], hour, minute, second))
            return {};
        if (tokens.size() > 4) {
            const auto zone = zoneOffset(tokens[4]);
            if (!zone)
                return {};
            offset = *zone;
        }
    }
    return make(year, month, day, hour, minute, second, 0, offset);
}

QDateTime DateTimeParser::parseIso8601(QStringView text)
{
    const QString s = text.trimmed().toString();
    qsizetype i = 0;
    auto digitsAt = [&](qsizetype count) -> std::optional<int> {
        if (i + count > s.size() || !allDigits(QStringView(s).mid(i, count)))
            return std::nullopt;
        const int value = number(QStringView(s).mid(i, count));
        i += count;
        return value;
    };
    auto skip = [&](QChar c) {
        if (i < s.size() && s.at(i) == c) {
            ++i;
            return true;
        }
        return false;
    };
    const auto year = digitsAt(4);
    if (!year)
        return {};
    const bool extended = skip(QLatin1Char('-'));
    const auto month = digitsAt(2);
    if (!month)
        return {};
    if (extended && !skip(QLatin1Char('-')))
        return {};
    const auto day = digitsAt(2);
    if (!day)
        return {};
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    int offset = 0;
    if (i < s.size()) {
        const QChar sep = s.at(i);
        if (sep != QLatin1Char('T') && sep != QLatin1Char('t') && sep != QLatin1Char(' '))
            return {};
        ++i;
        const auto h = digitsAt(2);
        if (!h)
            return {};
        hour = *h;
        const bool colon = skip(QLatin1Char(':'));
        const auto m = digitsAt(2);
        if (!m)
            return {};
        minute = *m;
        if (!colon || skip(QLatin1Char(':'))) {
            if (const auto sec = digitsAt(2))
                second = std::min(59, *sec);
            else if (colon)
                return {};
        }
        if (skip(QLatin1Char('.')) || skip(QLatin1Char(','))) {
            const qsizetype start = i;
            while (i < s.size() && s.at(i).isDigit())
                ++i;
            if (i == start)
                return {};
            msec = number(QStringView(s)
                              .mid(start, std::min<qsizetype>(3, i - start))
                              .toString()
                              .leftJustified(3, QLatin1Char('0')));
        }
        const QString zone = s.mid(i).trimmed();
        if (zone.compare(QLatin1String("z"), Qt::CaseInsensitive) != 0) {
            const auto z = zoneOffset(zone);
            if (!z)
                return {};
            offset = *z;
        }
    }
    if (hour == 24 && minute == 0 && second == 0) // the end of a day
        return make(*year, *month, *day, 23, 59, 59, 999, offset).addMSecs(1);
    return make(*year, *month, *day, hour, minute, second, msec, offset);
}

} // namespace Clearance
