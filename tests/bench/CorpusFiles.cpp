#include "CorpusFiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QXmlStreamWriter>

namespace Clearance::Bench {

bool writeRssFeed(const QString &path, const QList<Article> &articles)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QXmlStreamWriter xml(&file);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("rss"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    xml.writeStartElement(QStringLiteral("channel"));
    xml.writeTextElement(QStringLiteral("title"), QStringLiteral("Synthetic customs news"));
    xml.writeTextElement(QStringLiteral("link"), QStringLiteral("https://bench.example/"));
    const QLocale c = QLocale::c();
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Article &a = articles.at(i);
        xml.writeStartElement(QStringLiteral("item"));
        xml.writeTextElement(QStringLiteral("title"), a.title);
        xml.writeTextElement(QStringLiteral("link"), QStringLiteral("https://bench.example/a/%1").arg(i));
        xml.writeTextElement(QStringLiteral("guid"), QStringLiteral("https://bench.example/a/%1").arg(i));
        xml.writeTextElement(QStringLiteral("pubDate"),
                             c.toString(a.published.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) +
                                 QStringLiteral(" GMT"));
        if (!a.language.isEmpty())
            xml.writeTextElement(QStringLiteral("http://purl.org/dc/elements/1.1/"),
                                 QStringLiteral("language"), a.language);
        // Paragraphs as HTML, escaped by the writer as feeds escape it.
        QString html;
        for (const QString &p : a.body.split(QStringLiteral("\n\n")))
            html += QStringLiteral("<p>") + p.toHtmlEscaped() + QStringLiteral("</p>");
        xml.writeTextElement(QStringLiteral("description"), html);
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return !xml.hasError() && file.error() == QFile::NoError;
}

bool writeTextLayout(const QString &path, const QList<Article> &articles)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const Article &a : articles) {
        const QByteArray title = a.title.toUtf8();
        file.write(title + "\n\n" + title + "\n\n" + a.body.toUtf8() + "\n\n");
    }
    return file.error() == QFile::NoError;
}

bool writeJsonArray(const QString &path, const QList<Article> &articles)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write("[\n");
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Article &a = articles.at(i);
        const QJsonObject o{{QStringLiteral("id"), QStringLiteral("https://bench.example/a/%1").arg(i)},
                            {QStringLiteral("title"), a.title},
                            {QStringLiteral("body"), a.body},
                            {QStringLiteral("url"), QStringLiteral("https://bench.example/a/%1").arg(i)},
                            {QStringLiteral("published"), a.published.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("source"), QStringLiteral("Synthetic customs news")},
                            {QStringLiteral("language"), a.language}};
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        file.write(i + 1 < articles.size() ? ",\n" : "\n");
    }
    file.write("]\n");
    return file.error() == QFile::NoError;
}

} // namespace Clearance::Bench
