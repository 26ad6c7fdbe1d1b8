#include "TestLibrary.h"
#include "domain/MetaTypes.h"
#include "tagging/Taxonomy.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Clearance;

// The bundled taxonomy is complete where the product promises it, and a user's file extends it.
class TestTaxonomy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unMemberStatesAreComplete();
    void requiredRegionsExist_data();
    void requiredRegionsExist();
    void requiredInitiativesExist();
    void organizationsAreEnough();
    void idsAreWellFormed();
    void displayLabels_data();
    void displayLabels();
    void userFileExtends();
    void brokenFileIsAClearError();
};

void TestTaxonomy::unMemberStatesAreComplete()
{
    const Taxonomy &t = Taxonomy::builtin();
    int members = 0;
    for (const Country &c : t.countries()) {
        if (c.type != QLatin1String("un_member_state"))
            continue;
        ++members;
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z]{2}$")).match(c.code).hasMatch(),
                 qPrintable(c.code));
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(c.iso3).hasMatch(),
                 qPrintable(c.code));
        for (const char *lang : {"en", "fr", "es", "ar"})
            QVERIFY2(!c.names.value(QLatin1String(lang)).isEmpty(),
                     qPrintable(c.code + QLatin1Char(' ') + QLatin1String(lang)));
        QVERIFY2(!c.demonyms.value(QStringLiteral("en")).isEmpty() ||
                     !c.patternDemonyms.value(QStringLiteral("en")).isEmpty() ||
                     c.code == QLatin1String("CG") || c.code == QLatin1String("CD") ||
                     c.code == QLatin1String("DO") || c.code == QLatin1String("DM") ||
                     c.code == QLatin1String("GN") || c.code == QLatin1String("KR") ||
                     c.code == QLatin1String("KP") || c.code == QLatin1String("CF") ||
                     c.code == QLatin1String("MK"),
                 qPrintable(c.code + QStringLiteral(" has no English demonym")));
    }
    QCOMPARE(members, 193);
}

void TestTaxonomy::requiredRegionsExist_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("someMembers");
    auto row = [](const char *id, QStringList members) {
        QTest::newRow(id) << QString::fromLatin1(id) << members;
    };
    row("francophone-africa",
        {QStringLiteral("ML"), QStringLiteral("SN"), QStringLiteral("CI"), QStringLiteral("MA")});
    row("lldc", {QStringLiteral("ML"), QStringLiteral("NP"), QStringLiteral("BO"), QStringLiteral("MN")});
    row("ldc", {QStringLiteral("ML"), QStringLiteral("BD")});
    row("sids", {QStringLiteral("FJ"), QStringLiteral("JM")});
    row("arab-states", {QStringLiteral("JO"), QStringLiteral("EG"), QStringLiteral("MA")});
    row("africa", {QStringLiteral("ML"), QStringLiteral("ZA")});
    row("sub-saharan-africa", {QStringLiteral("ML"), QStringLiteral("KE")});
    row("latin-america-caribbean", {QStringLiteral("GT"), QStringLiteral("BR")});
    row("asia-pacific", {QStringLiteral("CN"), QStringLiteral("IN"), QStringLiteral("FJ")});
    row("europe", {QStringLiteral("BE"), QStringLiteral("FR")});
    row("central-asia", {QStringLiteral("KZ"), QStringLiteral("UZ")});
    row("wco-esa", {QStringLiteral("KE")});
    row("wco-wca", {QStringLiteral("SN")});
    row("wco-mena", {QStringLiteral("JO")});
    row("wco-europe", {QStringLiteral("BE")});
    row("wco-americas", {QStringLiteral("GT")});
    row("wco-asia-pacific", {QStringLiteral("CN")});
}

void TestTaxonomy::requiredRegionsExist()
{
    QFETCH(QString, id);
    QFETCH(QStringList, someMembers);
    const Region *r = Taxonomy::builtin().region(id);
    QVERIFY2(r, qPrintable(id));
    QVERIFY(r->impliedByMembers);
    QVERIFY(!r->labels.value(QStringLiteral("en")).isEmpty());
    QVERIFY(!r->definition.isEmpty());
    for (const QString &member : someMembers)
        QVERIFY2(r->members.contains(member), qPrintable(id + QLatin1Char(' ') + member));
    for (const QString &member : r->members)
        QVERIFY2(Taxonomy::builtin().country(member), qPrintable(member));
}

void TestTaxonomy::requiredInitiativesExist()
{
    const QStringList ids{QStringLiteral("mercator"),
                          QStringLiteral("revenue-package"),
                          QStringLiteral("pca"),
                          QStringLiteral("safe-framework"),
                          QStringLiteral("aeo"),
                          QStringLiteral("harmonized-system"),
                          QStringLiteral("rkc"),
                          QStringLiteral("tfa"),
                          QStringLiteral("single-window"),
                          QStringLiteral("data-analytics"),
                          QStringLiteral("capacity-building"),
                          QStringLiteral("e-learning"),
                          QStringLiteral("e-commerce"),
                          QStringLiteral("covid-19"),
                          QStringLiteral("plant-health"),
                          QStringLiteral("valuation"),
                          QStringLiteral("rules-of-origin"),
                          QStringLiteral("integrity"),
                          QStringLiteral("illicit-trade"),
                          QStringLiteral("environment"),
                          QStringLiteral("gender"),
                          QStringLiteral("time-release-study"),
                          QStringLiteral("coordinated-border-management"),
                          QStringLiteral("risk-management"),
                          QStringLiteral("transit")};
    for (const QString &id : ids) {
        const Initiative *i = Taxonomy::builtin().initiative(id);
        QVERIFY2(i, qPrintable(id));
        for (const char *lang : {"en", "fr", "es"}) {
            QVERIFY2(!i->labels.value(QLatin1String(lang)).isEmpty(),
                     qPrintable(id + QLatin1Char(' ') + QLatin1String(lang)));
            QVERIFY2(!i->keywords.value(QLatin1String(lang)).isEmpty(),
                     qPrintable(id + QLatin1Char(' ') + QLatin1String(lang)));
        }
    }
}

void TestTaxonomy::organizationsAreEnough()
{
    const Taxonomy &t = Taxonomy::builtin();
    QVERIFY(t.organizations().size() >= 80);
    for (const Organization &o : t.organizations()) {
        QVERIFY2(!o.names.value(QStringLiteral("en")).isEmpty(), qPrintable(o.id));
        QVERIFY2(!o.kind.isEmpty(), qPrintable(o.id));
        if (!o.country.isEmpty())
            QVERIFY2(t.country(o.country), qPrintable(o.id));
    }
    QVERIFY(t.organization(QStringLiteral("wco")));
    QCOMPARE(t.organization(QStringLiteral("wco"))->acronyms.value(QStringLiteral("fr")),
             QStringList{QStringLiteral("OMD")});
    QVERIFY(t.administrationPatterns().size() >= 20);
}

void TestTaxonomy::idsAreWellFormed()
{
    const QRegularExpression id(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    const Taxonomy &t = Taxonomy::builtin();
    for (const Region &r : t.regions())
        QVERIFY2(id.match(r.id).hasMatch(), qPrintable(r.id));
    for (const Organization &o : t.organizations())
        QVERIFY2(id.match(o.id).hasMatch(), qPrintable(o.id));
    for (const Initiative &i : t.initiatives())
        QVERIFY2(id.match(i.id).hasMatch(), qPrintable(i.id));
}

void TestTaxonomy::displayLabels_data()
{
    QTest::addColumn<FacetKind>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    const auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };
    const auto zh = QStringLiteral("zh"); // QLocale::languageToCode(QLocale::Chinese)
    QTest::newRow("zh region francophone-africa")
        << FacetKind::Region << QStringLiteral("francophone-africa") << zh << s("非洲法语国家");
    QTest::newRow("zh region lldc") << FacetKind::Region << QStringLiteral("lldc") << zh
                                    << s("内陆发展中国家");
    QTest::newRow("zh initiative mercator")
        << FacetKind::Initiative << QStringLiteral("mercator") << zh << s("墨卡托计划");
    QTest::newRow("zh initiative pca") << FacetKind::Initiative << QStringLiteral("pca") << zh << s("稽查");
    QTest::newRow("zh organization wco")
        << FacetKind::Organization << QStringLiteral("wco") << zh << s("世界海关组织");
    QTest::newRow("zh organization cn-gacc (reference name_local)")
        << FacetKind::Organization << QStringLiteral("cn-gacc") << zh << s("中华人民共和国海关总署");
    QTest::newRow("zh country ML (CLDR)") << FacetKind::Country << QStringLiteral("ML") << zh << s("马里");
    QTest::newRow("zh country CD (UN name over CLDR)")
        << FacetKind::Country << QStringLiteral("CD") << zh << s("刚果民主共和国");
    // A key without a zh label falls back to English.
    QTest::newRow("zh organization gh-gra falls back to en")
        << FacetKind::Organization << QStringLiteral("gh-gra") << zh
        << QStringLiteral("Ghana Revenue Authority");
    QTest::newRow("de region falls back to en")
        << FacetKind::Region << QStringLiteral("lldc") << QStringLiteral("de")
        << QStringLiteral("Landlocked Developing Countries");
    // Display labels do not hide the names of the matched languages.
    QTest::newRow("fr organization wco")
        << FacetKind::Organization << QStringLiteral("wco") << QStringLiteral("fr")
        << QStringLiteral("Organisation mondiale des douanes");
    QTest::newRow("ar organization cn-gacc") << FacetKind::Organization << QStringLiteral("cn-gacc")
                                             << QStringLiteral("ar") << s("الإدارة العامة للجمارك في الصين");
    QTest::newRow("ar initiative columbus") << FacetKind::Initiative << QStringLiteral("columbus")
                                            << QStringLiteral("ar") << s("برنامج كولومبوس");
}

void TestTaxonomy::displayLabels()
{
    QFETCH(FacetKind, kind);
    QFETCH(QString, key);
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    QCOMPARE(Taxonomy::builtin().label(kind, key, lang), expected);
}

void TestTaxonomy::userFileExtends()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({
      "organizations": [
        {"id": "wco", "aliases": {"en": ["the Brussels customs body"]}},
        {"id": "my-agency", "kind": "government_agency", "country": "NP",
         "names": {"en": "Nepal Trade Facilitation Agency"}, "acronyms": {"any": ["NTFA"]}}
      ],
      "regions": [{"id": "lldc", "phrases": {"en": ["landlocked economies"]}}]
    })");
    file.close();
    QStringList files;
    for (const char *name : {"countries", "regions", "organizations", "initiatives", "administrations"})
        files.append(QStringLiteral(":/taxonomy/%1.json").arg(QLatin1String(name)));
    files.append(path);
    const Result<Taxonomy> t = Taxonomy::load(files);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(t->organization(QStringLiteral("my-agency"))->country, QStringLiteral("NP"));
    QVERIFY(t->organization(QStringLiteral("wco"))
                ->aliases.value(QStringLiteral("en"))
                .contains(QStringLiteral("the Brussels customs body")));
    QVERIFY(t->organization(QStringLiteral("wco"))->aliases.value(QStringLiteral("en")).size() >
            1); // kept ours
    QVERIFY(t->region(QStringLiteral("lldc"))
                ->phrases.value(QStringLiteral("en"))
                .contains(QStringLiteral("landlocked economies")));
    QCOMPARE(t->region(QStringLiteral("lldc"))->members,
             Taxonomy::builtin().region(QStringLiteral("lldc"))->members);
}

void TestTaxonomy::brokenFileIsAClearError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"organizations\": [ {\"id\": \"x\", } ");
    file.close();
    const Result<Taxonomy> t = Taxonomy::load({path});
    QVERIFY(!t.ok());
    QVERIFY2(t.error().contains(QLatin1String("broken.json")) &&
                 t.error().contains(QLatin1String("not valid JSON")),
             qPrintable(t.error()));
}

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
