// Any file, through format detection and whichever reader it picks (the import path).
#include "FuzzSupport.h"
#include "ingest/ArticleReaderFactory.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = Clearance::Fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    auto reader = Clearance::ArticleReaderFactory::open(buffer);
    if (reader)
        Clearance::Fuzz::drain(**reader);
    return 0;
}
