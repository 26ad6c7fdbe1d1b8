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
    QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    // QJsonDocument escapes U+0000-U+001F but writes DEL and the C1 controls (U+0080-U+009F) as they
    // are, and a terminal obeys C1 controls (U+009B starts a sequence as ESC [ does). Outside strings
    // JSON is ASCII, so each one is inside a string, where \u escapes keep the value.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
            const QString escaped = QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            text.replace(i, 1, escaped);
            i += escaped.size() - 1;
        }
    }
    out << text;
}

QString JsonOutput::tsvField(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace Clearance
