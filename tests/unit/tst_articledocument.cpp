#include "SampleArticle.h"
#include "export/ArticleDocument.h"
#include "export/HighlightPalette.h"
#include "ingest/HtmlSanitizer.h"
#include "ingest/SeedTextParser.h"
#include "tagging/Tagger.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

using namespace Clearance;

// The rich text of one article, as the reading pane shows it and the PDF export prints it.
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
    void paragraphs_data();
    void paragraphs();
    void hrefs();
    void htmlBlocks_data();
    void htmlBlocks();
    void mentionsInsideMarkup_data();
    void mentionsInsideMarkup();
    void searchHitsInListItems();
    void hostileStoredHtmlShowsNothingAndLoadsNothing();
    void bodyBlocksFollowTheHeader();

private:
    std::unique_ptr<QTextDocument>
    build(const Article &article, const ArticleDocument::Options &options = ArticleDocument::Options());

    std::shared_ptr<const Tagger> m_tagger;
    Article m_guatemala;
};

namespace {

QPalette lightPalette()
{
    return QPalette(QColor(0xef, 0xef, 0xef));
}

QPalette darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

// The character format at a position of the document.
QTextCharFormat formatAt(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment f = it.fragment();
        if (position >= f.position() && position < f.position() + f.length())
            return f.charFormat();
    }
    return {};
}

// Every fragment carrying `property`, as (value, text) pairs in document order, adjacent fragments of
// one value joined.
QList<std::pair<QString, QString>> fragmentsWith(const QTextDocument &document, int property)
{
    QList<std::pair<QString, QString>> out;
    int lastEnd = -1;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QTextCharFormat format = f.charFormat();
            if (!format.hasProperty(property))
                continue;
            const QString value = format.property(property).toString();
            if (!out.isEmpty() && lastEnd == f.position() && out.last().first == value)
                out.last().second += f.text();
            else
                out.append({value, f.text()});
            lastEnd = f.position() + f.length();
        }
    }
    return out;
}

// An article as a feed item with this HTML would import: the body and the HTML from one sanitizing pass.
Article fromFeed(const QString &html)
{
    const SanitizedHtml sanitized = HtmlSanitizer::sanitize(html);
    Article article;
    article.title = QStringLiteral("Title");
    article.body = sanitized.text;
    article.html = sanitized.html;
    return article;
}

QString listStyleName(QTextListFormat::Style style)
{
    switch (style) {
    case QTextListFormat::ListDisc:
        return QStringLiteral("disc");
    case QTextListFormat::ListCircle:
        return QStringLiteral("circle");
    case QTextListFormat::ListSquare:
        return QStringLiteral("square");
    case QTextListFormat::ListDecimal:
        return QStringLiteral("decimal");
    case QTextListFormat::ListLowerAlpha:
        return QStringLiteral("alpha");
    case QTextListFormat::ListLowerRoman:
        return QStringLiteral("roman");
    default:
        return QStringLiteral("other");
    }
}

// The document's blocks, one line each, to compare whole documents at a glance. A block may start with
// "rtl " (right to left), "h2 " (a heading), "L0 disc@1 " (an item of the document's first list, its
// style and indent) or "in1 " (indented); in the text *bold*, _italic_, `fixed pitch`,
// [text](href) for a link (not the highlights' own), and ⏎ for a line break.
QStringList describe(const QTextDocument &document)
{
    QStringList out;
    QList<const QTextList *> lists;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        QString line;
        const QTextBlockFormat block = b.blockFormat();
        if (block.layoutDirection() == Qt::RightToLeft)
            line += QStringLiteral("rtl ");
        if (block.headingLevel() > 0)
            line += QStringLiteral("h%1 ").arg(block.headingLevel());
        if (const QTextList *list = b.textList()) {
            if (!lists.contains(list))
                lists.append(list);
            line += QStringLiteral("L%1 %2@%3 ")
                        .arg(lists.indexOf(list))
                        .arg(listStyleName(list->format().style()))
                        .arg(list->format().indent());
        } else if (block.indent() > 0) {
            line += QStringLiteral("in%1 ").arg(block.indent());
        }
        // Fragments of the same markup joined, whatever else (a highlight) splits them.
        QString run;
        QString key;
        QTextCharFormat runFormat;
        const auto flush = [&] {
            if (run.isEmpty())
                return;
            if (runFormat.fontFixedPitch())
                run = QLatin1Char('`') + run + QLatin1Char('`');
            if (runFormat.fontItalic())
                run = QLatin1Char('_') + run + QLatin1Char('_');
            if (runFormat.fontWeight() >= QFont::Bold)
                run = QLatin1Char('*') + run + QLatin1Char('*');
            const QString href = runFormat.isAnchor() ? runFormat.anchorHref() : QString();
            if (!href.isEmpty() && !href.startsWith(QLatin1String("clearance-")))
                run = QLatin1Char('[') + run + QStringLiteral("](") + href + QLatin1Char(')');
            line += run;
            run.clear();
        };
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            const QString href = f.isAnchor() && !f.anchorHref().startsWith(QLatin1String("clearance-"))
                                     ? f.anchorHref()
                                     : QString();
            const QString fragmentKey = QStringLiteral("%1%2%3%4")
                                            .arg(f.fontFixedPitch())
                                            .arg(f.fontItalic())
                                            .arg(f.fontWeight() >= QFont::Bold)
                                            .arg(href);
            if (fragmentKey != key)
                flush();
            key = fragmentKey;
            runFormat = f;
            run += it.fragment().text().replace(QChar::LineSeparator, QChar(0x23ce));
        }
        flush();
        out.append(line);
    }
    return out;
}

// A document that records every resource its layout asks for, and gives none.
class ResourceSpy final : public QTextDocument
{
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        Q_UNUSED(type);
        requested.append(name);
        return {};
    }
};

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

    QCOMPARE(ArticleDocument::directionOf(u"123 ...", Qt::RightToLeft), Qt::RightToLeft);
    QCOMPARE(ArticleDocument::directionOf(u"123 ...", Qt::LeftToRight), Qt::LeftToRight);
    QCOMPARE(ArticleDocument::directionOf(u"\"שלום\" world", Qt::LeftToRight), Qt::RightToLeft);
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

void TestArticleDocument::paragraphs_data()
{
    using Ranges = QList<ArticleDocument::Range>;
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
    QFETCH(QList<ArticleDocument::Range>, expected);
    QCOMPARE(ArticleDocument::paragraphsOf(body), expected);
}

void TestArticleDocument::hrefs()
{
    QCOMPARE(ArticleDocument::organizationHref(QStringLiteral("gt-sat")),
             QStringLiteral("clearance-org:gt-sat"));
    QCOMPARE(ArticleDocument::organizationOfHref(QStringLiteral("clearance-org:wco")), QStringLiteral("wco"));
    QVERIFY(ArticleDocument::organizationOfHref(QStringLiteral("https://wcoomd.org")).isEmpty());
}

void TestArticleDocument::htmlBlocks_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("html"); // as stored
    QTest::addColumn<bool>("showsHtml");
    QTest::addColumn<QStringList>("expected");
    const auto feed = [](const char *name, const QString &html, const QStringList &expected) {
        const Article a = fromFeed(html);
        QTest::newRow(name) << a.body << a.html << true << expected;
    };
    const auto stored = [](const char *name, const QString &body, const QString &html, bool showsHtml,
                           const QStringList &expected) {
        QTest::newRow(name) << body << html << showsHtml << expected;
    };
    feed("unordered list", QStringLiteral("<p>Intro</p><ul><li>One</li><li>Two</li><li>Three</li></ul>"),
         {QStringLiteral("Intro"), QStringLiteral("L0 disc@1 One"), QStringLiteral("L0 disc@1 Two"),
          QStringLiteral("L0 disc@1 Three")});
    feed("ordered list", QStringLiteral("<ol><li>First</li><li>Second</li></ol><p>After</p>"),
         {QStringLiteral("L0 decimal@1 First"), QStringLiteral("L0 decimal@1 Second"),
          QStringLiteral("After")});
    feed("nested lists",
         QStringLiteral("<ul><li>Goods<ol><li>declared</li><li>cleared</li></ol>then released</li>"
                        "<li>People<ul><li>travellers</li></ul></li></ul>"),
         {QStringLiteral("L0 disc@1 Goods"), QStringLiteral("L1 alpha@2 declared"),
          QStringLiteral("L1 alpha@2 cleared"), QStringLiteral("in1 then released"),
          QStringLiteral("L0 disc@1 People"), QStringLiteral("L2 circle@2 travellers")});
    feed("bold and italic",
         QStringLiteral("<p>Plain <strong>strong</strong>, <b>b</b>, <em>em</em>, <i>i</i> and "
                        "<b><i>both</i></b>.</p>"),
         {QStringLiteral("Plain *strong*, *b*, _em_, _i_ and *_both_*.")});
    feed("links",
         QStringLiteral("<p>See <a href=\"https://www.wcoomd.org/\">the site</a> or "
                        "<a href=\"mailto:press@wco.example\">write</a>.</p>"),
         {QStringLiteral("See [the site](https://www.wcoomd.org/) or [write](mailto:press@wco.example).")});
    stored("unsafe links stored", QStringLiteral("js data file rel vb ok"),
           QStringLiteral("<p><a href=\"javascript:alert(1)\">js</a> <a href=\"data:text/html,x\">data</a> "
                          "<a href=\"file:///etc/passwd\">file</a> <a href=\"//evil.example/\">rel</a> "
                          "<a href=\" vb&#10;script:x\">vb</a> <a href=\"https://ok.example/\">ok</a></p>"),
           true, {QStringLiteral("js data file rel vb [ok](https://ok.example/)")});
    feed("headings", QStringLiteral("<h2>Trade facilitation</h2><p>Text.</p><h4>Notes</h4>"),
         {QStringLiteral("h2 *Trade facilitation*"), QStringLiteral("Text."), QStringLiteral("h4 *Notes*")});
    feed("pre", QStringLiteral("<pre>line 1\n  line 2</pre>"), {QStringLiteral("`line 1⏎  line 2`")});
    feed("inline code", QStringLiteral("<p>Run <code>hs --update</code> daily.</p>"),
         {QStringLiteral("Run `hs --update` daily.")});
    feed("line break", QStringLiteral("<p>Line one<br>line two</p>"), {QStringLiteral("Line one⏎line two")});
    feed("two line breaks, two paragraphs", QStringLiteral("<p>First<br><br><b>Second</b></p>"),
         {QStringLiteral("First"), QStringLiteral("*Second*")});
    feed("blockquote", QStringLiteral("<blockquote><p>Quoted words</p></blockquote><p>After</p>"),
         {QStringLiteral("in1 Quoted words"), QStringLiteral("After")});
    feed("table",
         QStringLiteral("<table><caption>Rates</caption><tr><th>Country</th><th>Rate</th></tr>"
                        "<tr><td>Mali</td><td>5 %</td></tr></table>"),
         {QStringLiteral("_Rates_"), QStringLiteral("*Country* │ *Rate*"), QStringLiteral("Mali │ 5 %")});
    feed("character references",
         QStringLiteral("<p>Caf&eacute; &amp; <b>&lt;tea&gt;</b> &#8212; &quot;q&quot;</p>"),
         {QStringLiteral("Café & *<tea>* — \"q\"")});
    feed("right to left",
         QStringLiteral(
             "<p>The <b>meeting</b>.</p><p>عقدت <b>المنظمة</b> اجتماعا.</p><ul><li>بند أول</li></ul>"),
         {QStringLiteral("The *meeting*."), QStringLiteral("rtl عقدت *المنظمة* اجتماعا."),
          QStringLiteral("rtl L0 disc@1 بند أول")});
    stored("unknown tags keep their text", QStringLiteral("Keep span u f b"),
           QStringLiteral("<p>Keep <span>span</span> <u>u</u> <font color=red>f</font> <b>b</b></p>"), true,
           {QStringLiteral("Keep span u f *b*")});
    stored("an imported page: the headline is the header's", QStringLiteral("Body text"),
           QStringLiteral("<h1>Title</h1><p>Body <b>text</b></p>"), true, {QStringLiteral("Body *text*")});
    // Fallback: the stored HTML does not say what the body says.
    stored("body updated since", QStringLiteral("A newer text."),
           fromFeed(QStringLiteral("<ul><li>An older <b>text</b>.</li></ul>")).html, false,
           {QStringLiteral("A newer text.")});
    stored("paragraphs differ", QStringLiteral("One Two"), QStringLiteral("<p>One</p><p><b>Two</b></p>"),
           false, {QStringLiteral("One Two")});
    stored("white space differs", QStringLiteral("One\nTwo"), QStringLiteral("<p>One <b>Two</b></p>"), false,
           {QStringLiteral("One⏎Two")});
    stored("no html", QStringLiteral("Plain.\n\nText."), QString(), false,
           {QStringLiteral("Plain."), QStringLiteral("Text.")});
}

void TestArticleDocument::htmlBlocks()
{
    QFETCH(QString, body);
    QFETCH(QString, html);
    QFETCH(bool, showsHtml);
    QFETCH(QStringList, expected);
    Article article;
    article.title = QStringLiteral("Title");
    article.body = body;
    article.html = html;
    ArticleDocument::Options options;
    options.includeHeader = false;
    const ArticleDocument doc(article, m_tagger, options);
    QCOMPARE(doc.showsHtml(), showsHtml);
    const auto document = doc.toDocument();
    QCOMPARE(describe(*document), expected);
    QCOMPARE(document->blockCount(), doc.bodyBlockCount());
}

void TestArticleDocument::mentionsInsideMarkup_data()
{
    QTest::addColumn<QString>("html"); // as a feed gives it
    QTest::addColumn<QString>("mention");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("href"); // the link it is in
    QTest::addColumn<bool>("bold");
    QTest::addColumn<bool>("listItem");
    QTest::newRow("strong") << QStringLiteral(
                                   "<p>Met the <strong>World Customs Organization</strong> in Brussels.</p>")
                            << QStringLiteral("World Customs Organization") << QStringLiteral("wco")
                            << QString() << true << false;
    QTest::newRow("link") << QStringLiteral(
                                 "<p>Read <a href=\"https://www.wcoomd.org/\">the WCO site</a>.</p>")
                          << QStringLiteral("WCO") << QStringLiteral("wco")
                          << QStringLiteral("https://www.wcoomd.org/") << false << false;
    QTest::newRow("bold link") << QStringLiteral(
                                      "<p><b><a href=\"https://www.wto.org/\">WTO</a></b> news</p>")
                               << QStringLiteral("WTO") << QStringLiteral("wto")
                               << QStringLiteral("https://www.wto.org/") << true << false;
    QTest::newRow("list item") << QStringLiteral(
                                      "<p>Partners:</p><ul><li>the <i>UNCTAD</i></li><li>the WTO</li></ul>")
                               << QStringLiteral("WTO") << QStringLiteral("wto") << QString() << false
                               << true;
}

void TestArticleDocument::mentionsInsideMarkup()
{
    QFETCH(QString, html);
    QFETCH(QString, mention);
    QFETCH(QString, id);
    QFETCH(QString, href);
    QFETCH(bool, bold);
    QFETCH(bool, listItem);
    const Article article = fromFeed(html);
    const ArticleDocument doc(article, m_tagger);
    QVERIFY(doc.showsHtml());
    const auto document = doc.toDocument();

    // Every highlight is exactly its mention's text, the title's and the body's alike.
    const QString text = Tagger::textOf(article);
    QList<std::pair<QString, QString>> expected;
    for (const Mention &m : doc.organizationMentions())
        expected.append({m.id, text.mid(m.start, m.length)});
    QVERIFY(expected.contains(std::pair(id, mention)));
    QCOMPARE(fragmentsWith(*document, ArticleDocument::OrganizationIdProperty), expected);

    const qsizetype at = document->toPlainText().indexOf(mention);
    QVERIFY(at >= 0);
    const HighlightPalette colors{QPalette()};
    const QString kind = QStringLiteral("intergovernmental");
    for (int i = static_cast<int>(at); i < at + mention.size(); ++i) {
        const QTextCharFormat f = formatAt(*document, i);
        // The highlight's colours over the element's format, which stays.
        QCOMPARE(f.property(ArticleDocument::OrganizationIdProperty).toString(), id);
        QCOMPARE(f.background().color(), colors.organization(kind).background);
        QVERIFY(f.toolTip().contains(HighlightPalette::kindName(kind)));
        QCOMPARE(f.fontWeight() >= QFont::Bold, bold);
        QVERIFY(f.isAnchor());
        QCOMPARE(f.anchorHref(), href.isEmpty() ? ArticleDocument::organizationHref(id) : href);
        if (!href.isEmpty())
            QCOMPARE(f.underlineStyle(), QTextCharFormat::SingleUnderline);
    }
    QCOMPARE(document->findBlock(static_cast<int>(at)).textList() != nullptr, listItem);
}

void TestArticleDocument::searchHitsInListItems()
{
    Article article = fromFeed(QStringLiteral("<p>Guatemala:</p><ul><li>Customs in <b>Guatemala</b></li>"
                                              "<li>Trade with guatémala's neighbours</li></ul>"));
    ArticleDocument::Options options;
    options.includeHeader = false;
    options.search = QStringLiteral("guatemala");
    options.palette = lightPalette();
    const auto document = build(article, options);
    QStringList hits;
    QList<bool> inList;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().property(ArticleDocument::SearchHitProperty).toBool()) {
                hits.append(it.fragment().text());
                inList.append(b.textList() != nullptr);
                if (b.textList())
                    QCOMPARE(it.fragment().charFormat().background().color(),
                             HighlightPalette(lightPalette()).searchHit().background);
            }
        }
    }
    QCOMPARE(hits, (QStringList{QStringLiteral("Guatemala"), QStringLiteral("Guatemala"),
                                QStringLiteral("guatémala")}));
    QCOMPARE(inList, (QList<bool>{false, true, true}));
    // The hit in bold stays bold.
    const qsizetype at = document->toPlainText().indexOf(QStringLiteral("in Guatemala"));
    QVERIFY(formatAt(*document, static_cast<int>(at + 3)).fontWeight() >= QFont::Bold);
}

// What a hand-edited database could hold: none of it runs, shows or loads.
void TestArticleDocument::hostileStoredHtmlShowsNothingAndLoadsNothing()
{
    Article article;
    article.title = QStringLiteral("Title");
    article.body = QStringLiteral("Hello world\n\nSafe text here");
    article.html = QStringLiteral(
        "<p>Hello <script>alert(1)</script><img src=\"file:///etc/passwd\" onerror=\"alert(2)\">"
        "<b onclick=\"steal()\" style=\"background:url(https://track.example/b.gif)\">world</b></p>"
        "<style>p{background:url(https://track.example/s.gif)}</style>"
        "<iframe src=\"https://evil.example/\">frame</iframe><object data=\"x.swf\">obj</object>"
        "<p>Safe <svg><image href=\"https://track.example/i.gif\"/>svg</svg>"
        "<a href=\"javascript:alert(3)\">text</a> <img src=x>here<link rel=stylesheet href=s.css></p>");
    ArticleDocument::Options options;
    options.includeHeader = false;
    const ArticleDocument doc(article, m_tagger, options);
    QVERIFY(doc.showsHtml()); // read as HTML, not passed over
    ResourceSpy document;
    doc.fill(document);
    QCOMPARE(describe(document),
             (QStringList{QStringLiteral("Hello *world*"), QStringLiteral("Safe text here")}));
    for (const char *gone : {"alert", "steal", "background", "frame", "obj", "svg", "passwd", "track"})
        QVERIFY2(!document.toPlainText().contains(QLatin1String(gone)), gone);
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            QVERIFY(!f.isImageFormat());
            QVERIFY(!f.isAnchor());
            QVERIFY(!f.hasProperty(QTextFormat::BackgroundBrush));
        }
    }
    // Laid out and painted, it asks for nothing.
    document.setTextWidth(400);
    QImage image(400, 300, QImage::Format_ARGB32);
    QPainter painter(&image);
    document.drawContents(&painter);
    painter.end();
    QVERIFY(document.requested.isEmpty());
}

// The PDF export tells the header's blocks from the body's by the body's count, which for HTML is
// not the count of plain paragraphs (a pre with a blank line is one block and two paragraphs).
void TestArticleDocument::bodyBlocksFollowTheHeader()
{
    Article article = fromFeed(QStringLiteral("<p>First <b>paragraph</b>.</p><pre>code\n\nmore code</pre>"
                                              "<ul><li>item</li></ul>"));
    article.url = QStringLiteral("https://news.example/a");
    QVERIFY(ArticleDocument::paragraphsOf(article.body).size() == 4);
    const ArticleDocument doc(article, m_tagger);
    QVERIFY(doc.showsHtml());
    QCOMPARE(doc.bodyBlockCount(), 3);
    const auto document = doc.toDocument();
    const QTextBlock firstBody = document->findBlockByNumber(document->blockCount() - doc.bodyBlockCount());
    QCOMPARE(firstBody.text(), QStringLiteral("First paragraph."));
    QCOMPARE(firstBody.previous().text(), article.url);
}

QTEST_MAIN(TestArticleDocument)
#include "tst_articledocument.moc"
