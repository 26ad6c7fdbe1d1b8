#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace Clearance {

// Turns a text file's bytes into text a block at a time, so that a file of any size is decoded in
// constant memory, with the refusals of TextDecoder wherever in the file their cause lies: the
// encoding is told from the start of the file (a byte-order mark, the zero bytes of UTF-16), and
// bytes that are not valid in it are refused with their offset, never replaced.
class TextStreamDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    // A decoder for the file whose first bytes are `head` (up to 64 KiB), or why it is not text.
    static Result<TextStreamDecoder> forHead(const QByteArray &head);

    // Appends the text of the next block of the file to `out`; false, with error(), when the block
    // holds what is not valid text in the file's encoding. A character cut by the block's end waits
    // for the next block.
    bool decode(QByteArrayView block, QString &out);
    // At the end of the file: false when it ends inside a character.
    bool finish();
    const QString &error() const { return m_error; }

private:
    enum class Encoding
    {
        Utf8,
        Other // UTF-16 or UTF-32, through QStringDecoder
    };
    TextStreamDecoder(Encoding encoding, QStringConverter::Encoding other, const char *name, int unit);
    bool decodeUtf8(QByteArrayView block, QString &out);
    void refuseUtf8(unsigned char byte, qint64 offset);
    bool refuseControls(QStringView text);

    Encoding m_encoding = Encoding::Utf8;
    std::optional<QStringDecoder> m_decoder;
    const char *m_name = "UTF-8";
    int m_unit = 1;         // bytes per code unit: a file of another length ends inside a character
    QByteArray m_carry;     // the start of a UTF-8 character cut by the end of the last block
    qint64 m_offset = 0;    // of the next block in the file
    qint64 m_checked = 0;   // characters looked at for control characters
    bool m_started = false; // the byte-order mark has been dropped
    QString m_error;
};

} // namespace Clearance
