#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>

namespace Clearance {

// Standard output or error as the command line writes text to it. Every byte passes through
// escape(), so no printer can forget it: a title, a path or an argument holding ESC, BEL or a C1
// control cannot move the cursor, retitle the window or ring the bell. JSON output passes unchanged
// (JsonOutput escapes every control character itself).
class TerminalOutput final : public QIODevice
{
public:
    // `fd`: STDOUT_FILENO or STDERR_FILENO.
    explicit TerminalOutput(int fd);
    Q_DISABLE_COPY_MOVE(TerminalOutput)
    ~TerminalOutput() override;

    bool isSequential() const override { return true; }

    // UTF-8 text with every C0 control but tab and line feed, DEL and every C1 control made visible:
    // C0 and DEL as their Control Pictures (U+2400-U+2421: ESC is U+241B), C1 as "\u0080"-style
    // escapes. `text` must not end inside a character.
    static QByteArray escape(QByteArrayView text);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QFile m_file;
    QByteArray m_pending; // a character's first byte, the rest of which comes with the next write
};

} // namespace Clearance
