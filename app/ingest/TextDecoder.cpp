#include "TextDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Clearance {

namespace {

Result<QString> decodeWith(QStringConverter::Encoding encoding, const QByteArray &bytes, const char *name)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Result<QString>::failure(
            TextDecoder::tr("The file is not valid %1 text.").arg(QLatin1String(name)));
    if (!text.isEmpty() && text.front() == QChar(QChar::ByteOrderMark))
        text.remove(0, 1);
    return text;
}

// The offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        unsigned int cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        const bool overlong =
            (extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

} // namespace

QString TextDecoder::binaryKind(const QByteArray &bytes)
{
    if (startsWith(bytes, {0x89, 'P', 'N', 'G'}))
        return QStringLiteral("PNG");
    if (startsWith(bytes, {0xFF, 0xD8, 0xFF}))
        return QStringLiteral("JPEG");
    if (startsWith(bytes, {'G', 'I', 'F', '8'}))
        return QStringLiteral("GIF");
    if (startsWith(bytes, {'%', 'P', 'D', 'F'}))
        return QStringLiteral("PDF");
    if (startsWith(bytes, {'P', 'K', 0x03, 0x04}))
        return QStringLiteral("ZIP");
    if (startsWith(bytes, {0x1F, 0x8B}))
        return QStringLiteral("gzip");
    if (startsWith(bytes, {'S', 'Q', 'L', 'i', 't', 'e'}))
        return QStringLiteral("SQLite");
    if (startsWith(bytes, {0x7F, 'E', 'L', 'F'}))
        return QStringLiteral("ELF");
    return {};
}

Result<QString> TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return Result<QString>::failure(tr("The file is empty."));
    if (const QString kind = binaryKind(bytes); !kind.isEmpty())
        return Result<QString>::failure(tr("The file is a %1 file, not text.").arg(kind));

    if (startsWith(bytes, {0xFF, 0xFE, 0x00, 0x00}))
        return decodeWith(QStringConverter::Utf32LE, bytes, "UTF-32");
    if (startsWith(bytes, {0x00, 0x00, 0xFE, 0xFF}))
        return decodeWith(QStringConverter::Utf32BE, bytes, "UTF-32");
    if (startsWith(bytes, {0xFF, 0xFE}))
        return decodeWith(QStringConverter::Utf16LE, bytes, "UTF-16");
    if (startsWith(bytes, {0xFE, 0xFF}))
        return decodeWith(QStringConverter::Utf16BE, bytes, "UTF-16");

    // UTF-16 without a mark: text in Latin script leaves every other byte zero.
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < sample; ++i)
        (i % 2 == 0 ? zeroEven : zeroOdd) += bytes.at(i) == 0;
    if (sample >= 4) {
        if (zeroOdd > sample * 4 / 10 && zeroEven == 0)
            return decodeWith(QStringConverter::Utf16LE, bytes, "UTF-16");
        if (zeroEven > sample * 4 / 10 && zeroOdd == 0)
            return decodeWith(QStringConverter::Utf16BE, bytes, "UTF-16");
    }
    if (bytes.contains('\0'))
        return Result<QString>::failure(tr("The file holds binary data, not text."));

    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        return Result<QString>::failure(
            tr("The file is not UTF-8 text (byte 0x%1 at offset %2 is not valid UTF-8); it may use a legacy "
               "encoding such as Windows-1252 or ISO-8859-1: save it as UTF-8 and import it again.")
                .arg(static_cast<unsigned char>(bytes.at(bad)), 2, 16, QLatin1Char('0'))
                .arg(bad));
    }
    QString text = QString::fromUtf8(bytes);
    if (!text.isEmpty() && text.front() == QChar(QChar::ByteOrderMark))
        text.remove(0, 1);

    // Control characters other than tab, newline, carriage return and form feed mean binary data.
    qsizetype controls = 0;
    for (QChar c : QStringView(text).left(65536)) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f')
            ++controls;
    }
    if (controls > 0)
        return Result<QString>::failure(tr("The file holds control characters, so it is not plain text."));
    return text;
}

bool TextDecoder::startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < static_cast<qsizetype>(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != b)
            return false;
    }
    return true;
}

} // namespace Clearance
