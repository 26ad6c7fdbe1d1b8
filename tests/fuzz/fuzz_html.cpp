// HTML fragments and pages: the tokenizer, the sanitizer, the page reader and the entity decoder.
#include "FuzzSupport.h"
#include "ingest/HtmlEntities.h"
#include "ingest/HtmlPageParser.h"
#include "ingest/HtmlSanitizer.h"

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
    (void)Clearance::HtmlPageParser::parse(Clearance::HtmlPageParser::decode(input));
    (void)Clearance::HtmlEntities::decode(html, size % 2 == 0);
    (void)Clearance::HtmlSanitizer::singleLine(html);
    return 0;
}
