#pragma once

#include "XmlScanBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <unordered_map>

namespace Clearance {

// The pieces of XML XmlScanner reads in several places, and the markup it checks and drops: names,
// white space, character and entity references; the XML declaration, comments and processing
// instructions. Each reads from an offset into the buffer and moves it past what it read; one that
// finds an error returns false and leaves what went wrong in error() (in English, as QXmlStreamReader
// words it) and where in errorAt().
class XmlMarkupScanner final
{
public:
    enum class Name
    {
        Strict, // an element's
        Loose,  // a processing instruction's target, an end tag's
        Caret,  // an attribute's, a reference's: loose, and Qt 6.4 lets a caret start it (nowhere else)
    };

    explicit XmlMarkupScanner(XmlScanBuffer &input);
    Q_DISABLE_COPY_MOVE(XmlMarkupScanner)

    // The end of the name at `at` (`at` itself when there is none). With `prefixSize`, a qualified
    // name: two names with a colon between them, or one, whose prefix's size it sets (0 without one).
    qsizetype name(qsizetype at, Name kind, qsizetype *prefixSize);
    // Whether QXmlStreamReader takes `name` for an element's.
    bool isElementName(QByteArrayView name);
    // Moves past white space; whether there was any.
    bool skipSpace(qsizetype &at);
    // A reference at `at` (&name; &#n; &#xh;), its text appended to `out` as UTF-8.
    bool reference(qsizetype &at, QByteArray &out);
    // A comment, a processing instruction, the XML declaration (at the start), each at `at`.
    bool comment(qsizetype &at);
    bool processingInstruction(qsizetype &at);
    bool xmlDeclaration(qsizetype &at);

    const char *error() const { return m_error; }
    qsizetype errorAt() const { return m_errorAt; }

private:
    bool fail(const char *message, qsizetype at);

    XmlScanBuffer &m_input;
    std::unordered_map<QByteArray, bool>
        m_elementNames; // names beyond ASCII QXmlStreamReader was asked about
    const char *m_error = "";
    qsizetype m_errorAt = 0;
};

} // namespace Clearance
