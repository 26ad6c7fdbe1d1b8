#include "ArticleDocumentFixture.h"
#include "ArticleDocumentTestSupport.h"
#include "render/HighlightPalette.h"
#include "render/PlainText.h"

#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Clearance;

// The rich text of one article, as the reading pane shows it and the PDF export prints it: colours,
// mentions, search hits and the legend (tst_articledocumenttext: header, paragraphs and notes;
// tst_articledocumenthtml: a body from stored HTML).
class TestArticleDocument final : public QObject, private ArticleDocumentFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpArticle(); }
    void luminanceAndContrast();
    void contrastOfEveryKind_data();
    void contrastOfEveryKind();
    void lightAndDarkDiffer();
    void organizationsCarryTheirFormat_data();
    void organizationsCarryTheirFormat();
    void textOutsideMentionsIsPlain_data();
    void textOutsideMentionsIsPlain();
    void mentionOffsetsStayExact();
    void searchMarksAccentInsensitiveWholeWords();
    void searchHitInsideMentionKeepsItsColours();
    void legendListsTheKindsPresent();
};

namespace {

QPalette darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

} // namespace

void TestArticleDocument::luminanceAndContrast()
{
    QCOMPARE(HighlightPalette::relativeLuminance(Qt::black), 0.0);
    QCOMPARE(HighlightPalette::relativeLuminance(Qt::white), 1.0);
    QCOMPARE(HighlightPalette::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(HighlightPalette::contrastRatio(Qt::white, Qt::black), 21.0);
    // The WCAG examples: #777 on white just fails 4.5:1, #767676 just passes.
    QVERIFY(HighlightPalette::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    QVERIFY(HighlightPalette::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(qAbs(HighlightPalette::relativeLuminance(QColor(0xff, 0, 0)) - 0.2126) < 1e-9);
}

void TestArticleDocument::contrastOfEveryKind_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("kind"); // empty: the search hit
    const std::pair<const char *, QPalette> palettes[] = {{"light", lightPalette()}, {"dark", darkPalette()}};
    for (const auto &[name, palette] : palettes) {
        const bool dark = qstrcmp(name, "dark") == 0;
        for (const QString &kind : HighlightPalette::kinds())
            QTest::addRow("%s %s", name, qPrintable(kind)) << palette << dark << kind;
        QTest::addRow("%s unknown kind", name) << palette << dark << QStringLiteral("unheard_of");
        QTest::addRow("%s search hit", name) << palette << dark << QString();
    }
}

void TestArticleDocument::contrastOfEveryKind()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QFETCH(QString, kind);
    const HighlightPalette colors(palette);
    QCOMPARE(colors.isDark(), dark);
    const HighlightPalette::Colors pair = kind.isEmpty() ? colors.searchHit() : colors.organization(kind);
    const double ratio = HighlightPalette::contrastRatio(pair.background, pair.foreground);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("contrast %1").arg(ratio)));
    QVERIFY(!HighlightPalette::kindName(kind).isEmpty());
}

void TestArticleDocument::lightAndDarkDiffer()
{
    const HighlightPalette light(lightPalette());
    const HighlightPalette dark(darkPalette());
    QSet<QRgb> lightBackgrounds;
    for (const QString &kind : HighlightPalette::kinds()) {
        QVERIFY(light.organization(kind) != dark.organization(kind));
        // A dark palette gets dark backgrounds, a light one light backgrounds.
        QVERIFY(HighlightPalette::relativeLuminance(light.organization(kind).background) > 0.5);
        QVERIFY(HighlightPalette::relativeLuminance(dark.organization(kind).background) < 0.15);
        lightBackgrounds.insert(light.organization(kind).background.rgb());
    }
    QCOMPARE(lightBackgrounds.size(), HighlightPalette::kinds().size()); // one colour per kind
    QVERIFY(!lightBackgrounds.contains(light.searchHit().background.rgb()));
}

void TestArticleDocument::organizationsCarryTheirFormat_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QString>("before"); // the text just before the mention, to find it
    QTest::addColumn<QString>("mention");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fullName");
    for (const auto &[name, palette] :
         {std::pair{"light", lightPalette()}, std::pair{"dark", darkPalette()}}) {
        QTest::addRow("%s SAT", name)
            << palette << QStringLiteral("Tax Administration (") << QStringLiteral("SAT")
            << QStringLiteral("gt-sat") << QStringLiteral("tax_administration")
            << QStringLiteral("Superintendence of Tax Administration");
        QTest::addRow("%s WCO acronym", name)
            << palette << QStringLiteral("Organization (") << QStringLiteral("WCO") << QStringLiteral("wco")
            << QStringLiteral("intergovernmental") << QStringLiteral("World Customs Organization");
        QTest::addRow("%s WCO in a sentence", name)
            << palette << QStringLiteral("assessment, a ") << QStringLiteral("WCO") << QStringLiteral("wco")
            << QStringLiteral("intergovernmental") << QStringLiteral("World Customs Organization");
        QTest::addRow("%s WCO name", name)
            << palette << QStringLiteral("The ") << QStringLiteral("World Customs Organization")
            << QStringLiteral("wco") << QStringLiteral("intergovernmental")
            << QStringLiteral("World Customs Organization");
    }
}

void TestArticleDocument::organizationsCarryTheirFormat()
{
    QFETCH(QPalette, palette);
    QFETCH(QString, before);
    QFETCH(QString, mention);
    QFETCH(QString, id);
    QFETCH(QString, kind);
    QFETCH(QString, fullName);

    ArticleDocument::Options options;
    options.palette = palette;
    const auto document = build(m_guatemala, options);
    const QString text = document->toPlainText();
    const qsizetype at = text.indexOf(before + mention);
    QVERIFY2(at >= 0, qPrintable(before + mention));
    const int start = static_cast<int>(at + before.size());
    const HighlightPalette::Colors colors = HighlightPalette(palette).organization(kind);
    for (int i = start; i < start + mention.size(); ++i) {
        const QTextCharFormat f = formatAt(*document, i);
        QCOMPARE(f.background().color(), colors.background);
        QCOMPARE(f.foreground().color(), colors.foreground);
        QVERIFY(f.isAnchor());
        QCOMPARE(f.anchorHref(), QStringLiteral("clearance-org:") + id);
        QVERIFY2(f.toolTip().contains(fullName), qPrintable(f.toolTip()));
        QVERIFY2(f.toolTip().contains(HighlightPalette::kindName(kind)), qPrintable(f.toolTip()));
        QCOMPARE(f.property(ArticleDocument::OrganizationKindProperty).toString(), kind);
    }
    // The mention ends where it should: the next character is not part of it.
    QVERIFY(!formatAt(*document, start + static_cast<int>(mention.size()))
                 .hasProperty(ArticleDocument::OrganizationIdProperty));
    QVERIFY(!formatAt(*document, start - 1).hasProperty(ArticleDocument::OrganizationIdProperty));
}

void TestArticleDocument::textOutsideMentionsIsPlain_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::newRow("programme") << QStringLiteral("through the Mercator Programme, provides technical");
    QTest::newRow("between name and acronym") << QStringLiteral(" (");
    QTest::newRow("end") << QStringLiteral("participation in global trade.");
}

void TestArticleDocument::textOutsideMentionsIsPlain()
{
    QFETCH(QString, phrase);
    const auto document = build(m_guatemala);
    const qsizetype at = document->toPlainText().indexOf(phrase);
    QVERIFY(at >= 0);
    for (int i = static_cast<int>(at); i < at + phrase.size(); ++i) {
        const QTextCharFormat f = formatAt(*document, i);
        QVERIFY(!f.hasProperty(QTextFormat::BackgroundBrush));
        QVERIFY(!f.hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(!f.isAnchor());
        QVERIFY(f.toolTip().isEmpty());
        QVERIFY(!f.hasProperty(ArticleDocument::SearchHitProperty));
    }
}

void TestArticleDocument::mentionOffsetsStayExact()
{
    // Surrogate pairs before and inside paragraphs, a line break inside a paragraph, a title mention,
    // runs of blank lines with spaces: every highlighted fragment is exactly its mention's text.
    Article article;
    article.title = QStringLiteral("𝐀𝐁 WCO meets 😀 SAT in Guatemala");
    article.body = QStringLiteral("  😀😀 The World Customs Organization (WCO) met\nthe OMA 𝒳 team.\n \n\n"
                                  "𝒳𝒴 Guatemala's Tax Administration (SAT) and the WCO.\n\n\n"
                                  "Last 🇬🇹 line names the WCO");
    const ArticleDocument doc(article, m_tagger);
    const auto document = doc.toDocument();
    const QString text = Tagger::textOf(article);

    QList<std::pair<QString, QString>> expected;
    for (const Mention &m : doc.organizationMentions())
        expected.append({m.id, text.mid(m.start, m.length)});
    QVERIFY(expected.size() >= 6);
    // The title's mentions come first, after a surrogate pair.
    QCOMPARE(expected.first(), std::pair(QStringLiteral("wco"), QStringLiteral("WCO")));
    QCOMPARE(expected.at(1), std::pair(QStringLiteral("gt-sat"), QStringLiteral("SAT")));
    QCOMPARE(fragmentsWith(*document, ArticleDocument::OrganizationIdProperty), expected);
    // Paragraphs trimmed, one block each; a line break inside a paragraph stays in its block.
    QCOMPARE(document->firstBlock().text(), article.title);
    QTextBlock last = document->lastBlock();
    QCOMPARE(last.text(), QStringLiteral("Last 🇬🇹 line names the WCO"));
    last = last.previous();
    QCOMPARE(last.text(), QStringLiteral("𝒳𝒴 Guatemala's Tax Administration (SAT) and the WCO."));
    last = last.previous();
    QCOMPARE(last.text(), QStringLiteral("😀😀 The World Customs Organization (WCO) met") +
                              QChar::LineSeparator + QStringLiteral("the OMA 𝒳 team."));
}

void TestArticleDocument::searchMarksAccentInsensitiveWholeWords()
{
    ArticleDocument::Options options;
    options.search = QStringLiteral("guatémala");
    options.palette = lightPalette();
    const auto document = build(m_guatemala, options);
    const QList<std::pair<QString, QString>> hits =
        fragmentsWith(*document, ArticleDocument::SearchHitProperty);
    const QString body = m_guatemala.title + QLatin1Char(' ') + m_guatemala.body;
    QCOMPARE(hits.size(), body.count(QStringLiteral("Guatemala")));
    for (const auto &hit : hits)
        QCOMPARE(hit.second, QStringLiteral("Guatemala"));

    // Outside a mention: the search-hit colours.
    const QString text = document->toPlainText();
    const qsizetype at = text.indexOf(QStringLiteral("help Guatemala enhance"));
    QVERIFY(at >= 0);
    const QTextCharFormat f = formatAt(*document, static_cast<int>(at + 5));
    QCOMPARE(f.background().color(), HighlightPalette(lightPalette()).searchHit().background);
    QVERIFY(f.property(ArticleDocument::SearchHitProperty).toBool());

    // Whole words only: "Guatemalan" and "Guate" are not "Guatemala".
    Article other;
    other.title = QStringLiteral("Guatemalan trade");
    other.body = QStringLiteral("Guate and GUATEMALA and guatemala's.");
    const auto second = build(other, options);
    QList<std::pair<QString, QString>> marked = fragmentsWith(*second, ArticleDocument::SearchHitProperty);
    QStringList words;
    for (const auto &m : marked)
        words.append(m.second);
    QCOMPARE(words, (QStringList{QStringLiteral("GUATEMALA"), QStringLiteral("guatemala")}));

    // The search box's syntax: a prefix, an excluded word, OR.
    options.search = QStringLiteral("guat* -trade OR \"and\"");
    const auto third = build(other, options);
    words.clear();
    for (const auto &m : fragmentsWith(*third, ArticleDocument::SearchHitProperty))
        words.append(m.second);
    QCOMPARE(words,
             (QStringList{QStringLiteral("Guatemalan"), QStringLiteral("Guate"), QStringLiteral("and"),
                          QStringLiteral("GUATEMALA"), QStringLiteral("and"), QStringLiteral("guatemala")}));
}

void TestArticleDocument::searchHitInsideMentionKeepsItsColours()
{
    ArticleDocument::Options options;
    options.search = QStringLiteral("WCO");
    options.palette = darkPalette();
    const auto document = build(m_guatemala, options);
    const QString text = document->toPlainText();
    const qsizetype at = text.indexOf(QStringLiteral("a WCO expert"));
    QVERIFY(at >= 0);
    const QTextCharFormat f = formatAt(*document, static_cast<int>(at + 2));
    const HighlightPalette colors(darkPalette());
    QCOMPARE(f.background().color(), colors.organization(QStringLiteral("intergovernmental")).background);
    QCOMPARE(f.anchorHref(), QStringLiteral("clearance-org:wco"));
    QVERIFY(f.property(ArticleDocument::SearchHitProperty).toBool());
    QCOMPARE(f.underlineStyle(), QTextCharFormat::SingleUnderline);
    QCOMPARE(f.underlineColor(), colors.searchHitAccent());
}

void TestArticleDocument::legendListsTheKindsPresent()
{
    const ArticleDocument doc(m_guatemala, m_tagger);
    QStringList kinds;
    for (const ArticleDocument::LegendEntry &e : doc.legend()) {
        kinds.append(e.kind);
        QCOMPARE(e.name, HighlightPalette::kindName(e.kind));
        QCOMPARE(e.colors, HighlightPalette(QPalette()).organization(e.kind));
    }
    QCOMPARE(kinds, (QStringList{QStringLiteral("intergovernmental"), QStringLiteral("tax_administration")}));

    // Exactly the kinds the document shows.
    const auto document = doc.toDocument();
    QSet<QString> shown;
    for (const auto &f : fragmentsWith(*document, ArticleDocument::OrganizationKindProperty))
        shown.insert(f.first);
    QCOMPARE(shown, QSet<QString>(kinds.cbegin(), kinds.cend()));

    Article none;
    none.title = QStringLiteral("Nothing here");
    none.body = QStringLiteral("No organization is named.");
    QVERIFY(ArticleDocument(none, m_tagger).legend().isEmpty());
}

QTEST_MAIN(TestArticleDocument)
#include "tst_articledocument.moc"
