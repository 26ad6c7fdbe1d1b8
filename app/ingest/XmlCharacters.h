#pragma once

// The character classes and UTF-8 helpers of XmlScanner and its parts (XmlScanBuffer, XmlMarkupScanner).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

namespace Clearance::XmlCharacters {

// The bytes that end a run of plain text: markup, references, a possible "]]>", and the control
// characters (carriage returns are turned into line feeds; the others are not XML).
inline constexpr std::array<bool, 256> kTextStops = [] {
    std::array<bool, 256> stops{};
    for (int c = 0; c < 0x20; ++c)
        stops[c] = c != '\t' && c != '\n';
    stops['<'] = stops['&'] = stops[']'] = stops[0xEF] = true;
    return stops;
}();

inline bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Names as QXmlStreamReader reads them. Element names start with a letter, '_' or a character beyond
// ASCII and go on with letters, digits, '.', '-', '_' (and the other characters of XML's name
// classes, which QXmlStreamReader is asked about); attribute and entity names and processing
// instruction targets with anything up to a space, a quote, a colon or a character of markup,
// references or declarations. Control characters end any name: QXmlStreamReader drops them from some
// names and refuses others.
inline constexpr std::array<bool, 256> kLooseNameStops = [] {
    std::array<bool, 256> stops{};
    for (int c = 0; c < 0x20; ++c)
        stops[c] = true;
    for (const char c : {'\n', ' ', '\t', '\r', '&', '#', '\'', '"', '<', '>', '[', ']', '=',
                         '%',  '/', ';',  '?',  '!', '^', '|',  ',', '(', ')', '+', '*', ':'})
        stops[uchar(c)] = true;
    return stops;
}();

inline bool isNameStart(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

inline bool isStrictNameChar(int c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

inline bool isLooseNameChar(int c)
{
    return c >= 0 && !kLooseNameStops[c];
}

// U+FFFE and U+FFFF, which XML does not allow, begin with the byte 0xEF like many allowed characters.
inline bool isNonCharacter(int c0, int c1, int c2)
{
    return c0 == 0xEF && c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF);
}

inline bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

inline void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3F)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

// The length of the UTF-8 sequence at `s` (at most `size` bytes), 0 when it is not one, or -1 when it
// is cut short by the end.
inline int utf8Sequence(const uchar *s, qsizetype size)
{
    const uchar lead = s[0];
    int length = 0;
    uchar min = 0x80, max = 0xBF; // the second byte's range, which rules out overlong forms and surrogates
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        min = lead == 0xE0 ? 0xA0 : 0x80;
        max = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        min = lead == 0xF0 ? 0x90 : 0x80;
        max = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (i >= size)
            return -1;
        if (s[i] < (i == 1 ? min : 0x80) || s[i] > (i == 1 ? max : 0xBF))
            return 0;
    }
    return length;
}

// The text of UTF-8 bytes the scanner has checked. A byte-order mark at their start is a character
// (U+FEFF) of the document, which QString::fromUtf8 would drop.
inline QString decodeUtf8(QByteArrayView bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    return QChar(0xFEFF) + QString::fromUtf8(bytes.sliced(3));
}

} // namespace Clearance::XmlCharacters
