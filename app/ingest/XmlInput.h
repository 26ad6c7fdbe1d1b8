#pragma once

#include "XmlEntityBudget.h"
#include "XmlScanner.h"
#include "XmlTagLimit.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <optional>

namespace Clearance {

// Reads an XML document from a device a block at a time, so that one of any size is read in constant
// memory. Decodes what the document declares, or what its bytes give away (a byte-order mark, UTF-16
// or UTF-32 without one, Windows-1252 for undeclared text that is not UTF-8), and reads the HTML named
// entities real feeds use without declaring them (&nbsp;, &eacute;...).
//
// A UTF-8 document without a document type declaration, which is nearly every feed, is read by
// XmlScanner; any other by QXmlStreamReader, which also words the errors XmlScanner finds.
class XmlInput final
{
    Q_DECLARE_TR_FUNCTIONS(XmlInput)

public:
    enum class Reader
    {
        Best,            // XmlScanner when it can read the document
        QXmlStreamReader // always (to compare the two)
    };
    explicit XmlInput(QIODevice &device, Reader reader = Reader::Best);
    ~XmlInput();
    Q_DISABLE_COPY_MOVE(XmlInput)

    // The next token, reading more of the device whenever the reader runs short.
    QXmlStreamReader::TokenType next();
    // After the end of the document or an error.
    bool atEnd() const;
    // Of the element started or ended.
    QStringView name() const;
    QStringView namespaceUri() const;
    QString qualifiedName() const;
    // Of the element started, until the next token (copies last).
    const XmlAttributes &attributes() const;
    // Of a Characters token; takeText() leaves none behind.
    QStringView text() const;
    QString takeText();
    // Why the document cannot be read, with its line and column; empty when it can.
    QString error() const;

private:
    bool feed();
    void useQXmlStreamReader();
    // Before QXmlStreamReader reads from m_start: the entities of the internal subset, to budget.
    void readProlog();
    // The first byte that is not UTF-8, with its offset, line and column; empty when none is found.
    QString encodingError();

    QIODevice &m_device;
    qint64 m_start = 0; // where the document starts, after any byte-order mark
    std::optional<XmlScanner> m_scanner;
    QXmlStreamReader m_reader;
    std::optional<QStringDecoder> m_decoder; // set when the bytes are not UTF-8
    QByteArray m_encoding;                   // its name
    // Why the document is not read before or beside QXmlStreamReader's own errors: an encoding
    // Clearance cannot read, a device that cannot seek back, entities that expand beyond reason.
    QString m_inputError;
    std::optional<XmlEntityBudget> m_budget; // set when the internal subset declares entities
    XmlTagLimit m_tags;
    XmlAttributes m_readerAttributes; // QXmlStreamReader's, copied
    QString m_scannerError;           // an error XmlScanner found and QXmlStreamReader did not
    class EntityResolver;
    std::unique_ptr<EntityResolver> m_resolver;
};

} // namespace Clearance
