#include "TestLibrary.h"
#include "tagging/EntityMatcher.h"

#include <QTest>

using namespace Clearance;

// The matcher's rules on a small fixture taxonomy (tests/data/taxonomy), so each rule is tested by
// itself whatever the real taxonomy holds.
class TestEntityMatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void finds_data();
    void finds();
    void offsetsPointAtTheText();

private:
    std::unique_ptr<EntityMatcher> m_matcher;
};

namespace {
// "kind:id=text" for each mention, in text order.
QStringList describe(const EntityMatcher::Matches &matches, const QString &text)
{
    QStringList out;
    for (const Mention &m : matches.mentions)
        out.append(facetKindName(m.kind).left(3) + QLatin1Char(':') + m.id + QLatin1Char('=') +
                   text.mid(m.start, m.length));
    return out;
}
} // namespace

void TestEntityMatcher::initTestCase()
{
    Result<Taxonomy> taxonomy = Taxonomy::load(fixtureTaxonomyFiles());
    QVERIFY2(taxonomy.ok(), qPrintable(taxonomy.error()));
    m_matcher = std::make_unique<EntityMatcher>(std::move(taxonomy.value()));
}

void TestEntityMatcher::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("name and acronym are two mentions")
        << QStringLiteral("The World Customs Organization (WCO) met.") << QString()
        << QStringList{QStringLiteral("org:wco=World Customs Organization"), QStringLiteral("org:wco=WCO")};
    QTest::newRow("names ignore case and accents")
        << QStringLiteral("the WORLD customs organisation in guatémala") << QString()
        << QStringList{QStringLiteral("org:wco=WORLD customs organisation"),
                       QStringLiteral("cou:GT=guatémala")};
    QTest::newRow("acronyms are case-sensitive")
        << QStringLiteral("wco and Wco but WCO") << QString() << QStringList{QStringLiteral("org:wco=WCO")};
    QTest::newRow("whole words only")
        << QStringLiteral("WCOs? no: WCOX and Malian, Somalia, Malinese") << QString()
        << QStringList{QStringLiteral("org:wco=WCOs"), QStringLiteral("cou:ML=Malian")};
    QTest::newRow("straight and curly possessives")
        << QStringLiteral("the WCO's and the WCO’s plans") << QString()
        << QStringList{QStringLiteral("org:wco=WCO"), QStringLiteral("org:wco=WCO")};
    QTest::newRow("longest match first: Hong Kong, China is not China")
        << QStringLiteral("Customs of Hong Kong, China and China") << QString()
        << QStringList{QStringLiteral("cou:HK=Hong Kong, China"), QStringLiteral("cou:CN=China")};
    QTest::newRow("country name that is a common word needs a capital")
        << QStringLiteral("fine china from Jordan, not jordan") << QString()
        << QStringList{QStringLiteral("cou:JO=Jordan")};
    QTest::newRow("ambiguous acronym without context is dropped")
        << QStringLiteral("Students took the SAT on Saturday.") << QString() << QStringList{};
    QTest::newRow("ambiguous acronym resolved by the country")
        << QStringLiteral("In Guatemala, the SAT collects taxes.") << QString()
        << QStringList{QStringLiteral("cou:GT=Guatemala"), QStringLiteral("org:gt-sat=SAT")};
    QTest::newRow("same acronym, another country")
        << QStringLiteral("Mexico's SAT audits importers.") << QString()
        << QStringList{QStringLiteral("cou:MX=Mexico"), QStringLiteral("org:mx-sat=SAT")};
    QTest::newRow("possessive pattern: country and body, then the acronym")
        << QStringLiteral("support to Guatemala's Tax Administration (SAT) today") << QString()
        << QStringList{QStringLiteral("cou:GT=Guatemala"), QStringLiteral("org:gt-sat=Tax Administration"),
                       QStringLiteral("org:gt-sat=SAT")};
    QTest::newRow("acronym defined in the text is reused")
        << QStringLiteral("the Customs Administration of Nepal (DoC) said. Later the DoC added.") << QString()
        << QStringList{QStringLiteral("org:customs-np=Customs Administration of Nepal"),
                       QStringLiteral("cou:NP=Nepal"), QStringLiteral("org:customs-np=DoC"),
                       QStringLiteral("org:customs-np=DoC")};
    QTest::newRow("listed national body by alias")
        << QStringLiteral("Jordan Customs translated it.") << QString()
        << QStringList{QStringLiteral("org:jo-customs=Jordan Customs"), QStringLiteral("cou:JO=Jordan")};
    QTest::newRow("national body by pattern, name")
        << QStringLiteral("Nepal Customs and Senegal Customs") << QString()
        << QStringList{QStringLiteral("org:customs-np=Nepal Customs"), QStringLiteral("cou:NP=Nepal"),
                       QStringLiteral("org:customs-sn=Senegal Customs"), QStringLiteral("cou:SN=Senegal")};
    QTest::newRow("national body by pattern, demonym; language name only in patterns")
        << QStringLiteral("French Customs met French-speaking officers") << QString()
        << QStringList{QStringLiteral("org:customs-fr=French Customs"), QStringLiteral("cou:FR=French")};
    QTest::newRow("French pattern with contraction")
        << QStringLiteral("la Direction générale des douanes du Sénégal et la douane sénégalaise")
        << QStringLiteral("fr")
        << QStringList{QStringLiteral("org:customs-sn=Direction générale des douanes du Sénégal"),
                       QStringLiteral("cou:SN=Sénégal"), QStringLiteral("org:customs-sn=douane sénégalaise"),
                       QStringLiteral("cou:SN=sénégalaise")};
    QTest::newRow("Spanish pattern")
        << QStringLiteral("la Dirección General de Aduanas de Guatemala") << QStringLiteral("es")
        << QStringList{QStringLiteral("org:gt-sat=Dirección General de Aduanas de Guatemala"),
                       QStringLiteral("cou:GT=Guatemala")};
    QTest::newRow("language-only acronym in its language")
        << QStringLiteral("l'OMD et l'OMC") << QStringLiteral("fr")
        << QStringList{QStringLiteral("org:wco=OMD"), QStringLiteral("org:wto=OMC")};
    QTest::newRow("language-only acronym elsewhere")
        << QStringLiteral("OMD and OMC") << QStringLiteral("en") << QStringList{};
    QTest::newRow("region phrase and plural acronym")
        << QStringLiteral("landlocked developing countries (LLDCs) and Francophone African states")
        << QString()
        << QStringList{QStringLiteral("reg:lldc=landlocked developing countries"),
                       QStringLiteral("reg:lldc=LLDCs"),
                       QStringLiteral("reg:francophone-africa=Francophone African")};
    QTest::newRow("ambiguous region acronym needs context")
        << QStringLiteral("ESA launched a rocket.") << QString() << QStringList{};
    QTest::newRow("ambiguous region acronym in context")
        << QStringLiteral("The WCO ESA region met.") << QString()
        << QStringList{QStringLiteral("org:wco=WCO"), QStringLiteral("reg:wco-esa=ESA")};
    QTest::newRow("one weak keyword is not enough")
        << QStringLiteral("The pandemic was mentioned once.") << QString() << QStringList{};
    QTest::newRow("two weak keywords tag")
        << QStringLiteral("The pandemic delayed vaccine shipments.") << QString()
        << QStringList{QStringLiteral("ini:covid-19=pandemic"), QStringLiteral("ini:covid-19=vaccine")};
    QTest::newRow("a strong keyword tags")
        << QStringLiteral("Post-Clearance Audit (PCA) guidelines") << QString()
        << QStringList{QStringLiteral("ini:pca=Post-Clearance Audit"), QStringLiteral("ini:pca=PCA")};
    QTest::newRow("longest initiative phrase wins")
        << QStringLiteral("the Mercator Programme") << QString()
        << QStringList{QStringLiteral("ini:mercator=Mercator Programme")};
    QTest::newRow("an excluded phrase names no country")
        << QStringLiteral("Along the Jordan River, Jordan built a post.") << QString()
        << QStringList{QStringLiteral("cou:JO=Jordan")};
    QTest::newRow("capital-only rule passes scripts without case")
        << QStringLiteral("جمارك الأردن") << QStringLiteral("ar")
        << QStringList{QStringLiteral("cou:JO=الأردن")};
    QTest::newRow("every reading of an ambiguous acronym whose context holds")
        << QStringLiteral("The AU met in Africa.") << QString()
        << QStringList{QStringLiteral("reg:au=AU"), QStringLiteral("org:african-union=AU"),
                       QStringLiteral("reg:africa=Africa")};
    QTest::newRow("a listed body's name names its country")
        << QStringLiteral("the Belgian Customs Academy") << QString()
        << QStringList{QStringLiteral("org:be-school=Belgian Customs Academy"),
                       QStringLiteral("cou:BE=Belgian")};
    QTest::newRow("case-sensitive abbreviation")
        << QStringLiteral("US officials told us") << QString() << QStringList{QStringLiteral("cou:US=US")};
}

void TestEntityMatcher::finds()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QStringList, mentions);
    // Joined, so a failure prints both lists whole.
    QCOMPARE(describe(m_matcher->match(text, language), text).join(QLatin1String(" | ")),
             mentions.join(QLatin1String(" | ")));
}

void TestEntityMatcher::offsetsPointAtTheText()
{
    const QString text = QStringLiteral("😀 The WCO’s partner, the World Trade Organization (WTO).");
    const auto matches = m_matcher->match(text);
    QCOMPARE(matches.mentions.size(), 3);
    QCOMPARE(matches.mentions.at(0).start, text.indexOf(QLatin1String("WCO")));
    QCOMPARE(matches.mentions.at(0).length, 3);
    QCOMPARE(matches.mentions.at(2).start, text.indexOf(QLatin1String("WTO")));
}

QTEST_GUILESS_MAIN(TestEntityMatcher)
#include "tst_entitymatcher.moc"
