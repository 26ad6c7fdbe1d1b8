#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

namespace Clearance {

// The elements the tokenizer and the sanitizer treat in a way of their own, so that they are told
// apart by a number rather than by comparing strings for every tag. In the byte order of their names.
enum class HtmlElement : quint8
{
    Unknown,
    A,
    Address,
    Applet,
    Area,
    Article,
    Aside,
    Audio,
    B,
    Base,
    Blockquote,
    Body,
    Br,
    Button,
    Canvas,
    Caption,
    Center,
    Code,
    Col,
    Datalist,
    Dd,
    Details,
    Dialog,
    Div,
    Dl,
    Dt,
    Em,
    Embed,
    Fieldset,
    Figcaption,
    Figure,
    Footer,
    Form,
    Frame,
    Frameset,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Head,
    Header,
    Hgroup,
    Hr,
    Html,
    I,
    Iframe,
    Img,
    Input,
    Keygen,
    Legend,
    Li,
    Link,
    Main,
    Map,
    Math,
    Menu,
    Meta,
    Nav,
    Noembed,
    Noframes,
    Noscript,
    Object,
    Ol,
    Option,
    P,
    Param,
    Picture,
    Plaintext,
    Pre,
    Script,
    Section,
    Select,
    Source,
    Strong,
    Style,
    Summary,
    Svg,
    Table,
    Tbody,
    Td,
    Template,
    Textarea,
    Tfoot,
    Th,
    Thead,
    Title,
    Tr,
    Track,
    Ul,
    Video,
    Wbr,
    Xmp
};
// The last of them, for going through them all.
inline constexpr HtmlElement kLastHtmlElement = HtmlElement::Xmp;

// The lower-case name of a known element ("blockquote"); empty for Unknown.
QLatin1String htmlElementName(HtmlElement element);

// One token. Its views point into the input or into the tokenizer, and last until the next token.
struct HtmlToken
{
    enum class Type
    {
        Text,
        StartTag,
        EndTag
    };
    Type type = Type::Text;
    QStringView name;                           // tag name in lower case
    HtmlElement element = HtmlElement::Unknown; // the tag, when one of the known ones
    QStringView text; // Text: character references decoded (raw inside script and style)
    bool selfClosing = false;
    QStringView attributeSource; // the tag's markup after its name, read again by attribute()

    // The value of the first attribute of that (lower-case) name, references decoded; null if absent.
    QString attribute(QLatin1String name) const;
};

// Splits HTML into text and tags the forgiving way browsers do: it never fails, whatever the input
// (unclosed tags and quotes, stray '<', comments, doctypes and processing instructions are skipped).
// The content of script, style and the other raw-text elements comes out as one text token, so
// markup inside a script is never taken for tags.
//
// It allocates next to nothing per token, as it runs over every item of every feed imported: names
// and text are views into the input unless they had to be lower-cased or decoded, and attributes are
// only read when asked for.
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
    bool readRawText(HtmlToken &token);
    bool readTag(HtmlToken &token);
    void readName(HtmlToken &token, QStringView name);
    void setText(HtmlToken &token, QStringView raw);
    bool skipMarkupDeclaration();

    QStringView m_html;
    qsizetype m_pos = 0;
    qsizetype m_tokenStart = 0;
    // Set after a raw-text start tag: the element whose end closes it.
    HtmlElement m_rawTextEnd = HtmlElement::Unknown;
    QString m_name;    // a tag name lower-cased, when the input did not have it so
    QString m_decoded; // text with its character references decoded
};

// Walks `html` token by token, as the sanitizer and the block reader both do: text goes to
// visitor.text(QStringView) unless visitor.dropping() (inside an element dropped with its content),
// start tags to visitor.start(const HtmlToken &), end tags to visitor.end(HtmlElement).
template<typename Visitor>
void walkHtml(QStringView html, Visitor &visitor)
{
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    while (tokenizer.next(token)) {
        switch (token.type) {
        case HtmlToken::Type::Text:
            if (!visitor.dropping())
                visitor.text(token.text);
            break;
        case HtmlToken::Type::StartTag:
            visitor.start(token);
            break;
        case HtmlToken::Type::EndTag:
            visitor.end(token.element);
            break;
        }
    }
}

} // namespace Clearance
