#include "PdfExportTestSupport.h"
#include "html/HtmlSanitizer.h"
#include "render/ArticleDocument.h"
#include "render/FilterDescription.h"
#include "render/HighlightPalette.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTest>

using namespace Clearance;

// Briefing packs of the sample library, read back with an independent PDF reader (poppler-utils:
// pdfinfo, pdftotext, pdftoppm), never with Qt: pages, contents, links, colours and failures.
class TestPdfExporter final : public QObject, private PdfExportFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpLibrary(); }
    void filterDescription();
    void pagesAndTitles_data();
    void pagesAndTitles();
    void headerAndFooterOnEveryPage();
    void highlightColourWhereAnOrganizationIsNamed();
    void linksAreClickableAndInternalOnesGone();
    void htmlArticleKeepsItsListsLinksAndPages();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void cancelLeavesNoFileAndKeepsTheOldOne();
};

void TestPdfExporter::filterDescription()
{
    ArticleFilter filter;
    QCOMPARE(FilterDescription::describe(filter, m_tagger->taxonomy(), QStringLiteral("en")), QString());
    filter.values(FacetKind::Region) = {QStringLiteral("francophone-africa")};
    filter.values(FacetKind::Initiative) = {QStringLiteral("pca")};
    QCOMPARE(FilterDescription::describe(filter, m_tagger->taxonomy(), QStringLiteral("en")),
             QStringLiteral("Francophone Africa · Post-clearance audit"));
    QCOMPARE(FilterDescription::describe(filter, m_tagger->taxonomy(), QStringLiteral("fr")),
             QStringLiteral("Afrique francophone · Contrôle a posteriori"));
}

void TestPdfExporter::pagesAndTitles_data()
{
    QTest::addColumn<PdfExportOptions::Paper>("paper");
    QTest::addColumn<bool>("contents");
    QTest::addColumn<bool>("pagePerArticle");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("A4, continuous") << PdfExportOptions::Paper::A4 << true << false
                                    << QStringLiteral("595 x 842");
    QTest::newRow("Letter, a page per article")
        << PdfExportOptions::Paper::Letter << true << true << QStringLiteral("612 x 792");
    QTest::newRow("no contents") << PdfExportOptions::Paper::A4 << false << false
                                 << QStringLiteral("595 x 842");
}

// The contents list both articles with the page each really starts on (found by reading each page).
void TestPdfExporter::pagesAndTitles()
{
    QFETCH(PdfExportOptions::Paper, paper);
    QFETCH(bool, contents);
    QFETCH(bool, pagePerArticle);
    QFETCH(QString, pageSize);
    const QList<ExportArticle> articles = francophoneAfrica();
    QCOMPARE(articles.size(), 2);
    PdfExportOptions options;
    options.title = kPackTitle;
    options.paper = paper;
    options.contents = contents;
    options.pagePerArticle = pagePerArticle;
    const QString file = path(QStringLiteral("fa.pdf"));
    const PdfExportReport report = exportPack(articles, options, file);
    QCOMPARE(report.articles, 2);
    const int pages = pageCount(file);
    QCOMPARE(pages, report.pages);
    QVERIFY(tool(QStringLiteral("pdfinfo"), {file}).contains(pageSize));

    const QString titlePage = plain(pageText(file, 1));
    QVERIFY(titlePage.contains(kPackTitle));
    QVERIFY2(titlePage.contains(QStringLiteral("2 article")), qPrintable(titlePage));

    const int firstArticlePage = contents ? 3 : 2;
    if (contents)
        QVERIFY(plain(pageText(file, 2)).contains(QStringLiteral("Contents")));
    const QString contentsText = contents ? plain(pageText(file, 2, true)) : QString();
    QList<int> starts;
    for (const QString &title : {kFrancophonePca, kBelgium}) {
        int start = 0;
        for (int p = firstArticlePage; p <= pages && !start; ++p) {
            if (plain(pageText(file, p)).contains(title))
                start = p;
        }
        QVERIFY2(start > 0, qPrintable(title));
        starts.append(start);
        if (contents) {
            // "Title . . . . 3": the first number after the title.
            const qsizetype at = contentsText.indexOf(title);
            QVERIFY2(at >= 0, qPrintable(contentsText));
            static const QRegularExpression number(QStringLiteral("^[ .]*(\\d+)"));
            const QRegularExpressionMatch m = number.match(contentsText.mid(at + title.size()));
            QVERIFY2(m.hasMatch(), qPrintable(contentsText));
            QCOMPARE(m.captured(1).toInt(), start);
        }
    }
    QCOMPARE(starts.first(), firstArticlePage);
    if (pagePerArticle)
        QCOMPARE(starts.last(), starts.first() + 1);
    else
        QVERIFY(starts.last() <= starts.first() + 1);
}

void TestPdfExporter::headerAndFooterOnEveryPage()
{
    PdfExportOptions options;
    options.title = kPackTitle;
    options.pagePerArticle = true;
    const QString file = path(QStringLiteral("header.pdf"));
    exportPack(francophoneAfrica(), options, file);
    const int pages = pageCount(file);
    QCOMPARE(pages, 4);
    for (int p = 2; p <= pages; ++p) {
        const QString text = plain(pageText(file, p));
        QVERIFY2(text.contains(kPackTitle), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("page %1 of %2").arg(p).arg(pages), Qt::CaseInsensitive),
                 qPrintable(text));
    }
    // The title page carries neither.
    QVERIFY(!plain(pageText(file, 1)).contains(QStringLiteral("of %1").arg(pages)));
}

// The reading pane's light colour for an intergovernmental body (the WCO) is on the page.
void TestPdfExporter::highlightColourWhereAnOrganizationIsNamed()
{
    PdfExportOptions options;
    options.title = kPackTitle;
    options.contents = false;
    options.legend = false; // the legend would show the colour too
    const QString file = path(QStringLiteral("colour.pdf"));
    exportPack(francophoneAfrica(), options, file);
    const QString prefix = path(QStringLiteral("page"));
    tool(QStringLiteral("pdftoppm"),
         {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
          QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), file,
          prefix});
    QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    QPalette light(Qt::white);
    light.setColor(QPalette::Window, Qt::white);
    const QColor wanted =
        HighlightPalette(light).organization(QStringLiteral("intergovernmental")).background;
    const auto count = [&page](const QColor &c) {
        int n = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                const QColor p = page.pixelColor(x, y);
                n += std::abs(p.red() - c.red()) <= 2 && std::abs(p.green() - c.green()) <= 2 &&
                     std::abs(p.blue() - c.blue()) <= 2;
            }
        }
        return n;
    };
    QVERIFY2(count(wanted) > 200, "no intergovernmental highlight on the first article's page");
    // Nothing on the page has the colour of a kind these articles do not name.
    const QColor ngo = HighlightPalette(light).organization(QStringLiteral("ngo")).background;
    QCOMPARE(count(ngo), 0);
    // The title page without a legend shows no highlight colour.
    tool(QStringLiteral("pdftoppm"),
         {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
          QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), file,
          prefix});
    page = QImage(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    QCOMPARE(count(wanted), 0);
}

void TestPdfExporter::linksAreClickableAndInternalOnesGone()
{
    const Article guatemala =
        sampleArticle(QStringLiteral("WCO Aids Guatemala in Boosting Trade for Economic Growth"));
    QVERIFY(!guatemala.url.isEmpty());
    PdfExportOptions options;
    options.title = kPackTitle;
    const QString file = path(QStringLiteral("links.pdf"));
    exportPack({{guatemala, std::nullopt}}, options, file);
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.contains("/URI"));
    QVERIFY(bytes.contains(guatemala.url.toLatin1()));
    QVERIFY(!bytes.contains("clearance-org:"));
    QVERIFY(!bytes.contains("clearance-region:"));
    QVERIFY(plain(pageText(file, 3)).contains(guatemala.url));
}

// An article imported with HTML, long enough for two pages, then a plain one: the list numbers and the
// link of the HTML are in the PDF, and the contents give the pages the articles really start on.
void TestPdfExporter::htmlArticleKeepsItsListsLinksAndPages()
{
    QString feedHtml = QStringLiteral("<p>The <strong>World Customs Organization</strong> and the <a "
                                      "href=\"https://www.wto.org/en/news/\">WTO "
                                      "newsroom</a> agree on:</p><ol><li>First step</li><li>Second "
                                      "step</li></ol><pre>code\n\nmore code</pre>");
    for (int i = 1; i <= 30; ++i)
        feedHtml +=
            QStringLiteral("<p>Paragraph %1 sets out how <em>customs administrations</em> share data on "
                           "goods in transit, how they check it and how traders are told.</p>")
                .arg(i);
    feedHtml += QStringLiteral("<ul><li>Closing item</li></ul>");
    const SanitizedHtml sanitized = HtmlSanitizer::sanitize(feedHtml);
    Article article;
    article.id = 1;
    article.title = QStringLiteral("Customs and trade bodies agree on transit data");
    article.body = sanitized.text;
    article.html = sanitized.html;
    article.published = QDateTime(QDate(2024, 3, 5), QTime(10, 0), Qt::UTC);
    QVERIFY(ArticleDocument(article, m_tagger).showsHtml());
    const Article guatemala = sampleArticle(kGuatemala);

    PdfExportOptions options;
    options.title = kPackTitle;
    const QString file = path(QStringLiteral("html.pdf"));
    const PdfExportReport report =
        exportPack({{article, std::nullopt}, {guatemala, std::nullopt}}, options, file);
    QCOMPARE(report.articles, 2);
    const int pages = pageCount(file);
    QCOMPARE(pages, report.pages);
    QVERIFY(pages >= 5); // title page, contents, two pages or more of the first article

    // The first article starts on page 3 and runs over several pages, its list numbered.
    const QString first = plain(pageText(file, 3));
    QVERIFY2(first.contains(article.title), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("1. First step")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("2. Second step")), qPrintable(first));
    int closing = 0;
    int start = 0;
    for (int p = 3; p <= pages; ++p) {
        const QString text = plain(pageText(file, p));
        if (text.contains(QStringLiteral("Closing item")))
            closing = p;
        if (!start && text.contains(kGuatemala))
            start = p;
    }
    QVERIFY(closing > 3);
    QVERIFY(start >= closing);
    const QString contents = plain(pageText(file, 2, true));
    static const QRegularExpression number(QStringLiteral("^[ .]*(\\d+)"));
    for (const auto &[title, page] : {std::pair{article.title, 3}, std::pair{kGuatemala, start}}) {
        const qsizetype at = contents.indexOf(title);
        QVERIFY2(at >= 0, qPrintable(contents));
        QCOMPARE(number.match(contents.mid(at + title.size())).captured(1).toInt(), page);
    }

    // The link in the text is a link in the PDF; the highlights' own links are not.
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.contains("https://www.wto.org/en/news/"));
    QVERIFY(!bytes.contains("clearance-org:"));
}

void TestPdfExporter::badInputWritesNothing_data()
{
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << QList<qint64>{1, 99999} << QStringLiteral("unknown.pdf")
                                << QStringLiteral("No article has the id 99999.");
    QTest::newRow("empty selection") << QList<qint64>{} << QStringLiteral("empty.pdf")
                                     << QStringLiteral("There are no articles to export.");
    QTest::newRow("unwritable path") << QList<qint64>{1} << QStringLiteral("no-such-folder/pack.pdf")
                                     << QStringLiteral("Cannot write");
}

void TestPdfExporter::badInputWritesNothing()
{
    QFETCH(QList<qint64>, ids);
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString output = path(file);
    QString error;
    const auto articles = PdfExporter::load(*m_library->store, ids);
    if (!articles) {
        error = articles.error();
    } else {
        PdfExportOptions options;
        options.title = kPackTitle;
        const auto report = PdfExporter(m_tagger, options).write(*articles, output);
        QVERIFY(!report);
        error = report.error();
    }
    QVERIFY2(error.startsWith(message), qPrintable(error));
    QVERIFY(!QFile::exists(output));
    QCOMPARE(QDir(m_dir.path())
                 .entryList({QStringLiteral("*.pdf*"), QStringLiteral("*.tmp")}, QDir::Files)
                 .filter(QFileInfo(file).baseName()),
             QStringList());
}

void TestPdfExporter::cancelLeavesNoFileAndKeepsTheOldOne()
{
    const QString output = path(QStringLiteral("cancelled.pdf"));
    const QByteArray old("an earlier pack");
    QVERIFY(!writeTestFile(m_dir.path(), QStringLiteral("cancelled.pdf"), old).isEmpty());
    const auto all = m_library->store->articleIds({});
    QVERIFY(all);
    const auto articles = PdfExporter::load(*m_library->store, *all);
    QVERIFY(articles);
    PdfExportOptions options;
    options.title = kPackTitle;
    for (int stopAt : {3, 12}) { // in the first pass, then while drawing
        int calls = 0;
        const auto report = PdfExporter(m_tagger, options).write(*articles, output, [&](int done, int total) {
            ++calls;
            return done < stopAt && total == 20;
        });
        QVERIFY(!report);
        QCOMPARE(report.error(), PdfExporter::cancelledMessage());
        QCOMPARE(calls, stopAt + 1);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), old);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files).size(), 1);
    }
}

QTEST_MAIN(TestPdfExporter)
#include "tst_pdfexporter.moc"
