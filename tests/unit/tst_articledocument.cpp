#include "ArticleDocumentTestSupport.h"
#include "SampleArticle.h"
#include "render/ArticleDocument.h"
#include "render/BodyBlockSplitter.h"
#include "render/HighlightPalette.h"
#include "render/PlainText.h"
#include "tagging/Tagger.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Clearance;

// The rich text of one article, as the reading pane shows it and the PDF export prints it: colours,
// mentions, search hits, header and plain paragraphs (tst_articledocumenthtml: a body from stored HTML).
class TestArticleDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
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
    void paragraphDirection();
    void legendListsTheKindsPresent();
    void header();
    void bodyOnly();
    void longParagraphIsLaidOutInParts();
    void articleOfAnOlderReleaseIsCut();
    void notesOnTheText_data();
    void notesOnTheText();
    void paragraphs_data();
    void paragraphs();
    void hrefs();

private:
    std::unique_ptr<QTextDocument>
    build(const Article &article, const ArticleDocument::Options &options = ArticleDocument::Options());

    std::shared_ptr<const Tagger> m_tagger;
    Article m_guatemala;
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

std::unique_ptr<QTextDocument> TestArticleDocument::build(const Article &article,
                                                          const ArticleDocument::Options &options)
{
    return ArticleDocument(article, m_tagger, options).toDocument();
}

void TestArticleDocument::initTestCase()
{
    m_tagger = Tagger::standard();
    m_guatemala = sampleArticle(QStringLiteral("WCO Aids Guatemala in Boosting Trade for Economic Growth"));
    QVERIFY(!m_guatemala.body.isEmpty());
}

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

void TestArticleDocument::paragraphDirection()
{
    Article article;
    article.title = QStringLiteral("Two languages");
    article.body = QStringLiteral("The WCO met in Brussels.\n\n"
                                  "عقدت منظمة الجمارك العالمية اجتماعا في بروكسل.\n\n"
                                  "« 2024 » — اجتماع ثان.\n\n"
                                  "2024: English after digits.");
    ArticleDocument::Options options;
    options.includeHeader = false;
    const auto document = build(article, options);
    QCOMPARE(document->blockCount(), 4);
    QCOMPARE(document->findBlockByNumber(0).blockFormat().layoutDirection(), Qt::LeftToRight);
    QCOMPARE(document->findBlockByNumber(1).blockFormat().layoutDirection(), Qt::RightToLeft);
    QCOMPARE(document->findBlockByNumber(2).blockFormat().layoutDirection(), Qt::RightToLeft);
    QCOMPARE(document->findBlockByNumber(3).blockFormat().layoutDirection(), Qt::LeftToRight);
    QCOMPARE(document->findBlockByNumber(1).text(),
             QStringLiteral("عقدت منظمة الجمارك العالمية اجتماعا في بروكسل."));

    // The Guatemala article is English throughout.
    const auto english = build(m_guatemala);
    for (QTextBlock b = english->begin(); b.isValid(); b = b.next())
        QVERIFY(b.blockFormat().layoutDirection() != Qt::RightToLeft);

    QCOMPARE(PlainText::direction(u"123 ...", Qt::RightToLeft), Qt::RightToLeft);
    QCOMPARE(PlainText::direction(u"123 ...", Qt::LeftToRight), Qt::LeftToRight);
    QCOMPARE(PlainText::direction(u"\"שלום\" world", Qt::LeftToRight), Qt::RightToLeft);
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

void TestArticleDocument::header()
{
    ArticleDocument::Options options;
    options.locale = QLocale(QLocale::French, QLocale::France);
    const auto document = build(m_guatemala, options);
    const QTextBlock title = document->firstBlock();
    QCOMPARE(title.text(), m_guatemala.title);
    QCOMPARE(title.blockFormat().headingLevel(), 1);
    // The title's own mention is highlighted too.
    QCOMPARE(formatAt(*document, 0).anchorHref(), QStringLiteral("clearance-org:wco"));

    const QString text = document->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("5 mars 2024")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("WCO News")));
    const qsizetype link = text.indexOf(m_guatemala.url);
    QVERIFY(link >= 0);
    const QTextCharFormat linkFormat = formatAt(*document, static_cast<int>(link));
    QVERIFY(linkFormat.isAnchor());
    QCOMPARE(linkFormat.anchorHref(), m_guatemala.url);

    // Region chips with their French labels, linked to their ids.
    bool latinAmerica = false;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref() ==
                QLatin1String("clearance-region:latin-america-caribbean")) {
                latinAmerica = true;
                QCOMPARE(it.fragment().text().trimmed(),
                         m_tagger->taxonomy().label(FacetKind::Region,
                                                    QStringLiteral("latin-america-caribbean"),
                                                    QStringLiteral("fr")));
            }
        }
    }
    QVERIFY(latinAmerica);

    // Given tags (a manual edit) replace the tagger's.
    TagSet tags;
    tags.values(FacetKind::Initiative) = {QStringLiteral("pca")};
    options.tags = tags;
    const QString withTags = build(m_guatemala, options)->toPlainText();
    QVERIFY(withTags.contains(
        m_tagger->taxonomy().label(FacetKind::Initiative, QStringLiteral("pca"), QStringLiteral("fr"))));
    QVERIFY(!withTags.contains(m_tagger->taxonomy().label(
        FacetKind::Region, QStringLiteral("latin-america-caribbean"), QStringLiteral("fr"))));
}

void TestArticleDocument::bodyOnly()
{
    ArticleDocument::Options options;
    options.includeHeader = false;
    const auto document = build(m_guatemala, options);
    QCOMPARE(document->blockCount(), 1);
    QCOMPARE(document->toPlainText(), m_guatemala.body.trimmed());
    QCOMPARE(formatAt(*document, static_cast<int>(document->toPlainText().indexOf(QStringLiteral("SAT"))))
                 .anchorHref(),
             QStringLiteral("clearance-org:gt-sat"));
}

// A paragraph of half a million characters is laid out in blocks of at most BodyBlockSplitter's
// length, and the document shows all of its text.
void TestArticleDocument::longParagraphIsLaidOutInParts()
{
    Article article = m_guatemala;
    QString sentence = QStringLiteral("The SAT of Guatemala and the WCO met again. ");
    article.body = sentence.repeated(12000).trimmed();
    ArticleDocument::Options options;
    options.includeHeader = false;
    const auto document = build(article, options);
    QVERIFY(document->blockCount() >= article.body.size() / BodyBlockSplitter::kMaxLength);
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        QVERIFY(b.length() <= BodyBlockSplitter::kMaxLength + 1);
    const auto words = [](const QString &text) {
        return text.split(QRegularExpression(QStringLiteral("\\s+")));
    };
    QCOMPARE(words(document->toPlainText()), words(article.body));
    // Mentions on either side of a cut keep their links.
    const QTextBlock last = document->lastBlock();
    QCOMPARE(formatAt(*document,
                      last.position() + static_cast<int>(last.text().lastIndexOf(QStringLiteral("WCO"))))
                 .anchorHref(),
             QStringLiteral("clearance-org:wco"));
}

// A library of an older release may hold an article longer than the import keeps: it is shown up to
// the cap, with the note saying the text stops there, and without its HTML (which no longer matches).
void TestArticleDocument::articleOfAnOlderReleaseIsCut()
{
    Article article = m_guatemala;
    const QString paragraph = QStringLiteral("The SAT of Guatemala met the WCO. ").repeated(100).trimmed();
    QStringList paragraphs;
    while (paragraphs.size() * (paragraph.size() + 2) < kMaxArticleText + 100000)
        paragraphs.append(paragraph);
    article.body = paragraphs.join(QLatin1String("\n\n"));
    article.html = QStringLiteral("<p>") + article.body + QStringLiteral("</p>");
    ArticleDocument::Options options;
    options.includeHeader = false;
    const ArticleDocument doc(article, m_tagger, options);
    const auto document = doc.toDocument();
    const QString shown = document->toPlainText();
    QVERIFY(shown.size() <= kMaxArticleText + 1000);
    QVERIFY(shown.size() > kMaxArticleText / 2);
    QVERIFY(document->lastBlock().text().startsWith(QLatin1String("The text stops here")));
    // Cut between paragraphs: the last paragraph shown is whole.
    QCOMPARE(document->lastBlock().previous().text(), paragraph);
}

void TestArticleDocument::notesOnTheText_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("notes");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // the body as shown, the link written [like this]
    QTest::addColumn<int>("bodyBlocks");
    const int noText = int(ArticleNote::NoText);
    const int cut = int(ArticleNote::Truncated);
    const QString url = QStringLiteral("https://news.example.org/headline");
    QTest::newRow("headline only, with a link")
        << QString() << noText << url << QStringLiteral("No text in the feed — [open the original]") << 1;
    QTest::newRow("headline only, no link")
        << QString() << noText << QString() << QStringLiteral("No text in the feed.") << 1;
    QTest::newRow("text cut short")
        << QStringLiteral("First.\n\nSecond.") << cut << url
        << QStringLiteral(
               "First.\u2029Second.\u2029The text stops here: the source gave more than an article "
               "keeps — [open the original]")
        << 3;
    QTest::newRow("no note") << QStringLiteral("First.") << 0 << url << QStringLiteral("First.") << 1;
}

// What the import noticed is said where the text is, in the reading pane and the PDF alike, with a
// link to the original when there is one.
void TestArticleDocument::notesOnTheText()
{
    QFETCH(QString, body);
    QFETCH(int, notes);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QFETCH(int, bodyBlocks);
    Article article;
    article.title = QStringLiteral("Mali joins the WCO");
    article.body = body;
    article.url = url;
    article.notes = ArticleNotes::fromInt(notes);
    ArticleDocument::Options options;
    options.includeHeader = false;
    const ArticleDocument doc(article, m_tagger, options);
    const auto document = doc.toDocument();
    QString shown;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        if (b != document->begin())
            shown += QChar(QChar::ParagraphSeparator);
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isAnchor()) {
                QCOMPARE(f.charFormat().anchorHref(), url);
                shown += QLatin1Char('[') + f.text() + QLatin1Char(']');
            } else {
                shown += f.text();
            }
        }
    }
    QCOMPARE(shown, expected);
    QCOMPARE(doc.bodyBlockCount(), bodyBlocks);
    QCOMPARE(document->blockCount(), bodyBlocks);
}

void TestArticleDocument::paragraphs_data()
{
    using Ranges = QList<BodyBlock::Range>;
    QTest::addColumn<QString>("body");
    QTest::addColumn<Ranges>("expected");
    QTest::newRow("empty") << QString() << Ranges{};
    QTest::newRow("blank") << QStringLiteral(" \n\n \n") << Ranges{};
    QTest::newRow("one") << QStringLiteral("One.") << Ranges{{0, 4}};
    QTest::newRow("two") << QStringLiteral("One.\n\nTwo.") << Ranges{{0, 4}, {6, 4}};
    QTest::newRow("line break kept") << QStringLiteral("One\ntwo.") << Ranges{{0, 8}};
    QTest::newRow("spaces trimmed") << QStringLiteral("  One. \n \t\n\n  Two.  \n")
                                    << Ranges{{2, 4}, {14, 4}};
}

void TestArticleDocument::paragraphs()
{
    QFETCH(QString, body);
    QFETCH(QList<BodyBlock::Range>, expected);
    QCOMPARE(PlainText::paragraphs(body), expected);
}

void TestArticleDocument::hrefs()
{
    QCOMPARE(ArticleDocument::organizationHref(QStringLiteral("gt-sat")),
             QStringLiteral("clearance-org:gt-sat"));
    QCOMPARE(ArticleDocument::organizationOfHref(QStringLiteral("clearance-org:wco")), QStringLiteral("wco"));
    QVERIFY(ArticleDocument::organizationOfHref(QStringLiteral("https://wcoomd.org")).isEmpty());
}

QTEST_MAIN(TestArticleDocument)
#include "tst_articledocument.moc"
