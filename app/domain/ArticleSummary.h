#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Clearance {

// One row of the article list: what the list and `clearance-cli list` show, without the body.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QDateTime published;
    QString source;
    bool read = false;
    bool starred = false;
    QStringList regions;
    QStringList initiatives;
    QStringList organizations;
    QStringList countries;
};

} // namespace Clearance
