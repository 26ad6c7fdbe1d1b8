#include "HtmlElementPolicy.h"

namespace Clearance::HtmlElementPolicy {

using Element = HtmlElement;

bool isAllowed(Element e)
{
    switch (e) {
    case Element::P:
    case Element::Br:
    case Element::A:
    case Element::Em:
    case Element::Strong:
    case Element::B:
    case Element::I:
    case Element::Ul:
    case Element::Ol:
    case Element::Li:
    case Element::Blockquote:
    case Element::H1:
    case Element::H2:
    case Element::H3:
    case Element::H4:
    case Element::H5:
    case Element::H6:
    case Element::Pre:
    case Element::Code:
    case Element::Table:
    case Element::Thead:
    case Element::Tbody:
    case Element::Tfoot:
    case Element::Tr:
    case Element::Th:
    case Element::Td:
    case Element::Caption:
        return true;
    default:
        return false;
    }
}

bool isDroppedWithContent(Element e)
{
    switch (e) {
    case Element::Script:
    case Element::Style:
    case Element::Iframe:
    case Element::Frame:
    case Element::Frameset:
    case Element::Object:
    case Element::Embed:
    case Element::Applet:
    case Element::Form:
    case Element::Noscript:
    case Element::Template:
    case Element::Svg:
    case Element::Math:
    case Element::Select:
    case Element::Textarea:
    case Element::Button:
    case Element::Canvas:
    case Element::Audio:
    case Element::Video:
    case Element::Head:
    case Element::Title:
    case Element::Noembed:
    case Element::Noframes:
    case Element::Xmp:
    case Element::Map:
    case Element::Picture:
    case Element::Datalist:
        return true;
    default:
        return false;
    }
}

bool isChrome(Element e)
{
    switch (e) {
    case Element::Nav:
    case Element::Header:
    case Element::Footer:
    case Element::Aside:
    case Element::Menu:
    case Element::Dialog:
        return true;
    default:
        return false;
    }
}

bool isVoid(Element e)
{
    switch (e) {
    case Element::Area:
    case Element::Base:
    case Element::Br:
    case Element::Col:
    case Element::Embed:
    case Element::Hr:
    case Element::Img:
    case Element::Input:
    case Element::Link:
    case Element::Meta:
    case Element::Param:
    case Element::Source:
    case Element::Track:
    case Element::Wbr:
    case Element::Keygen:
        return true;
    default:
        return false;
    }
}

bool isBlock(Element e)
{
    switch (e) {
    case Element::P:
    case Element::Div:
    case Element::Section:
    case Element::Article:
    case Element::Main:
    case Element::Header:
    case Element::Footer:
    case Element::Aside:
    case Element::Nav:
    case Element::Blockquote:
    case Element::Li:
    case Element::Ul:
    case Element::Ol:
    case Element::Dl:
    case Element::Dt:
    case Element::Dd:
    case Element::H1:
    case Element::H2:
    case Element::H3:
    case Element::H4:
    case Element::H5:
    case Element::H6:
    case Element::Pre:
    case Element::Table:
    case Element::Tr:
    case Element::Figure:
    case Element::Figcaption:
    case Element::Address:
    case Element::Hr:
    case Element::Center:
    case Element::Details:
    case Element::Summary:
    case Element::Fieldset:
    case Element::Caption:
    case Element::Thead:
    case Element::Tbody:
    case Element::Tfoot:
    case Element::Body:
    case Element::Html:
    case Element::Hgroup:
    case Element::Legend:
    case Element::Option:
        return true;
    default:
        return false;
    }
}

bool isInline(Element e)
{
    return e == Element::A || e == Element::Em || e == Element::Strong || e == Element::B ||
           e == Element::I || e == Element::Code;
}

bool isCell(Element e)
{
    return e == Element::Td || e == Element::Th;
}

static_assert(int(Element::H6) - int(Element::H1) == 5, "h1 to h6 in a row, for headingLevel()");

int headingLevel(Element e)
{
    return e >= Element::H1 && e <= Element::H6 ? int(e) - int(Element::H1) + 1 : 0;
}

bool isList(Element e)
{
    return e == Element::Ul || e == Element::Ol;
}

bool isQuote(Element e)
{
    return e == Element::Blockquote;
}

bool isPreformatted(Element e)
{
    return e == Element::Pre;
}

bool wrapsTextInParagraph(Element e)
{
    return e == Element::Blockquote;
}

TextStyle textStyle(Element e)
{
    TextStyle style;
    switch (e) {
    case Element::Strong:
    case Element::B:
    case Element::Th: // a header cell, as browsers show it
        style.bold = true;
        break;
    case Element::Em:
    case Element::I:
    case Element::Caption:
        style.italic = true;
        break;
    case Element::Code:
        style.code = true;
        break;
    case Element::A:
        style.link = true;
        break;
    default:
        break;
    }
    return style;
}

} // namespace Clearance::HtmlElementPolicy
