#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace Clearance {

struct HtmlToken
{
    enum class Type
    {
        Text,
        StartTag,
        EndTag
    };
    Type type = Type::Text;
    QString name; // tag name in lower case
    QString text; // Text: character references decoded (raw inside script and style)
    QList<std::pair<QString, QString>> attributes; // names in lower case, values decoded
    bool selfClosing = false;

    QString attribute(QLatin1String name) const;
    bool hasAttribute(QLatin1String name) const;
};

// Splits HTML into text and tags the forgiving way browsers do: it never fails, whatever the input
// (unclosed tags and quotes, stray '<', comments, doctypes and processing instructions are skipped).
// The content of script, style and the other raw-text elements comes out as one text token, so
// markup inside a script is never taken for tags.
class HtmlTokenizer final
{
public:
    explicit HtmlTokenizer(QStringView html);

    // The next token; false at the end of the input.
    bool next(HtmlToken &token);
    // Where the last token given began and where it ended, in the input.
    qsizetype tokenStart() const { return m_tokenStart; }
    qsizetype position() const { return m_pos; }

private:
    bool readTag(HtmlToken &token);
    void readAttributes(HtmlToken &token);
    bool skipMarkupDeclaration();

    QStringView m_html;
    qsizetype m_pos = 0;
    qsizetype m_tokenStart = 0;
    QString m_rawTextEnd; // set after a raw-text start tag: the element whose end closes it
};

} // namespace Clearance
