#include "ArticleDocumentFixture.h"
#include "ArticleDocumentTestSupport.h"
#include "render/BodyBlockSplitter.h"
#include "render/PlainText.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Clearance;

// The text of one article's document: paragraph direction and splitting, the header, long and cut
// bodies, the notes on the text and the organisation links.
class TestArticleDocumentText final : public QObject, private ArticleDocumentFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpArticle(); }
    void paragraphDirection();
    void header();
    void bodyOnly();
    void longParagraphIsLaidOutInParts();
    void articleOfAnOlderReleaseIsCut();
    void notesOnTheText_data();
    void notesOnTheText();
    void paragraphs_data();
    void paragraphs();
    void hrefs();
};

void TestArticleDocumentText::paragraphDirection()
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

void TestArticleDocumentText::header()
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

void TestArticleDocumentText::bodyOnly()
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
void TestArticleDocumentText::longParagraphIsLaidOutInParts()
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
void TestArticleDocumentText::articleOfAnOlderReleaseIsCut()
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

void TestArticleDocumentText::notesOnTheText_data()
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
void TestArticleDocumentText::notesOnTheText()
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

void TestArticleDocumentText::paragraphs_data()
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

void TestArticleDocumentText::paragraphs()
{
    QFETCH(QString, body);
    QFETCH(QList<BodyBlock::Range>, expected);
    QCOMPARE(PlainText::paragraphs(body), expected);
}

void TestArticleDocumentText::hrefs()
{
    QCOMPARE(ArticleDocument::organizationHref(QStringLiteral("gt-sat")),
             QStringLiteral("clearance-org:gt-sat"));
    QCOMPARE(ArticleDocument::organizationOfHref(QStringLiteral("clearance-org:wco")), QStringLiteral("wco"));
    QVERIFY(ArticleDocument::organizationOfHref(QStringLiteral("https://wcoomd.org")).isEmpty());
}

QTEST_MAIN(TestArticleDocumentText)
#include "tst_articledocumenttext.moc"
