#include "TestLibrary.h"
#include "tagging/Tagger.h"

#include <QTest>

using namespace Clearance;

// From mentions to tags, on the fixture taxonomy: regions named, regions within which they lie,
// and the groups the countries belong to.
class TestTagger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tags_data();
    void tags();

private:
    std::unique_ptr<Tagger> m_tagger;
};

void TestTagger::initTestCase()
{
    Result<Taxonomy> taxonomy = Taxonomy::load(fixtureTaxonomyFiles());
    QVERIFY2(taxonomy.ok(), qPrintable(taxonomy.error()));
    m_tagger = std::make_unique<Tagger>(std::move(taxonomy.value()));
}

void TestTagger::tags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<QStringList>("organizations");

    QTest::newRow("a country brings its groups, not named groups (ECOWAS)")
        << QStringLiteral("Customs officers in Mali met.")
        << QStringList{QStringLiteral("africa"), QStringLiteral("francophone-africa"), QStringLiteral("lldc")}
        << QStringList{QStringLiteral("ML")} << QStringList{};
    QTest::newRow("a named group counts")
        << QStringLiteral("ECOWAS ministers met.") << QStringList{QStringLiteral("ecowas")} << QStringList{}
        << QStringList{};
    QTest::newRow("a named region brings the region it lies within")
        << QStringLiteral("Training for Francophone Africa.")
        << QStringList{QStringLiteral("africa"), QStringLiteral("francophone-africa")} << QStringList{}
        << QStringList{};
    QTest::newRow("a national body brings its country and its groups")
        << QStringLiteral("Jordan Customs translated the guide.") << QStringList{}
        << QStringList{QStringLiteral("JO")} << QStringList{QStringLiteral("jo-customs")};
    QTest::newRow("an unlisted national body by pattern")
        << QStringLiteral("The Customs Administration of Nepal said.") << QStringList{QStringLiteral("lldc")}
        << QStringList{QStringLiteral("NP")} << QStringList{QStringLiteral("customs-np")};
    QTest::newRow("nothing") << QStringLiteral("Nothing to see.") << QStringList{} << QStringList{}
                             << QStringList{};
}

void TestTagger::tags()
{
    QFETCH(QString, text);
    QFETCH(QStringList, regions);
    QFETCH(QStringList, countries);
    QFETCH(QStringList, organizations);
    Article article;
    article.title = QStringLiteral("Headline");
    article.body = text;
    const TagSet set = m_tagger->tag(article);
    QCOMPARE(set.values(FacetKind::Region), regions);
    QCOMPARE(set.values(FacetKind::Country), countries);
    QCOMPARE(set.values(FacetKind::Organization), organizations);
    QCOMPARE(m_tagger->label(FacetKind::Organization, QStringLiteral("customs-np")),
             QStringLiteral("Nepal Customs"));
}

QTEST_GUILESS_MAIN(TestTagger)
#include "tst_tagger.moc"
