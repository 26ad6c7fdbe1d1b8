#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <type_traits>

namespace Clearance {

// Counts the attributes of each start tag in the blocks XmlInput hands to QXmlStreamReader, which
// checks each attribute against all the others of its element: one element with 200,000 attributes
// takes it minutes. No feed gives an element more than a handful, so past kMaxAttributes the document
// is refused before QXmlStreamReader reads the tag. (XmlScanner, which reads nearly every feed, checks
// them by hash and needs no limit.) A plain scan of the markup, not a parser: text in a comment or a
// CDATA section that looks like a tag with a thousand attributes would count too.
class XmlTagLimit final
{
public:
    static constexpr int kMaxAttributes = 1000;

    // False once a start tag has more than kMaxAttributes attributes.
    bool add(QByteArrayView block) { return scan(block.data(), block.size()); }
    bool add(QStringView block) { return scan(block.utf16(), block.size()); }

private:
    template<typename Char>
    bool scan(const Char *text, qsizetype size);

    enum class State
    {
        Text,
        Open,   // after '<'
        Tag,    // in a start tag
        Quoted, // in an attribute value
        Markup  // in <!...> or <?...?> or an end tag
    };
    State m_state = State::Text;
    char16_t m_quote = 0;
    int m_attributes = 0;
};

template<typename Char>
bool XmlTagLimit::scan(const Char *text, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = char16_t(static_cast<std::make_unsigned_t<Char>>(text[i]));
        switch (m_state) {
        case State::Text:
            if (c == u'<')
                m_state = State::Open;
            break;
        case State::Open:
            m_attributes = 0;
            m_state = c == u'!' || c == u'?' || c == u'/' ? State::Markup : State::Tag;
            break;
        case State::Tag:
            if (c == u'"' || c == u'\'') {
                m_quote = c;
                m_state = State::Quoted;
            } else if (c == u'=' && ++m_attributes > kMaxAttributes) {
                return false;
            } else if (c == u'>') {
                m_state = State::Text;
            }
            break;
        case State::Quoted:
            if (c == m_quote)
                m_state = State::Tag;
            break;
        case State::Markup:
            if (c == u'>')
                m_state = State::Text;
            break;
        }
    }
    return true;
}

} // namespace Clearance
