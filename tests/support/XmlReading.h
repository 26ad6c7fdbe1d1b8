#pragma once

// What XmlInput reads of a document, in a form two readers can be compared by: its elements with
// their namespace and attributes, the text between two tags whatever tokens it came in, and the error.
// tst_xmlscanner and fuzz_xmlscanner compare XmlScanner with QXmlStreamReader through it.

#include "ingest/XmlInput.h"

#include <QBuffer>
#include <QStringList>

namespace Clearance::Testing {

struct XmlReading
{
    QStringList events; // "S{ns}name {ns}attribute=value...", "E{ns}name", "Ttext"
    QString error;

    friend bool operator==(const XmlReading &, const XmlReading &) = default;
};

inline XmlReading readXml(QByteArray document, XmlInput::Reader reader)
{
    QBuffer buffer(&document);
    buffer.open(QIODevice::ReadOnly);
    XmlInput xml(buffer, reader);
    XmlReading reading;
    QString text;
    int depth = 0;
    const auto flush = [&] {
        if (!text.isEmpty())
            reading.events.append(QLatin1Char('T') + text);
        text.clear();
    };
    const auto element = [&](QLatin1Char kind) -> QString {
        return kind + QLatin1Char('{') + xml.namespaceUri() + QLatin1Char('}') + xml.name();
    };
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.next();
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token == QXmlStreamReader::StartElement) {
            flush();
            ++depth;
            QStringList attributes;
            for (const XmlAttributes::Attribute &a : xml.attributes())
                attributes.append(QLatin1Char('{') + a.namespaceUri + QLatin1Char('}') + a.name +
                                  QLatin1Char('=') + a.value);
            attributes.sort();
            reading.events.append(element(QLatin1Char('S')) + QLatin1Char(' ') +
                                  attributes.join(QLatin1Char(' ')));
        } else if (token == QXmlStreamReader::EndElement) {
            flush();
            --depth;
            reading.events.append(element(QLatin1Char('E')));
        } else if (token == QXmlStreamReader::Characters && depth > 0) {
            text += xml.text();
        }
    }
    flush();
    reading.error = xml.error();
    return reading;
}

} // namespace Clearance::Testing
