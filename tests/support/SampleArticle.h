#pragma once

#include "domain/Article.h"
#include "ingest/SeedTextParser.h"

#include <QFile>

// Titles of the bundled sample articles the tests name.
inline const QString kFrancophonePca =
    QStringLiteral("WCO Introduces Certification for Postclearance Audits in Francophone Africa");
inline const QString kBelgium =
    QStringLiteral("Belgium WCO Train Francophone Africa to Boost Customs Capacity");
inline const QString kGuatemala = QStringLiteral("WCO Aids Guatemala in Boosting Trade for Economic Growth");
inline const QString kPartnership = QStringLiteral("WTO and WCO Forge Partnership to Modernize Global Trade");

// One article of the bundled sample, by title, with the link, source and date a feed would give it.
inline Clearance::Article sampleArticle(const QString &title)
{
    QFile file(QStringLiteral(":/sample/wco-news.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto articles = Clearance::SeedTextParser::parse(QString::fromUtf8(file.readAll()));
    if (!articles)
        return {};
    for (Clearance::Article a : *articles) {
        if (a.title == title) {
            a.url = QStringLiteral("https://www.wcoomd.org/en/media/newsroom/guatemala.aspx");
            a.source = QStringLiteral("WCO News");
            a.published = QDateTime(QDate(2024, 3, 5), QTime(10, 0), Qt::UTC);
            return a;
        }
    }
    return {};
}

// Writes `bytes` to `name` in `dir`; the path, or an empty string when it could not be written.
inline QString writeTestFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}
