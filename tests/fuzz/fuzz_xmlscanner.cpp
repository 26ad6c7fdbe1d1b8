// XmlScanner against QXmlStreamReader, both through XmlInput: whatever the bytes, the same verdict on
// whether the document is well-formed and, when it is, the same elements, attributes and text.
// Documents with a control character (other than tab, line feed and carriage return) are left out:
// QXmlStreamReader reads them inconsistently in names (it drops them from some, takes them for the end
// of others, refuses others) where the scanner always refuses them; anywhere else both refuse them.
#include "FuzzSupport.h"
#include "XmlReading.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Clearance;
    const QByteArray input = Fuzz::bytes(data, size);
    const auto isControl = [](char c) { return uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r'; };
    if (std::any_of(input.cbegin(), input.cend(), isControl))
        return 0;
    const Testing::XmlReading best = Testing::readXml(input, XmlInput::Reader::Best);
    const Testing::XmlReading qt = Testing::readXml(input, XmlInput::Reader::QXmlStreamReader);
    const bool bestFailed = !best.error.isEmpty(), qtFailed = !qt.error.isEmpty();
    if (bestFailed != qtFailed || (!bestFailed && best.events != qt.events)) {
        std::fprintf(stderr, "XmlScanner: %s\nQXmlStreamReader: %s\n", qPrintable(best.error),
                     qPrintable(qt.error));
        const qsizetype n = std::max(best.events.size(), qt.events.size());
        for (qsizetype i = 0; i < n; ++i) {
            const QString a = best.events.value(i), b = qt.events.value(i);
            std::fprintf(stderr, "%s %s\n   | %s\n", a == b ? " " : "*", qPrintable(a), qPrintable(b));
        }
        std::abort();
    }
    return 0;
}
