#include "XmlInput.h"

#include "FormatSniffer.h"
#include "Utf8.h"
#include "html/HtmlEntities.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Clearance {

namespace {

constexpr qint64 kBlockSize = 64 * 1024;
// The longest prolog (comments, declarations and the internal subset before the root element) read to
// find the entities a document declares; ArticleReaderFactory refuses a longer one before it gets here.
constexpr qint64 kMaxProlog = 4 * 1024 * 1024;

// The encoding an XML declaration names, or an empty string.
QByteArray declaredEncoding(const QByteArray &head)
{
    if (!head.startsWith("<?xml"))
        return {};
    const qsizetype end = head.indexOf("?>");
    if (end < 0)
        return {};
    static const QRegularExpression pattern(QStringLiteral("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(head.left(end)));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

// XmlScanner's message for bytes that are not UTF-8, and QXmlStreamReader's (in English, or as its
// translation words it).
constexpr char kEncodingMessage[] = "Encountered incorrectly encoded content.";

bool isEncodingMessage(const QString &message)
{
    return message == QLatin1String(kEncodingMessage) ||
           message == QCoreApplication::translate("QXmlStream", kEncodingMessage);
}

} // namespace

// Undeclared entities: the HTML 5 ones stand for their characters; any other stays as written, as
// text, instead of making the whole feed unreadable.
class XmlInput::EntityResolver final : public QXmlStreamEntityResolver
{
public:
    QString resolveUndeclaredEntity(const QString &name) override
    {
        const QString value = HtmlEntities::lookup(name);
        if (value.isEmpty())
            return QLatin1String("&amp;") + name + QLatin1Char(';');
        // The value is parsed as content: markup characters must stay characters.
        if (value == QLatin1String("<"))
            return QStringLiteral("&lt;");
        if (value == QLatin1String("&"))
            return QStringLiteral("&amp;");
        return value;
    }
};

XmlInput::XmlInput(QIODevice &device, Reader reader)
    : m_device(device)
    , m_resolver(std::make_unique<EntityResolver>())
{
    m_reader.setEntityResolver(m_resolver.get());
    const QByteArray head = device.peek(4096);
    const FormatSniffer::Encoding unicode = FormatSniffer::unicodeEncoding(head);
    if (unicode.bomSize > 0)
        device.skip(unicode.bomSize);
    QByteArray encoding = unicode.name;
    if (encoding.isEmpty()) {
        encoding = declaredEncoding(head);
        // Undeclared text that is not UTF-8 is, in practice, Windows-1252 (a superset of Latin-1).
        if (encoding.isEmpty() && !FormatSniffer::isUtf8(head))
            encoding = "windows-1252";
    }
    if (!encoding.isEmpty() && encoding.toLower() != "utf-8" && encoding.toLower() != "utf8") {
        QStringDecoder decoder(encoding.constData());
        if (decoder.isValid()) {
            m_decoder.emplace(std::move(decoder));
            m_encoding = encoding;
        } else
            m_inputError = tr("the file declares the encoding \"%1\", which Clearance cannot read")
                               .arg(QString::fromLatin1(encoding));
    }
    m_start = device.pos();
    // UTF-8 by its bytes and by its declaration, if it has one (after a byte-order mark, QXmlStreamReader
    // goes by the declaration). The scanner may have to hand the document over to QXmlStreamReader,
    // from its start.
    const QByteArray declared = declaredEncoding(head.mid(unicode.bomSize)).toLower();
    const bool utf8 = !m_decoder && (declared.isEmpty() || declared == "utf-8" || declared == "utf8");
    if (reader == Reader::Best && utf8 && m_inputError.isEmpty() && !device.isSequential())
        m_scanner.emplace(device);
    else if (m_inputError.isEmpty())
        readProlog();
}

void XmlInput::readProlog()
{
    auto decode = [this](const QByteArray &bytes) {
        if (m_encoding.isEmpty())
            return QString::fromUtf8(bytes);
        QStringDecoder decoder(m_encoding.constData());
        return QString(decoder.decode(bytes));
    };
    QByteArray head = m_device.peek(kBlockSize);
    XmlProlog prolog = XmlProlog::scan(decode(head));
    if (prolog.status() == XmlProlog::Status::Incomplete && head.size() == kBlockSize) {
        head = m_device.peek(kMaxProlog);
        prolog = XmlProlog::scan(decode(head));
        if (prolog.status() == XmlProlog::Status::Incomplete && head.size() == kMaxProlog) {
            m_inputError = tr("it has more than %1 MB of declarations and comments before its first element")
                               .arg(kMaxProlog / (1024 * 1024));
            return;
        }
    }
    if (!prolog.entities().isEmpty())
        m_budget.emplace(prolog.entities());
}

XmlInput::~XmlInput() = default;

bool XmlInput::feed()
{
    if (m_device.atEnd())
        return false;
    const QByteArray block = m_device.read(kBlockSize);
    if (block.isEmpty())
        return false;
    // Decoded here, the reader is told to take the text as it is: the declaration no longer applies.
    const QString decoded = m_decoder ? QString(m_decoder->decode(block)) : QString();
    if (m_budget && !m_budget->add(m_decoder ? decoded : QString::fromUtf8(block), block.size())) {
        // Refused before QXmlStreamReader expands it: it would build the whole text in memory.
        m_inputError =
            tr("the feed's entities expand to more than %1 characters from %2 bytes of the file; "
               "a feed built to exhaust memory is not read")
                .arg(QLocale().toString(m_budget->expansion()), QLocale().toString(m_device.pos()));
        return false;
    }
    if (!(m_decoder ? m_tags.add(QStringView(decoded)) : m_tags.add(QByteArrayView(block)))) {
        m_inputError = tr("an element has more than %1 attributes; a feed built to take the reader's time is "
                          "not read")
                           .arg(XmlTagLimit::kMaxAttributes);
        return false;
    }
    if (m_decoder)
        m_reader.addData(decoded);
    else
        m_reader.addData(block);
    return true;
}

QString XmlInput::encodingError()
{
    if (!m_device.seek(m_start))
        return {};
    qint64 offset = m_start; // of the block in the file
    qint64 line = 1;
    qint64 column = 0; // characters before the byte on its line
    QByteArray carry;  // a character cut by the end of the last block
    for (;;) {
        const QByteArray block = carry + m_device.read(kBlockSize);
        const bool end = m_device.atEnd();
        if (block.isEmpty())
            return {};
        const qsizetype complete = end ? block.size() : Utf8::completeLength(block);
        const qsizetype bad = Utf8::firstInvalid(QByteArrayView(block).first(complete));
        const qsizetype counted = bad >= 0 ? bad : complete;
        for (qsizetype i = 0; i < counted; ++i) {
            const auto c = static_cast<unsigned char>(block.at(i));
            if (c == '\n') {
                ++line;
                column = 0;
            } else if ((c & 0xC0) != 0x80) {
                ++column; // a character's first byte
            }
        }
        if (bad >= 0)
            return tr("it is not valid UTF-8: byte 0x%1 at offset %2 (line %3, column %4) is not part of a "
                      "UTF-8 character")
                .arg(static_cast<unsigned char>(block.at(bad)), 2, 16, QLatin1Char('0'))
                .arg(offset + bad)
                .arg(line)
                .arg(column + 1);
        if (end)
            return {};
        offset += complete;
        carry = block.sliced(complete);
    }
}

void XmlInput::useQXmlStreamReader()
{
    m_scanner.reset();
    if (!m_device.seek(m_start))
        m_inputError = m_device.errorString();
    else
        readProlog();
}

QXmlStreamReader::TokenType XmlInput::next()
{
    if (m_scanner) {
        const QXmlStreamReader::TokenType token = m_scanner->next();
        if (token != QXmlStreamReader::Invalid)
            return token;
        if (m_scanner->hasError() && isEncodingMessage(m_scanner->errorString())) {
            // QXmlStreamReader would say where it had decoded to, often lines away: counted here.
            m_inputError = encodingError();
            if (!m_inputError.isEmpty())
                return QXmlStreamReader::Invalid;
        }
        if (m_scanner->hasError()) {
            // QXmlStreamReader words the error, from the start of the document: it finds the same one,
            // or an earlier one the scanner let pass.
            const QString scannerError = tr("it is not well-formed XML: %1 (line %2, column %3)")
                                             .arg(m_scanner->errorString())
                                             .arg(m_scanner->lineNumber())
                                             .arg(m_scanner->columnNumber());
            useQXmlStreamReader();
            while (next() != QXmlStreamReader::Invalid && !m_reader.atEnd()) {
            }
            if (!m_reader.hasError())
                m_scannerError = scannerError;
            return QXmlStreamReader::Invalid;
        }
        // A document type declaration, before any element.
        useQXmlStreamReader();
    }
    if (!m_inputError.isEmpty())
        return QXmlStreamReader::Invalid;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_reader.readNext();
        if (token == QXmlStreamReader::StartElement)
            m_readerAttributes = XmlAttributes::from(m_reader.attributes());
        if (token == QXmlStreamReader::Invalid && !m_decoder && isEncodingMessage(m_reader.errorString()))
            m_inputError = encodingError();
        if (token != QXmlStreamReader::Invalid ||
            m_reader.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return token;
        if (!feed())
            return token;
    }
}

bool XmlInput::atEnd() const
{
    return m_scanner ? m_scanner->atEnd()
                     : !m_inputError.isEmpty() || !m_scannerError.isEmpty() || m_reader.atEnd();
}

QStringView XmlInput::name() const
{
    return m_scanner ? m_scanner->name() : m_reader.name();
}

QStringView XmlInput::namespaceUri() const
{
    return m_scanner ? m_scanner->namespaceUri() : m_reader.namespaceUri();
}

QString XmlInput::qualifiedName() const
{
    return m_scanner ? m_scanner->qualifiedName() : m_reader.qualifiedName().toString();
}

const XmlAttributes &XmlInput::attributes() const
{
    return m_scanner ? m_scanner->attributes() : m_readerAttributes;
}

QStringView XmlInput::text() const
{
    return m_scanner ? m_scanner->text() : m_reader.text();
}

QString XmlInput::takeText()
{
    return m_scanner ? m_scanner->takeText() : m_reader.text().toString();
}

QString XmlInput::error() const
{
    if (!m_inputError.isEmpty())
        return m_inputError;
    if (!m_scannerError.isEmpty())
        return m_scannerError;
    if (!m_reader.hasError())
        return {};
    if (m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError && m_reader.lineNumber() <= 1 &&
        m_reader.columnNumber() == 0)
        return tr("the file is empty");
    return tr("it is not well-formed XML: %1 (line %2, column %3)")
        .arg(m_reader.errorString())
        .arg(m_reader.lineNumber())
        .arg(m_reader.columnNumber());
}

} // namespace Clearance
