#pragma once

#include <QByteArray>
#include <QString>

namespace Clearance {

// Tells what a file holds from its first bytes, whatever its name says.
class FormatSniffer final
{
public:
    enum class Kind
    {
        Empty,
        Binary,
        Xml,
        Html,
        Json,
        Text,
        // Markup whose prolog (comments, a document type declaration) goes on past the head: a longer
        // head tells.
        PrologPastHead
    };
    struct Encoding
    {
        QByteArray name; // "UTF-8", "UTF-16LE"...; empty when the bytes do not say (an 8-bit code page)
        int bomSize = 0;
    };

    static Kind sniff(const QByteArray &head);
    // The Unicode form given away by a byte-order mark or by the zero bytes of UTF-16 and UTF-32.
    static Encoding unicodeEncoding(const QByteArray &head);
    // The text of `head` as far as markup detection needs it: Unicode forms decoded, anything else
    // read as Latin-1 (every byte a character, so ASCII markup is found whatever the code page).
    static QString headText(const QByteArray &head);
    // Whether `bytes` is valid UTF-8, forgiving a sequence cut at the end.
    static bool isUtf8(const QByteArray &bytes);
};

} // namespace Clearance
