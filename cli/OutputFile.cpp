#include "OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace Clearance {

namespace {

// A file's path with its folder resolved: two names of one file compare equal even when the file does
// not exist yet (the library's -wal appears only while it is open).
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

} // namespace

OutputFile::OutputFile(QString path, bool force)
    : m_path(std::move(path))
    , m_force(force)
{}

OutputFile::~OutputFile() = default;

bool OutputFile::isStandardOutput() const
{
    return m_path == QLatin1String("-");
}

Status OutputFile::check(const QString &libraryPath) const
{
    if (isStandardOutput()) {
        if (::isatty(STDOUT_FILENO))
            return Status::failure(QCoreApplication::translate(
                "clearance-cli",
                "Standard output is a terminal; redirect it to a file or a program to receive the PDF."));
        return {};
    }
    const QString shown = QDir::toNativeSeparators(m_path);
    // The library under the name given and under its real name (SQLite keeps -wal and -shm beside the
    // file a link points to).
    QStringList library;
    for (const QString &base : {resolved(libraryPath), QFileInfo(libraryPath).canonicalFilePath()}) {
        if (base.isEmpty())
            continue;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            library.append(base + QLatin1String(suffix));
    }
    const QString target = resolved(m_path);
    const QString canonical = QFileInfo(m_path).canonicalFilePath();
    if (library.contains(target) || (!canonical.isEmpty() && library.contains(canonical)))
        return Status::failure(QCoreApplication::translate("clearance-cli",
                                                           "%1 is the library or one of its files; choose "
                                                           "another file for the PDF. Nothing was written.")
                                   .arg(shown));
    const QFileInfo info(m_path);
    if (info.isSymLink())
        return Status::failure(
            QCoreApplication::translate(
                "clearance-cli",
                "%1 is a symbolic link; give the path of the file itself. Nothing was written.")
                .arg(shown));
    if (info.isDir())
        return Status::failure(
            QCoreApplication::translate("clearance-cli",
                                        "%1 is a folder; give the path of a file. Nothing was written.")
                .arg(shown));
    if (info.exists() && !info.isFile())
        return Status::failure(
            QCoreApplication::translate(
                "clearance-cli",
                "%1 is not a regular file; use --output - to write to standard output. Nothing was written.")
                .arg(shown));
    if (info.exists() && info.size() > 0 && !m_force) {
        QFile existing(m_path);
        const bool pdf = existing.open(QIODevice::ReadOnly) && existing.read(5) == "%PDF-";
        if (!pdf)
            return Status::failure(
                QCoreApplication::translate(
                    "clearance-cli",
                    "%1 exists and is not a PDF; add --force to replace it. Nothing was written.")
                    .arg(shown));
    }
    return {};
}

Result<QString> OutputFile::prepare()
{
    using R = Result<QString>;
    // Beside the target, so that the rename stays on one file system; private (0700), so that nobody
    // can put a link where the PDF is being written.
    const QString folder = isStandardOutput() ? QDir::tempPath() : QFileInfo(m_path).absolutePath();
    m_folder = std::make_unique<QTemporaryDir>(folder + QStringLiteral("/.clearance-export-XXXXXX"));
    if (!m_folder->isValid())
        return R::failure(QCoreApplication::translate("clearance-cli",
                                                      "Cannot write %1: the folder %2 cannot be written to.")
                              .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(folder)));
    m_written = m_folder->filePath(QStringLiteral("pack.pdf"));
    return m_written;
}

Status OutputFile::commit()
{
    if (isStandardOutput()) {
        QFile in(m_written);
        QFile out;
        if (!in.open(QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
            return Status::failure(
                QCoreApplication::translate("clearance-cli",
                                            "The PDF could not be written to standard output: %1.")
                    .arg(in.errorString()));
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 16);
            if (chunk.isEmpty() || out.write(chunk) != chunk.size())
                return Status::failure(
                    QCoreApplication::translate("clearance-cli",
                                                "The PDF could not be written to standard output: %1.")
                        .arg(out.errorString()));
        }
        out.flush();
        return {};
    }
    // rename(2) replaces whatever has the name, a link included, and never writes through it; QFile::rename
    // would refuse an existing file.
    if (std::rename(QFile::encodeName(m_written).constData(), QFile::encodeName(m_path).constData()) != 0)
        return Status::failure(
            QCoreApplication::translate("clearance-cli", "Cannot write %1: %2.")
                .arg(QDir::toNativeSeparators(m_path), QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

} // namespace Clearance
