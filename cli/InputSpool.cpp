#include "InputSpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace Clearance {

bool InputSpool::isStream(const QString &argument)
{
    if (argument == QLatin1String("-"))
        return true;
    const QFileInfo info(argument);
    return info.exists() && !info.isFile() && !info.isDir();
}

Result<QString> InputSpool::spool(const QString &argument)
{
    using R = Result<QString>;
    if (!m_folder.isValid())
        return R::failure(QCoreApplication::translate(
                              "clearance-cli", "%1 could not be read: no temporary file could be made (%2).")
                              .arg(argument, m_folder.errorString()));
    const bool standardInput = argument == QLatin1String("-");
    QFile in(argument);
    if (standardInput ? !in.open(STDIN_FILENO, QIODevice::ReadOnly) : !in.open(QIODevice::ReadOnly))
        return R::failure(QCoreApplication::translate("clearance-cli", "%1 could not be read: %2.")
                              .arg(argument, in.errorString()));
    // A folder of its own per input: two streams of one name ("-" twice, or two /dev/fd/63) do not mix.
    const QString folder = m_folder.filePath(QString::number(++m_count));
    const QString name = standardInput ? QStringLiteral("stdin") : QFileInfo(argument).fileName();
    QFile out(folder + QLatin1Char('/') + name);
    if (!QDir().mkpath(folder) || !out.open(QIODevice::WriteOnly))
        return R::failure(QCoreApplication::translate(
                              "clearance-cli", "%1 could not be read: no temporary file could be made (%2).")
                              .arg(argument, out.errorString()));
    qint64 total = 0;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(chunk.data(), chunk.size());
        if (n < 0)
            return R::failure(QCoreApplication::translate("clearance-cli", "%1 could not be read: %2.")
                                  .arg(argument, in.errorString()));
        if (n == 0)
            break;
        total += n;
        if (total > kMaxBytes)
            return R::failure(
                QCoreApplication::translate("clearance-cli",
                                            "%1 gives more than %2 MB; save it to a file and import that.")
                    .arg(argument)
                    .arg(kMaxBytes / (1024 * 1024)));
        if (out.write(chunk.constData(), n) != n)
            return R::failure(
                QCoreApplication::translate("clearance-cli",
                                            "%1 could not be read: no temporary file could be made (%2).")
                    .arg(argument, out.errorString()));
    }
    out.close();
    return out.fileName();
}

} // namespace Clearance
