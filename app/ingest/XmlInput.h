#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <optional>

namespace Clearance {

// Feeds a QXmlStreamReader from a device a block at a time, so that a document of any size is read
// in constant memory. Decodes what the document declares, or what its bytes give away (a byte-order
// mark, UTF-16 or UTF-32 without one, Windows-1252 for undeclared text that is not UTF-8), and reads
// the HTML named entities real feeds use without declaring them (&nbsp;, &eacute;...).
class XmlInput final
{
    Q_DECLARE_TR_FUNCTIONS(XmlInput)

public:
    explicit XmlInput(QIODevice &device);
    ~XmlInput();
    Q_DISABLE_COPY_MOVE(XmlInput)

    QXmlStreamReader &reader() { return m_reader; }
    // The next token, reading more of the device whenever the reader runs short.
    QXmlStreamReader::TokenType next();
    // Why the document cannot be read, with its line and column; empty when it can.
    QString error() const;

private:
    bool feed();

    QIODevice &m_device;
    QXmlStreamReader m_reader;
    std::optional<QStringDecoder> m_decoder; // set when the bytes are not UTF-8
    QString m_encodingError;
    class EntityResolver;
    std::unique_ptr<EntityResolver> m_resolver;
};

} // namespace Clearance
