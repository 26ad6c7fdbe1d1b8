// HTML fragments and pages: the tokenizer, the sanitizer, the page reader and the entity decoder, and
// the reader of the sanitizer's HTML.
#include "FuzzSupport.h"
#include "html/HtmlBlockReader.h"
#include "html/HtmlEntities.h"
#include "html/HtmlSanitizer.h"
#include "ingest/HtmlPageParser.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Clearance::Fuzz::bytes(data, size);
    const QString html = QString::fromUtf8(input);
    const Clearance::SanitizedHtml fragment =
        Clearance::HtmlSanitizer::sanitize(html, QUrl(QStringLiteral("https://fuzz.example/a/")));
    // What the sanitizer lets through must itself sanitize to the same text.
    if (Clearance::HtmlSanitizer::sanitize(fragment.html).text.size() > fragment.html.size() + 1)
        __builtin_trap();
    // The reading pane finds the text in the HTML written beside it, and the reader follows the
    // sanitizer on any input (docs/design-notes.md, "The reading pane shows the stored HTML").
    if (!fragment.html.isEmpty() && Clearance::HtmlBlockReader::read(fragment.html).text != fragment.text)
        __builtin_trap();
    if (Clearance::HtmlBlockReader::read(html).text != Clearance::HtmlSanitizer::sanitize(html).text)
        __builtin_trap();
    (void)Clearance::HtmlPageParser::parse(Clearance::HtmlPageParser::decode(input));
    (void)Clearance::HtmlEntities::decode(html, size % 2 == 0);
    (void)Clearance::HtmlSanitizer::singleLine(html);
    return 0;
}
