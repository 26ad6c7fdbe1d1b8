// Dates: RFC 822 and ISO 8601, whatever the text.
#include "FuzzSupport.h"
#include "ingest/DateTimeParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Clearance::Fuzz::bytes(data, size));
    const QDateTime parsed = Clearance::DateTimeParser::parse(text);
    if (parsed.isValid() && parsed.timeSpec() != Qt::UTC)
        __builtin_trap(); // every parsed date comes out in UTC
    return 0;
}
