#include "TextStreamDecoder.h"

#include "TextDecoder.h"
#include "Utf8.h"

namespace Clearance {

namespace {

// Characters at the start of a file that are looked at for control characters, which mean binary
// data: enough to tell, without reading a large file twice.
constexpr qint64 kControlCheck = 65536;

} // namespace

TextStreamDecoder::TextStreamDecoder(Encoding encoding, QStringConverter::Encoding other, const char *name,
                                     int unit)
    : m_encoding(encoding)
    , m_name(name)
    , m_unit(unit)
{
    if (encoding == Encoding::Other)
        m_decoder.emplace(other);
}

Result<TextStreamDecoder> TextStreamDecoder::forHead(const QByteArray &head)
{
    using R = Result<TextStreamDecoder>;
    if (head.isEmpty())
        return R::failure(tr("The file is empty."));
    if (const QString kind = TextDecoder::binaryKind(head); !kind.isEmpty())
        return R::failure(tr("The file is a %1 file, not text.").arg(kind));

    using E = QStringConverter::Encoding;
    auto other = [](E encoding, const char *name, int unit) {
        return R(TextStreamDecoder(Encoding::Other, encoding, name, unit));
    };
    if (TextDecoder::startsWith(head, {0xFF, 0xFE, 0x00, 0x00}))
        return other(E::Utf32LE, "UTF-32", 4);
    if (TextDecoder::startsWith(head, {0x00, 0x00, 0xFE, 0xFF}))
        return other(E::Utf32BE, "UTF-32", 4);
    if (TextDecoder::startsWith(head, {0xFF, 0xFE}))
        return other(E::Utf16LE, "UTF-16", 2);
    if (TextDecoder::startsWith(head, {0xFE, 0xFF}))
        return other(E::Utf16BE, "UTF-16", 2);

    // UTF-16 without a mark: text in Latin script leaves every other byte zero.
    const qsizetype sample = std::min<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < sample; ++i)
        (i % 2 == 0 ? zeroEven : zeroOdd) += head.at(i) == 0;
    if (sample >= 4) {
        if (zeroOdd > sample * 4 / 10 && zeroEven == 0)
            return other(E::Utf16LE, "UTF-16", 2);
        if (zeroEven > sample * 4 / 10 && zeroOdd == 0)
            return other(E::Utf16BE, "UTF-16", 2);
    }
    return R(TextStreamDecoder(Encoding::Utf8, E::Utf8, "UTF-8", 1));
}

bool TextStreamDecoder::decode(QByteArrayView block, QString &out)
{
    if (!m_error.isEmpty())
        return false;
    const qsizetype before = out.size();
    bool ok = true;
    if (m_encoding == Encoding::Utf8) {
        ok = decodeUtf8(block, out);
    } else {
        out.append(m_decoder->decode(block));
        if (m_decoder->hasError()) {
            m_error = tr("The file is not valid %1 text.").arg(QLatin1String(m_name));
            ok = false;
        }
        m_offset += block.size();
    }
    if (!ok)
        return false;
    if (!m_started && out.size() > before) {
        m_started = true;
        if (out.at(before) == QChar(QChar::ByteOrderMark))
            out.remove(before, 1);
    }
    return refuseControls(QStringView(out).mid(before));
}

bool TextStreamDecoder::decodeUtf8(QByteArrayView block, QString &out)
{
    QByteArrayView bytes = block;
    QByteArray joined;
    if (!m_carry.isEmpty()) {
        joined = m_carry + block.toByteArray();
        bytes = joined;
    }
    const qint64 start = m_offset - m_carry.size();
    if (bytes.contains('\0')) {
        m_error = tr("The file holds binary data, not text.");
        return false;
    }
    const qsizetype complete = Utf8::completeLength(bytes);
    if (const qsizetype bad = Utf8::firstInvalid(bytes.first(complete)); bad >= 0) {
        refuseUtf8(static_cast<unsigned char>(bytes.at(bad)), start + bad);
        return false;
    }
    out.append(QString::fromUtf8(bytes.first(complete)));
    m_carry = bytes.sliced(complete).toByteArray();
    m_offset += block.size();
    return true;
}

void TextStreamDecoder::refuseUtf8(unsigned char byte, qint64 offset)
{
    m_error =
        tr("The file is not UTF-8 text (byte 0x%1 at offset %2 is not valid UTF-8); it may use a legacy "
           "encoding such as Windows-1252 or ISO-8859-1: save it as UTF-8 and import it again.")
            .arg(byte, 2, 16, QLatin1Char('0'))
            .arg(offset);
}

bool TextStreamDecoder::refuseControls(QStringView text)
{
    // Control characters other than tab, newline, carriage return and form feed mean binary data.
    const qint64 look = std::min<qint64>(text.size(), kControlCheck - m_checked);
    for (qint64 i = 0; i < look; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') {
            m_error = tr("The file holds control characters, so it is not plain text.");
            return false;
        }
    }
    m_checked += std::max<qint64>(look, 0);
    return true;
}

bool TextStreamDecoder::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_carry.isEmpty()) {
        refuseUtf8(static_cast<unsigned char>(m_carry.at(0)), m_offset - m_carry.size());
        return false;
    }
    // A UTF-16 or UTF-32 file cut inside a character.
    if (m_encoding == Encoding::Other && m_offset % m_unit != 0) {
        m_error = tr("The file is not valid %1 text.").arg(QLatin1String(m_name));
        return false;
    }
    return true;
}

} // namespace Clearance
