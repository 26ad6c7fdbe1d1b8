#pragma once

#include "TestLibrary.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTest>
#include <QTime>

#include <memory>

// The store's tests run on hand-made tags, so filters and counts are checked against known answers:
// four articles, A to D, a day apart. A base of the test classes so that their bodies read as one.
class ArticleStoreFixture
{
protected:
    static Clearance::TaggedArticle make(const QString &title, const QStringList &regions,
                                         const QStringList &initiatives, const QStringList &orgs, int day)
    {
        using namespace Clearance;
        TaggedArticle t;
        t.article.guid = QStringLiteral("guid-") + title;
        t.article.title = title;
        t.article.body = QStringLiteral("Body of ") + title + QStringLiteral(" about customs in Guatémala.");
        t.article.published = QDateTime(QDate(2024, 1, day), QTime(12, 0), Qt::UTC);
        t.article.imported = QDateTime::currentDateTimeUtc();
        t.tags.values(FacetKind::Region) = regions;
        t.tags.values(FacetKind::Initiative) = initiatives;
        t.tags.values(FacetKind::Organization) = orgs;
        return t;
    }

    // A fresh library with the four articles: a test class's init().
    void openLibrary()
    {
        using namespace Clearance;
        m_library = std::make_unique<TestLibrary>();
        const QList<TaggedArticle> articles{
            make(QStringLiteral("A"), {QStringLiteral("lldc"), QStringLiteral("africa")},
                 {QStringLiteral("pca")}, {QStringLiteral("wco")}, 1),
            make(QStringLiteral("B"), {QStringLiteral("europe")},
                 {QStringLiteral("pca"), QStringLiteral("aeo")},
                 {QStringLiteral("wco"), QStringLiteral("wto")}, 2),
            make(QStringLiteral("C"), {QStringLiteral("africa")}, {QStringLiteral("aeo")},
                 {QStringLiteral("wto")}, 3),
            make(QStringLiteral("D"), {}, {}, {QStringLiteral("wco")}, 4),
        };
        const auto report = m_library->store->addArticles(articles, {});
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->added, 4);
    }

    QStringList titles(const Clearance::ArticleFilter &filter) const
    {
        using namespace Clearance;
        QStringList out;
        const auto rows = m_library->store->listArticles(filter, ListPage::all());
        if (!rows)
            return {QStringLiteral("error: ") + rows.error()};
        for (const ArticleSummary &s : *rows)
            out.append(s.title);
        return out;
    }

    std::unique_ptr<TestLibrary> m_library;
};
