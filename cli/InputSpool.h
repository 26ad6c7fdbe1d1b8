#pragma once

#include "domain/Result.h"

#include <QString>
#include <QTemporaryDir>

namespace Clearance {

// Inputs that can be read only once (standard input as "-", a pipe such as bash's <(...), a FIFO, a
// character device): the importer opens a file twice, checks before it imports, and peeks at its
// start, so such an input is copied once to a private temporary file, up to kMaxBytes.
class InputSpool final
{
public:
    static constexpr qint64 kMaxBytes = qint64(512) * 1024 * 1024;

    InputSpool() = default;
    Q_DISABLE_COPY_MOVE(InputSpool)

    // "-", or a path that exists and is neither a regular file nor a folder.
    static bool isStream(const QString &argument);
    // Reads the stream to its end into a file of the same name (the import names the articles'
    // source after it; "stdin" for "-") and returns that file's path.
    Result<QString> spool(const QString &argument);

private:
    QTemporaryDir m_folder;
    int m_count = 0;
};

} // namespace Clearance
