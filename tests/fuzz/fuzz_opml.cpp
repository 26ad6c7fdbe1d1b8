// OPML lists, and what subscriptions read of pages: OpmlReader on any bytes, what it reads written
// again and read back, and feed discovery and link finding on the same bytes as a page.
#include "FuzzSupport.h"
#include "ingest/FeedDiscovery.h"
#include "ingest/OpmlReader.h"
#include "ingest/OpmlWriter.h"
#include "ingest/PageLinkFinder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Clearance::Fuzz::bytes(data, size);
    const Clearance::Result<Clearance::OpmlReader::Document> read = Clearance::OpmlReader::read(input);
    if (read.ok()) {
        // Whatever was read is written as OPML that reads back, every subscription kept (the order may
        // change: a folder's subscriptions are written together).
        const QByteArray written = Clearance::OpmlWriter::write(read->outlines, read->title, QDateTime());
        const Clearance::Result<Clearance::OpmlReader::Document> again = Clearance::OpmlReader::read(written);
        if (!again.ok() || again->outlines.size() != read->outlines.size() || !again->skipped.isEmpty())
            __builtin_trap();
    }
    const QUrl page(QStringLiteral("https://fuzz.example/news/list.html"));
    (void)Clearance::FeedDiscovery::find(input, page);
    (void)Clearance::FeedDiscovery::classify(input);
    (void)Clearance::PageLinkFinder::find(input, page);
    return 0;
}
