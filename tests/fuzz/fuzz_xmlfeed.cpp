// RSS, RDF and Atom: the streaming XML reader, whatever the bytes.
#include "FuzzSupport.h"
#include "ingest/XmlFeedReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = Clearance::Fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    Clearance::XmlFeedReader reader(buffer);
    Clearance::Fuzz::drain(reader);
    return 0;
}
