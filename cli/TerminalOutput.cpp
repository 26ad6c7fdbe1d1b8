#include "TerminalOutput.h"

namespace Clearance {

TerminalOutput::TerminalOutput(int fd)
{
    m_file.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered);
    open(QIODevice::WriteOnly);
}

TerminalOutput::~TerminalOutput()
{
    if (!m_pending.isEmpty())
        m_file.write(escape(m_pending));
}

QByteArray TerminalOutput::escape(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7f) {
            // U+2400 + byte (U+2421 for DEL), in UTF-8: E2 90 80+.
            const unsigned char picture = byte == 0x7f ? 0xa1 : static_cast<unsigned char>(0x80 + byte);
            out.append(char(0xe2)).append(char(0x90)).append(static_cast<char>(picture));
        } else if (byte == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xa0) {
            // U+0080-U+009F are C2 80-C2 9F in UTF-8.
            out.append("\\u00").append(
                QByteArray::number(static_cast<unsigned char>(text[++i]), 16).toUpper());
        } else {
            out.append(static_cast<char>(byte));
        }
    }
    return out;
}

qint64 TerminalOutput::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalOutput::writeData(const char *data, qint64 size)
{
    QByteArray text = m_pending + QByteArray(data, size);
    m_pending.clear();
    // A C1 control's lead byte may end one write and its second byte start the next.
    if (text.endsWith(char(0xc2))) {
        m_pending = text.right(1);
        text.chop(1);
    }
    const QByteArray escaped = escape(text);
    if (m_file.write(escaped) != escaped.size())
        return -1;
    return size;
}

} // namespace Clearance
