#include "XmlFeedContent.h"

namespace Clearance {

SanitizedHtml XmlFeedContent::asHtml() const
{
    if (hasElements)
        return HtmlSanitizer::sanitize(markup, base);
    if (type == QLatin1String("text") || type == QLatin1String("text/plain"))
        return SanitizedHtml{HtmlSanitizer::plainParagraphs(text), {}};
    if (type == QLatin1String("html") || type == QLatin1String("text/html") ||
        type == QLatin1String("escaped"))
        return HtmlSanitizer::sanitize(text, base);
    // No type (RSS): HTML or text, as the content looks.
    return HtmlSanitizer::fromContent(text, base);
}

QString XmlFeedContent::asLine() const
{
    return HtmlSanitizer::singleLine(hasElements ? markup : text);
}

} // namespace Clearance
