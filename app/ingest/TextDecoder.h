#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <initializer_list>

namespace Clearance {

// Turns a file's bytes into text, or says why it is not text. Decodes what can be told apart
// reliably: UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 with a byte-order mark,
// and UTF-16 without one when its zero bytes give it away. Anything else (a legacy 8-bit code
// page, binary data) is refused with the reason: guessing would import mojibake.
class TextDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    static Result<QString> decode(const QByteArray &bytes);
    // The name of a common binary format the bytes start with ("PNG", "PDF"...), so a message can say
    // what the file is; empty for anything else.
    static QString binaryKind(const QByteArray &bytes);
    // Whether the bytes start with these (a byte-order mark, a file signature).
    static bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix);
};

} // namespace Clearance
