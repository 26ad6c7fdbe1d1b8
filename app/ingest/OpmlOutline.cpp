#include "OpmlOutline.h"

namespace Clearance {

QString OpmlOutline::folderPath(const QStringList &names)
{
    QString path;
    for (const QString &name : names) {
        if (!path.isEmpty())
            path += QLatin1Char('/');
        for (const QChar c : name) {
            if (c == QLatin1Char('/') || c == QLatin1Char('\\'))
                path += QLatin1Char('\\');
            path += c;
        }
    }
    return path;
}

QStringList OpmlOutline::folderNames(QStringView path)
{
    QStringList names;
    if (path.isEmpty())
        return names;
    QString name;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('\\') && i + 1 < path.size()) {
            name += path.at(++i);
        } else if (c == QLatin1Char('/')) {
            names.append(std::exchange(name, {}));
        } else {
            name += c;
        }
    }
    names.append(name);
    return names;
}

} // namespace Clearance
