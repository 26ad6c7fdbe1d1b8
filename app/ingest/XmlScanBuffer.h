#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

#include <utility>

namespace Clearance {

// The bytes of an XML document as XmlScanner reads them: the device a block at a time, each block
// checked to be UTF-8 as it comes (QXmlStreamReader refuses a document that is not), and the blocks
// read dropped from the front, so that memory does not grow with the file. Offsets count from the
// front of what the buffer holds.
class XmlScanBuffer final
{
public:
    static constexpr qint64 kBlockSize = 256 * 1024;

    explicit XmlScanBuffer(QIODevice &device);
    Q_DISABLE_COPY_MOVE(XmlScanBuffer)

    // The byte at `at`, reading more of the device when the buffer ends before it; -1 at the end.
    int byteAt(qsizetype at)
    {
        return at < m_buffer.size() ? uchar(m_buffer.constData()[at]) : byteAfterBuffer(at);
    }
    bool startsWith(qsizetype at, const char *literal);
    // What the buffer holds now; readMore() appends the next block of the device, false at its end.
    const char *data() const { return m_buffer.constData(); }
    qsizetype size() const { return m_buffer.size(); }
    QByteArrayView view(qsizetype at, qsizetype length) const { return {m_buffer.constData() + at, length}; }
    QByteArray mid(qsizetype at, qsizetype length) const { return m_buffer.mid(at, length); }
    bool readMore();
    bool deviceDone() const { return m_deviceDone; }
    // Whether a byte read so far is not UTF-8; the bytes are checked up to checked().
    bool badEncoding() const { return m_badEncoding; }
    qsizetype checked() const { return m_checked; }

    // Drops the bytes before `at`, all read: offsets then count from there.
    void dropBefore(qsizetype at);
    // The line (from 1) and the column (from 0, in bytes) of `at`, counted in the document read again
    // from its start: errors are rare, and counting lines as the scanner goes would cost every document.
    std::pair<qint64, qint64> lineAndColumn(qsizetype at);

private:
    int byteAfterBuffer(qsizetype at);
    void checkEncoding();

    QIODevice &m_device;
    QByteArray m_buffer;
    qint64 m_origin = 0;  // where the document starts in the device
    qint64 m_dropped = 0; // bytes dropped from the buffer's front so far
    bool m_deviceDone = false;
    qsizetype m_checked = 0; // the buffer is UTF-8 up to here
    bool m_badEncoding = false;
};

} // namespace Clearance
