#pragma once

#include <QByteArrayView>

#include <cstring>

// UTF-8 checked by hand, where the place of the first bad byte matters (QStringDecoder only says there
// is one): TextStreamDecoder's refusals and XmlInput's, with their offsets.
namespace Clearance::Utf8 {

// The length of the UTF-8 sequence `lead` starts, or 0 when it starts none.
inline int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0)
        return 4;
    return 0;
}

// The offset of the first byte of `bytes` that is not valid UTF-8, or -1. Eight bytes at a time while
// they are ASCII, which most of a feed or an English text is.
inline qsizetype firstInvalid(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            quint64 word;
            memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        const int length = sequenceLength(c);
        if (length == 1) {
            ++i;
            continue;
        }
        if (length == 0 || i + length > n)
            return i;
        unsigned int cp = c & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        const bool overlong =
            (length == 2 && cp < 0x80) || (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// Where a block may be cut so that no UTF-8 character is split: before the start of a sequence the
// block's end leaves incomplete.
inline qsizetype completeLength(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const auto c = static_cast<unsigned char>(bytes.at(n - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        const int length = sequenceLength(c);
        return length > back ? n - back : n;
    }
    return n;
}

} // namespace Clearance::Utf8
