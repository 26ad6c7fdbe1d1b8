// JSON Feed and JSON article arrays: the streaming scanner, whatever the bytes.
#include "FuzzSupport.h"
#include "ingest/JsonFeedReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = Clearance::Fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    Clearance::JsonFeedReader reader(buffer);
    Clearance::Fuzz::drain(reader);
    return 0;
}
