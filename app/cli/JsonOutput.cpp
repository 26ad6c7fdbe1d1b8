#include "JsonOutput.h"

#include <QJsonDocument>

namespace Clearance {

QJsonObject JsonOutput::summary(const ArticleSummary &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("published"), isoDate(s.published)},
        {QStringLiteral("source"), s.source},
        {QStringLiteral("regions"), QJsonArray::fromStringList(s.regions)},
        {QStringLiteral("initiatives"), QJsonArray::fromStringList(s.initiatives)},
        {QStringLiteral("organizations"), QJsonArray::fromStringList(s.organizations)},
        {QStringLiteral("countries"), QJsonArray::fromStringList(s.countries)},
    };
}

QString JsonOutput::isoDate(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

void JsonOutput::print(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString JsonOutput::tsvField(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace Clearance
