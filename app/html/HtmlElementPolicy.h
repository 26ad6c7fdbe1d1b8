#pragma once

#include "HtmlTokenizer.h"

namespace Clearance {

// What HtmlSanitizer does with each element: the whitelist it keeps, what it drops with its content,
// what separates paragraphs. Kept apart from the sanitizing pass so the policy reads as one list.
namespace HtmlElementPolicy {

// Kept in the sanitized HTML (without attributes, but a link's safe href).
bool isAllowed(HtmlElement e);
// Dropped with everything inside them: code, styling, embedded content and interactive forms.
bool isDroppedWithContent(HtmlElement e);
// A web page's furniture, dropped when reading a page's main text.
bool isChrome(HtmlElement e);
// Elements that never have content or an end tag.
bool isVoid(HtmlElement e);
// Elements that start a new paragraph in the plain text.
bool isBlock(HtmlElement e);
// Inline formatting kept in the HTML: a, em, strong, b, i, code.
bool isInline(HtmlElement e);
bool isCell(HtmlElement e);

} // namespace HtmlElementPolicy

} // namespace Clearance
