#pragma once

#include "domain/ArticleSummary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace Clearance {

// Shared shapes of the command line's JSON and TSV output.
class JsonOutput final
{
public:
    static QJsonObject summary(const ArticleSummary &s);
    static QString isoDate(const QDateTime &dt);
    static void print(QTextStream &out, const QJsonValue &value);
    // Tabs and line breaks would break a TSV row.
    static QString tsvField(QString text);
};

} // namespace Clearance
