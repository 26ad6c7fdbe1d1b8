#include "HtmlEntities.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace Clearance {

namespace {

const HtmlEntityTable::Entry *find(QStringView name)
{
    if (name.isEmpty() || name.size() > 40)
        return nullptr;
    char key[48];
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        if (c > 127)
            return nullptr;
        key[i] = static_cast<char>(c);
    }
    key[name.size()] = '\0';
    const auto *begin = HtmlEntityTable::entries;
    const auto *end = HtmlEntityTable::entries + HtmlEntityTable::count;
    const auto *it = std::lower_bound(begin, end, key, [](const HtmlEntityTable::Entry &e, const char *k) {
        return std::strcmp(e.name, k) < 0;
    });
    return it != end && std::strcmp(it->name, key) == 0 ? it : nullptr;
}

void append(QString &out, char32_t cp)
{
    if (QChar::requiresSurrogates(cp)) {
        out += QChar(QChar::highSurrogate(cp));
        out += QChar(QChar::lowSurrogate(cp));
    } else {
        out += QChar(static_cast<char16_t>(cp));
    }
}

// HTML 5 reads &#128; to &#159; as the Windows-1252 characters authors meant.
constexpr std::array<char16_t, 32> kWindows1252{
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

char32_t repairedCodePoint(quint64 value)
{
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0xFFFD;
    if (value >= 0x80 && value <= 0x9F)
        return kWindows1252[value - 0x80];
    return static_cast<char32_t>(value);
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

int digitValue(QChar c, bool hex)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (hex && u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (hex && u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

} // namespace

QString HtmlEntities::lookup(QStringView name)
{
    const HtmlEntityTable::Entry *e = find(name);
    if (!e)
        return {};
    QString out;
    append(out, e->first);
    if (e->second)
        append(out, e->second);
    return out;
}

QString HtmlEntities::decode(QStringView text, bool inAttribute)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    appendDecoded(out, text, inAttribute);
    return out;
}

void HtmlEntities::appendDecoded(QString &out, QStringView text, bool inAttribute)
{
    qsizetype amp = text.indexOf(QLatin1Char('&'));
    qsizetype done = 0;
    const qsizetype n = text.size();
    while (amp >= 0) {
        out += text.mid(done, amp - done);
        qsizetype i = amp + 1;
        bool replaced = false;
        if (i < n && text.at(i) == QLatin1Char('#')) {
            ++i;
            const bool hex = i < n && (text.at(i) == QLatin1Char('x') || text.at(i) == QLatin1Char('X'));
            if (hex)
                ++i;
            const qsizetype start = i;
            quint64 value = 0;
            for (int d; i < n && (d = digitValue(text.at(i), hex)) >= 0; ++i)
                value = std::min<quint64>(value * (hex ? 16 : 10) + static_cast<quint64>(d), 0x110000);
            if (i > start) {
                append(out, repairedCodePoint(value));
                if (i < n && text.at(i) == QLatin1Char(';'))
                    ++i;
                replaced = true;
            }
        } else {
            const qsizetype start = i;
            while (i < n && isAsciiAlnum(text.at(i)) && i - start < 40)
                ++i;
            if (i > start && i < n && text.at(i) == QLatin1Char(';')) {
                if (const HtmlEntityTable::Entry *e = find(text.mid(start, i - start))) {
                    append(out, e->first);
                    if (e->second)
                        append(out, e->second);
                    ++i;
                    replaced = true;
                }
            }
            if (!replaced && i > start) {
                // Without a semicolon only the legacy names count, the longest that fits.
                for (qsizetype len = std::min<qsizetype>(i - start, 8); len >= 2; --len) {
                    const HtmlEntityTable::Entry *e = find(text.mid(start, len));
                    if (!e || !e->legacy)
                        continue;
                    const qsizetype after = start + len;
                    if (inAttribute && after < n &&
                        (isAsciiAlnum(text.at(after)) || text.at(after) == QLatin1Char('=')))
                        break;
                    append(out, e->first);
                    i = after;
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced) {
            out += QLatin1Char('&');
            i = amp + 1;
        }
        done = i;
        amp = text.indexOf(QLatin1Char('&'), done);
    }
    out += text.mid(done);
}

} // namespace Clearance
