#include "domain/MetaTypes.h"
#include "tagging/Tagger.h"

#include <QTest>

using namespace Clearance;

// The bundled taxonomy on French, Spanish and Arabic news text: names, acronyms that hold in one
// language only, Arabic with and without tashkeel and tatweel, initiatives, and regions implied by
// the countries an article names. The fixture taxonomy of tst_tagger has too few non-English phrases
// to say anything about these; this test says the shipped knowledge speaks the users' languages.
class TestMultilingualTagging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mentions_data();
    void mentions();
    void impliedRegions_data();
    void impliedRegions();

private:
    std::unique_ptr<Tagger> m_tagger;
};

namespace {
// The bundled files only: a taxonomy file in the tester's AppData must not change the outcome.
std::unique_ptr<Tagger> bundledTagger()
{
    return std::make_unique<Tagger>(Taxonomy::builtin());
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

void TestMultilingualTagging::initTestCase()
{
    m_tagger = bundledTagger();
    QVERIFY(m_tagger->taxonomy().organization(QStringLiteral("wco")));
}

void TestMultilingualTagging::mentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<FacetKind>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("mentioned"); // the words highlighted for that entry, in order

    const auto org = FacetKind::Organization;
    const auto region = FacetKind::Region;
    const auto initiative = FacetKind::Initiative;

    QTest::newRow("fr: name and acronym are two mentions")
        << s("Le Secrétaire général de l'Organisation mondiale des douanes (OMD) a ouvert la session.")
        << QStringLiteral("fr") << org << QStringLiteral("wco")
        << QStringList{s("Organisation mondiale des douanes"), QStringLiteral("OMD")};
    QTest::newRow("fr: the acronym defined once refers to it later")
        << s("l'Organisation mondiale des douanes (OMD) publie un guide. Selon l'OMD, il sera traduit.")
        << QStringLiteral("fr") << org << QStringLiteral("wco")
        << QStringList{s("Organisation mondiale des douanes"), QStringLiteral("OMD"), QStringLiteral("OMD")};
    QTest::newRow("es: name and acronym")
        << s("Los miembros de la Organización Mundial de Aduanas (OMA) aprobaron el plan.")
        << QStringLiteral("es") << org << QStringLiteral("wco")
        << QStringList{s("Organización Mundial de Aduanas"), QStringLiteral("OMA")};
    QTest::newRow("ar: plain") << s("عقدت منظمة الجمارك العالمية اجتماعها السنوي في بروكسل.")
                               << QStringLiteral("ar") << org << QStringLiteral("wco")
                               << QStringList{s("منظمة الجمارك العالمية")};
    // عمان is Oman (عُمان) or Amman (عمّان): the marks a text writes decide; unmarked, the country.
    const auto country = FacetKind::Country;
    QTest::newRow("ar: Amman, with shadda, is not Oman")
        << s("عقدت الورشة في عمّان بحضور خبراء الجمارك.") << QStringLiteral("ar") << country
        << QStringLiteral("OM") << QStringList{};
    QTest::newRow("ar: Amman, with fatha and shadda") << s("وصل الوفد إلى عَمَّان أمس.") << QStringLiteral("ar")
                                                      << country << QStringLiteral("OM") << QStringList{};
    QTest::newRow("ar: Oman, with damma") << s("وقعت عُمان الاتفاقية.") << QStringLiteral("ar") << country
                                          << QStringLiteral("OM") << QStringList{s("عُمان")};
    QTest::newRow("ar: Oman, fully vowelled") << s("وقعت عُمَانُ الاتفاقية.") << QStringLiteral("ar") << country
                                              << QStringLiteral("OM") << QStringList{s("عُمَانُ")};
    QTest::newRow("ar: Oman, unmarked") << s("وقعت سلطنة عمان الاتفاقية.") << QStringLiteral("ar") << country
                                        << QStringLiteral("OM") << QStringList{s("سلطنة عمان")};
    QTest::newRow("ar: Oman, unmarked, alone") << s("وقعت عمان الاتفاقية.") << QStringLiteral("ar") << country
                                               << QStringLiteral("OM") << QStringList{s("عمان")};
    QTest::newRow("ar: with tashkeel")
        << s("عقدت مُنَظَّمَةُ الجَمَارِكِ العَالَمِيَّةُ اجتماعها السنوي.") << QStringLiteral("ar") << org
        << QStringLiteral("wco") << QStringList{s("مُنَظَّمَةُ الجَمَارِكِ العَالَمِيَّةُ")};
    QTest::newRow("ar: with tatweel")
        << s("عقدت منظـــمة الجمـارك العالمـــية اجتماعها.") << QStringLiteral("ar") << org
        << QStringLiteral("wco") << QStringList{s("منظـــمة الجمـارك العالمـــية")};
    QTest::newRow("ar: language guessed from the text")
        << s("أعلنت منظمة الجمارك العالمية عن برنامج جديد.") << QString() << org << QStringLiteral("wco")
        << QStringList{s("منظمة الجمارك العالمية")};
    QTest::newRow("fr: OMD is not an acronym of English text")
        << QStringLiteral("The OMD sensor was fitted.") << QStringLiteral("en") << org
        << QStringLiteral("wco") << QStringList{};

    // Chinese labels are for display only: they never tag (the tokenizer makes every Han character a word).
    QTest::newRow("zh: the WCO's Chinese label is not a phrase")
        << s("世界海关组织在马里举办墨卡托计划研讨会。") << QStringLiteral("zh") << org
        << QStringLiteral("wco") << QStringList{};
    QTest::newRow("zh: Mali's Chinese label is not a phrase")
        << s("世界海关组织在马里举办墨卡托计划研讨会。") << QStringLiteral("zh") << FacetKind::Country
        << QStringLiteral("ML") << QStringList{};
    QTest::newRow("zh: the Mercator Programme's Chinese label is not a phrase")
        << s("世界海关组织在马里举办墨卡托计划研讨会。") << QStringLiteral("zh") << initiative
        << QStringLiteral("mercator") << QStringList{};

    QTest::newRow("fr: francophone Africa after d'")
        << s("Un atelier pour les pays d'Afrique francophone s'est tenu à Dakar.") << QStringLiteral("fr")
        << region << QStringLiteral("francophone-africa") << QStringList{s("Afrique francophone")};
    QTest::newRow("es: landlocked developing countries")
        << s("Los países en desarrollo sin litoral enfrentan costos de tránsito elevados.")
        << QStringLiteral("es") << region << QStringLiteral("lldc")
        << QStringList{s("países en desarrollo sin litoral")};

    QTest::newRow("fr: Mercator Programme")
        << s("Le programme Mercator aide les administrations.") << QStringLiteral("fr") << initiative
        << QStringLiteral("mercator") << QStringList{s("programme Mercator")};
    QTest::newRow("es: Mercator Programme")
        << s("El Programa Mercator apoya la aplicación del AFC.") << QStringLiteral("es") << initiative
        << QStringLiteral("mercator") << QStringList{s("Programa Mercator")};
    QTest::newRow("fr: post-clearance audit")
        << s("Un séminaire sur le contrôle a posteriori a réuni vingt pays.") << QStringLiteral("fr")
        << initiative << QStringLiteral("pca") << QStringList{s("contrôle a posteriori")};
    QTest::newRow("es: post-clearance audit")
        << s("La auditoría posterior al despacho reduce los tiempos de levante.") << QStringLiteral("es")
        << initiative << QStringLiteral("pca") << QStringList{s("auditoría posterior al despacho")};
}

void TestMultilingualTagging::mentions()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(FacetKind, kind);
    QFETCH(QString, id);
    QFETCH(QStringList, mentioned);

    QStringList found;
    for (const Mention &m : m_tagger->matcher().match(text, language).mentions) {
        if (m.kind == kind && m.id == id)
            found.append(text.mid(m.start, m.length));
    }
    QCOMPARE(found, mentioned);

    // The mentions are what the article is tagged with.
    Article article;
    article.body = text;
    article.language = language;
    QCOMPARE(m_tagger->tag(article).values(kind).contains(id), !mentioned.isEmpty());
}

void TestMultilingualTagging::impliedRegions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<QStringList>("regions"); // at least these

    QTest::newRow("fr: an article about Mali")
        << s("Les douanes du Mali ont modernisé le bureau de Kati. Le Mali a adopté le guichet unique.")
        << QStringLiteral("fr") << QStringList{QStringLiteral("ML")}
        << QStringList{QStringLiteral("francophone-africa"), QStringLiteral("lldc")};
    QTest::newRow("es: an article about Bolivia")
        << s("La Aduana Nacional de Bolivia presentó su plan estratégico.") << QStringLiteral("es")
        << QStringList{QStringLiteral("BO")} << QStringList{QStringLiteral("lldc")};
    QTest::newRow("ar: an article about Jordan")
        << s("وقعت الأردن اتفاقية للاعتراف المتبادل.") << QStringLiteral("ar")
        << QStringList{QStringLiteral("JO")} << QStringList{QStringLiteral("arab-states")};
}

void TestMultilingualTagging::impliedRegions()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QStringList, countries);
    QFETCH(QStringList, regions);

    // The regions must come from the country alone: no region is named in the text.
    for (const Mention &m : m_tagger->matcher().match(text, language).mentions)
        QVERIFY2(m.kind != FacetKind::Region, qPrintable(m.id));

    Article article;
    article.title = text.section(QLatin1Char('.'), 0, 0);
    article.body = text;
    article.language = language;
    const TagSet set = m_tagger->tag(article);
    QCOMPARE(set.values(FacetKind::Country), countries);
    for (const QString &region : regions)
        QVERIFY2(set.values(FacetKind::Region).contains(region),
                 qPrintable(set.values(FacetKind::Region).join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestMultilingualTagging)
#include "tst_multilingualtagging.moc"
