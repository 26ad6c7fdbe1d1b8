#pragma once

#include "HtmlSanitizer.h"

#include <QStringView>
#include <QUrl>

namespace Clearance {

// One pass of HtmlSanitizer over a fragment: the plain text and the sanitized HTML written side by
// side. HtmlBlockReader mirrors its steps to read the HTML back over the text.
class HtmlSanitizerPass final
{
public:
    static SanitizedHtml run(QStringView input, const QUrl &base, HtmlSanitizer::Mode mode);
};

} // namespace Clearance
