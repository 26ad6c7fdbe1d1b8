#include "XmlScanBuffer.h"

#include "XmlCharacters.h"

#include <algorithm>
#include <cstring>

namespace Clearance {

using namespace XmlCharacters;

XmlScanBuffer::XmlScanBuffer(QIODevice &device)
    : m_device(device)
    , m_origin(device.pos())
{}

bool XmlScanBuffer::readMore()
{
    if (m_deviceDone)
        return false;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kBlockSize);
    const qint64 got = m_device.read(m_buffer.data() + old, kBlockSize);
    m_buffer.resize(old + std::max<qint64>(got, 0));
    if (got <= 0)
        m_deviceDone = true;
    checkEncoding();
    return got > 0;
}

// Each block as it comes, up to a sequence the next block may complete.
void XmlScanBuffer::checkEncoding()
{
    const auto *data = reinterpret_cast<const uchar *>(m_buffer.constData());
    const qsizetype size = m_buffer.size();
    qsizetype i = m_checked;
    while (i < size && !m_badEncoding) {
        // ASCII 32 bytes at a time, then 8: most of a feed.
        quint64 words[4];
        if (size - i >= 32) {
            std::memcpy(words, data + i, 32);
            if (((words[0] | words[1] | words[2] | words[3]) & 0x8080808080808080ULL) == 0) {
                i += 32;
                continue;
            }
        }
        if (size - i >= 8) {
            std::memcpy(words, data + i, 8);
            if ((words[0] & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const int length = utf8Sequence(data + i, size - i);
        if (length < 0) {
            // Cut short: the next block completes it, or, at the end of the file, it is dropped (as
            // QXmlStreamReader drops it).
            if (m_deviceDone)
                m_buffer.truncate(i);
            break;
        }
        if (length == 0)
            m_badEncoding = true;
        else
            i += length;
    }
    m_checked = i;
}

int XmlScanBuffer::byteAfterBuffer(qsizetype at)
{
    while (at >= m_buffer.size()) {
        if (!readMore())
            return -1;
    }
    return uchar(m_buffer.at(at));
}

bool XmlScanBuffer::startsWith(qsizetype at, const char *literal)
{
    for (qsizetype i = 0; literal[i] != '\0'; ++i) {
        if (byteAt(at + i) != uchar(literal[i]))
            return false;
    }
    return true;
}

void XmlScanBuffer::dropBefore(qsizetype at)
{
    m_dropped += at;
    m_checked = std::max<qsizetype>(0, m_checked - at);
    m_buffer.remove(0, at);
}

std::pair<qint64, qint64> XmlScanBuffer::lineAndColumn(qsizetype at)
{
    const qint64 offset = m_dropped + std::min(at, m_buffer.size());
    qint64 lines = 0;
    qint64 lineStart = 0;
    if (m_device.seek(m_origin)) {
        for (qint64 done = 0; done < offset;) {
            const QByteArray block = m_device.read(std::min(kBlockSize, offset - done));
            if (block.isEmpty())
                break;
            for (qsizetype i = 0; i < block.size(); ++i) {
                if (block.at(i) == '\n') {
                    ++lines;
                    lineStart = done + i + 1;
                }
            }
            done += block.size();
        }
    }
    return {lines + 1, offset - lineStart};
}

} // namespace Clearance
