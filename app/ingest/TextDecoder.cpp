#include "TextDecoder.h"

#include "TextStreamDecoder.h"

#include <QCoreApplication>

namespace Clearance {

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
    Result<TextStreamDecoder> decoder =
        TextStreamDecoder::forHead(bytes.first(std::min<qsizetype>(bytes.size(), 65536)));
    if (!decoder)
        return Result<QString>::failure(decoder.error());
    QString text;
    if (!decoder.value().decode(bytes, text) || !decoder.value().finish())
        return Result<QString>::failure(decoder->error());
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
