#include "FormatSniffer.h"

#include "TextDecoder.h"
#include "XmlProlog.h"

#include <QStringDecoder>

namespace Clearance {

FormatSniffer::Encoding FormatSniffer::unicodeEncoding(const QByteArray &head)
{
    if (TextDecoder::startsWith(head, {0xEF, 0xBB, 0xBF}))
        return {"UTF-8", 3};
    if (TextDecoder::startsWith(head, {0xFF, 0xFE, 0x00, 0x00}))
        return {"UTF-32LE", 4};
    if (TextDecoder::startsWith(head, {0x00, 0x00, 0xFE, 0xFF}))
        return {"UTF-32BE", 4};
    if (TextDecoder::startsWith(head, {0xFF, 0xFE}))
        return {"UTF-16LE", 2};
    if (TextDecoder::startsWith(head, {0xFE, 0xFF}))
        return {"UTF-16BE", 2};
    // Without a mark: the zero bytes around the ASCII of "<?xml", "{" or plain text.
    if (TextDecoder::startsWith(head, {0x00, 0x00, 0x00}) && head.size() >= 4 && head.at(3) != 0)
        return {"UTF-32BE", 0};
    if (head.size() >= 4 && head.at(0) != 0 && head.at(1) == 0 && head.at(2) == 0 && head.at(3) == 0)
        return {"UTF-32LE", 0};
    const qsizetype sample = std::min<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < sample; ++i)
        (i % 2 == 0 ? zeroEven : zeroOdd) += head.at(i) == 0;
    if (sample >= 4 && zeroOdd > sample * 4 / 10 && zeroEven == 0)
        return {"UTF-16LE", 0};
    if (sample >= 4 && zeroEven > sample * 4 / 10 && zeroOdd == 0)
        return {"UTF-16BE", 0};
    return {};
}

QString FormatSniffer::headText(const QByteArray &head)
{
    const Encoding encoding = unicodeEncoding(head);
    if (encoding.name.isEmpty())
        return QString::fromLatin1(head);
    QStringDecoder decoder(encoding.name.constData());
    return decoder.decode(head.mid(encoding.bomSize));
}

bool FormatSniffer::isUtf8(const QByteArray &bytes)
{
    // A multi-byte sequence cut by the end of a sample is not an error.
    qsizetype end = bytes.size();
    for (qsizetype back = 1; back <= 3 && end - back >= 0; ++back) {
        const auto c = static_cast<unsigned char>(bytes.at(end - back));
        if ((c & 0xC0) == 0xC0) {
            end -= back;
            break;
        }
        if ((c & 0x80) == 0)
            break;
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(QByteArrayView(bytes).first(end)); // decoding is lazy: use it
    return !decoder.hasError();
}

FormatSniffer::Kind FormatSniffer::sniff(const QByteArray &head)
{
    if (head.isEmpty())
        return Kind::Empty;
    if (!TextDecoder::binaryKind(head).isEmpty())
        return Kind::Binary;
    const Encoding encoding = unicodeEncoding(head);
    if (encoding.name.isEmpty() && head.contains('\0'))
        return Kind::Binary;
    const QString text = headText(head);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Kind::Empty;
    const QChar first = trimmed.front();
    if (first == QLatin1Char('{') || first == QLatin1Char('['))
        return Kind::Json;
    if (first != QLatin1Char('<'))
        return Kind::Text;
    const XmlProlog prolog = XmlProlog::scan(trimmed);
    if (prolog.status() == XmlProlog::Status::Incomplete)
        return Kind::PrologPastHead;
    if (prolog.status() == XmlProlog::Status::Invalid)
        return Kind::Text;
    const QString &root = prolog.root();
    if (root == QLatin1String("!doctype html") || root == QLatin1String("html") ||
        root == QLatin1String("head") || root == QLatin1String("body"))
        return Kind::Html;
    return Kind::Xml;
}

} // namespace Clearance
