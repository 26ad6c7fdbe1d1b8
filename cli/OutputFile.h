#pragma once

#include "domain/Result.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Clearance {

// The file export-pdf writes, or standard output for "-". Nothing is written over what the user did
// not name: the library and its -wal/-shm, a symbolic link, or an existing file that is not a PDF
// (unless forced) are refused before anything is written; the PDF is written whole in a private
// folder beside the target and renamed into place, which replaces the name and never follows a link.
class OutputFile final
{
public:
    OutputFile(QString path, bool force);
    Q_DISABLE_COPY_MOVE(OutputFile)
    ~OutputFile();

    bool isStandardOutput() const;
    // Refuses what may not be written; `libraryPath` is the open library.
    Status check(const QString &libraryPath) const;
    // The path to write the complete file to, inside a private temporary folder.
    Result<QString> prepare();
    // Moves the written file to its name, or copies it to standard output.
    Status commit();

private:
    QString m_path;
    bool m_force = false;
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_written;
};

} // namespace Clearance
