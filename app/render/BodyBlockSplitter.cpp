#include "BodyBlockSplitter.h"

namespace Clearance {

namespace {

bool endsSentence(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u3002' || c == u'\u061F' || c == u'\u06D4';
}

// The part [from, to) of a block: its piece and the runs that fall in it, clipped.
BodyBlock partOf(const BodyBlock &block, qsizetype from, qsizetype to)
{
    BodyBlock part = block;
    part.pieces = {{from, to - from}};
    part.runs.clear();
    for (const BodyBlock::Run &run : block.runs) {
        const qsizetype start = std::max(run.range.start, from);
        const qsizetype end = std::min(run.range.end(), to);
        if (start >= end)
            continue;
        BodyBlock::Run clipped = run;
        clipped.range = {start, end - start};
        part.runs.append(clipped);
    }
    return part;
}

} // namespace

qsizetype BodyBlockSplitter::cutPoint(QStringView text, qsizetype start, qsizetype maxLength)
{
    const qsizetype limit = start + maxLength;
    // At a line break (preformatted text has them), then after a sentence's final mark and the space that
    // follows it, in the second half of the part.
    for (qsizetype i = limit - 1; i > start + maxLength / 2; --i) {
        if (text.at(i) == u'\n')
            return i;
    }
    for (qsizetype i = limit - 1; i > start + maxLength / 2; --i) {
        if (text.at(i).isSpace() && endsSentence(text.at(i - 1)))
            return i;
    }
    for (qsizetype i = limit - 1; i > start + maxLength / 2; --i) {
        if (text.at(i).isSpace())
            return i;
    }
    return text.at(limit).isLowSurrogate() ? limit - 1 : limit;
}

QList<BodyBlock> BodyBlockSplitter::split(QList<BodyBlock> blocks, QStringView text, qsizetype maxLength)
{
    const auto isLong = [maxLength](const BodyBlock &b) {
        return b.pieces.size() == 1 && b.pieces.first().length > maxLength;
    };
    if (std::none_of(blocks.cbegin(), blocks.cend(), isLong))
        return blocks;

    QList<BodyBlock> out;
    out.reserve(blocks.size());
    for (BodyBlock &block : blocks) {
        if (!isLong(block)) {
            out.append(std::move(block));
            continue;
        }
        const qsizetype end = block.pieces.first().end();
        qsizetype from = block.pieces.first().start;
        bool first = true;
        while (from < end) {
            qsizetype to = end - from > maxLength ? cutPoint(text, from, maxLength) : end;
            BodyBlock part = partOf(block, from, to);
            if (!first) // the bullet belongs to the item's first block only
                part.listItem = false;
            out.append(std::move(part));
            first = false;
            from = to;
            while (from < end && text.at(from).isSpace()) // the space at the cut is not shown
                ++from;
        }
    }
    return out;
}

} // namespace Clearance
