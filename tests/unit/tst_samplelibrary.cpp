#include "SampleArticle.h"
#include "TestLibrary.h"
#include "service/Importer.h"
#include "service/SampleLibrary.h"
#include "tagging/Tagger.h"

#include <QTest>

using namespace Clearance;

// What a new user's library must give: the bundled sample articles tagged with the real taxonomy.
class TestSampleLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hasTenArticlesAndReimportAddsNone();
    void filters_data();
    void filters();
    void everyArticleCarriesTheWco();
    void searches_data();
    void searches();
    void mentionsInTheArticles_data();
    void mentionsInTheArticles();

private:
    QStringList titles(FacetKind kind, const QString &key, const QString &search = {}) const;
    std::unique_ptr<TestLibrary> m_library;
};

namespace {
const QString kVirtual = QStringLiteral("WCO Guide Aids Customs Agencies in Adopting Virtual Training");
const QString kArabicPca = QStringLiteral("WCO Publishes Arabic PCA Guidelines to Enhance Trade Compliance");
const QString kChina = QStringLiteral("China Customs Advances Global Trade Via WCO Revenue Plan");
const QString kHandbook = QStringLiteral("WCO Handbook Advances Smart Customs and Supply Chain Security");
const QString kIppc = QStringLiteral("WCO IPPC Align Trade Facilitation with Plant Health Rules");
const QString kLandlocked = QStringLiteral("WCO Enhances Trade Aid for Landlocked Nations During Pandemic");
} // namespace

void TestSampleLibrary::initTestCase()
{
    m_library = std::make_unique<TestLibrary>();
    Importer importer(*m_library->store, Tagger::standard());
    const auto report = SampleLibrary::populate(importer);
    QVERIFY2(report.ok(), qPrintable(report.error()));
}

QStringList TestSampleLibrary::titles(FacetKind kind, const QString &key, const QString &search) const
{
    ArticleFilter filter;
    if (!key.isEmpty())
        filter.values(kind) = {key};
    filter.search = search;
    QStringList out;
    const auto rows = m_library->store->listArticles(filter, ListPage::all());
    if (!rows)
        return {rows.error()};
    for (const ArticleSummary &s : *rows)
        out.append(s.title);
    out.sort();
    return out;
}

void TestSampleLibrary::hasTenArticlesAndReimportAddsNone()
{
    QCOMPARE(*m_library->store->countArticles(), 10);
    Importer importer(*m_library->store, Tagger::standard());
    const auto again = SampleLibrary::populate(importer);
    QVERIFY(again.ok());
    QCOMPARE(again->added, 0);
    QCOMPARE(*m_library->store->countArticles(), 10);
}

void TestSampleLibrary::filters_data()
{
    QTest::addColumn<FacetKind>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("exactly"); // false: the expected titles must be among the results

    auto row = [](const char *name, FacetKind kind, const char *key, QStringList expected, bool exactly) {
        expected.sort();
        QTest::newRow(name) << kind << QString::fromLatin1(key) << expected << exactly;
    };
    row("region francophone-africa", FacetKind::Region, "francophone-africa", {kFrancophonePca, kBelgium},
        true);
    row("region lldc", FacetKind::Region, "lldc", {kLandlocked}, true);
    row("region arab-states", FacetKind::Region, "arab-states", {kArabicPca}, false);
    row("region latin-america-caribbean", FacetKind::Region, "latin-america-caribbean", {kGuatemala}, false);
    row("region asia-pacific", FacetKind::Region, "asia-pacific", {kChina}, false);
    row("region europe", FacetKind::Region, "europe", {kBelgium}, false);
    row("initiative pca", FacetKind::Initiative, "pca", {kArabicPca, kFrancophonePca}, true);
    row("initiative mercator", FacetKind::Initiative, "mercator", {kGuatemala}, true);
    row("initiative revenue-package", FacetKind::Initiative, "revenue-package", {kChina}, true);
    row("initiative plant-health", FacetKind::Initiative, "plant-health", {kIppc}, true);
    row("initiative e-learning", FacetKind::Initiative, "e-learning", {kVirtual}, true);
    row("initiative covid-19", FacetKind::Initiative, "covid-19", {kPartnership, kLandlocked}, true);
    row("initiative data-analytics", FacetKind::Initiative, "data-analytics", {kHandbook}, false);
    row("organization ippc", FacetKind::Organization, "ippc", {kIppc}, true);
    row("organization wto", FacetKind::Organization, "wto", {kPartnership}, true);
}

void TestSampleLibrary::filters()
{
    QFETCH(FacetKind, kind);
    QFETCH(QString, key);
    QFETCH(QStringList, expected);
    QFETCH(bool, exactly);
    const QStringList got = titles(kind, key);
    if (exactly) {
        QCOMPARE(got, expected);
    } else {
        for (const QString &title : expected)
            QVERIFY2(got.contains(title),
                     qPrintable(title + QStringLiteral(" missing from ") + got.join(QLatin1String("; "))));
    }
}

void TestSampleLibrary::everyArticleCarriesTheWco()
{
    QCOMPARE(titles(FacetKind::Organization, QStringLiteral("wco")).size(), 10);
}

void TestSampleLibrary::searches_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QStringList pca{kArabicPca, kFrancophonePca};
    pca.sort();
    QTest::newRow("accents ignored") << QStringLiteral("guatémala") << QStringList{kGuatemala};
    QTest::newRow("two words") << QStringLiteral("post clearance") << pca;
    QTest::newRow("hostile text is no error")
        << QStringLiteral("WCO\" OR (") << titles(FacetKind::Region, {}, QStringLiteral("WCO"));
}

void TestSampleLibrary::searches()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    QCOMPARE(titles(FacetKind::Region, {}, search), expected);
}

void TestSampleLibrary::mentionsInTheArticles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    auto row = [](const QString &title, const char *text, const char *id) {
        QTest::newRow(text) << title << QString::fromUtf8(text) << QString::fromLatin1(id);
    };
    row(kPartnership, "World Trade Organization", "wto");
    row(kPartnership, "WTO", "wto");
    row(kPartnership, "World Customs Organization", "wco");
    row(kPartnership, "WCO", "wco");
    row(kArabicPca, "Jordan Customs", "jo-customs");
    row(kChina, "China Customs", "cn-gacc");
    row(kBelgium, "Belgian Customs Academy", "belgian-customs-school");
    row(kGuatemala, "Tax Administration", "gt-sat");
    row(kGuatemala, "SAT", "gt-sat");
    row(kIppc, "International Plant Protection Convention", "ippc");
    row(kIppc, "IPPC", "ippc");
}

void TestSampleLibrary::mentionsInTheArticles()
{
    QFETCH(QString, title);
    QFETCH(QString, text);
    QFETCH(QString, id);
    ArticleFilter filter;
    filter.search = QLatin1Char('"') + title + QLatin1Char('"');
    const auto rows = m_library->store->listArticles(filter, ListPage::all());
    QVERIFY(rows.ok() && !rows->isEmpty());
    const Article article = *m_library->store->article(rows->first().id);
    const QString full = Tagger::textOf(article);
    const auto matches = Tagger::standard()->matcher().match(full, article.language);
    bool found = false;
    for (const Mention &m : matches.mentions) {
        if (m.kind == FacetKind::Organization && full.mid(m.start, m.length) == text) {
            QCOMPARE(m.id, id);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(text + QStringLiteral(" is not an organization mention")));
}

QTEST_GUILESS_MAIN(TestSampleLibrary)
#include "tst_samplelibrary.moc"
