#include "SampleArticle.h"
#include "TestLibrary.h"
#include "export/PdfExporter.h"
#include "export/PdfStyle.h"
#include "html/HtmlSanitizer.h"
#include "i18n/InterfaceLanguage.h"
#include "render/ArticleDocument.h"
#include "render/FilterDescription.h"
#include "render/HighlightPalette.h"
#include "service/Importer.h"
#include "service/SampleLibrary.h"
#include "tagging/Tagger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

using namespace Clearance;

// Briefing packs of the sample library, read back with an independent PDF reader (poppler-utils:
// pdfinfo, pdftotext, pdftoppm), never with Qt.
class TestPdfExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filterDescription();
    void pagesAndTitles_data();
    void pagesAndTitles();
    void headerAndFooterOnEveryPage();
    void highlightColourWhereAnOrganizationIsNamed();
    void linksAreClickableAndInternalOnesGone();
    void htmlArticleKeepsItsListsLinksAndPages();
    void arabicComesOutInLogicalOrder();
    void arabicPackReadsRightToLeft();
    void chineseFallsBackToAFontWithTheGlyphs();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void cancelLeavesNoFileAndKeepsTheOldOne();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QList<ExportArticle> francophoneAfrica() const;
    PdfExportReport exportPack(const QList<ExportArticle> &articles, const PdfExportOptions &options,
                               const QString &file) const;

    QTemporaryDir m_dir;
    std::unique_ptr<TestLibrary> m_library;
    std::shared_ptr<const Tagger> m_tagger;
};

namespace {

const QString kPackTitle = QStringLiteral("Sahel briefing");

// Output of a poppler tool; fails the test (empty string) when it cannot run.
QString tool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text as a reader compares it: ligatures and Arabic presentation forms folded (NFKC), the
// directional embeddings pdftotext wraps right-to-left runs in dropped, runs of white space as one
// space.
QString plain(const QString &text)
{
    static const QRegularExpression bidiControls(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.normalized(QString::NormalizationForm_KC)
        .remove(bidiControls)
        .replace(space, QStringLiteral(" "))
        .trimmed();
}

// The words of a text, in order, one space apart: letters, marks and digits only.
QString wordsOf(const QString &text)
{
    static const QRegularExpression between(QStringLiteral("[^\\p{L}\\p{M}\\p{N}]+"));
    return plain(text).replace(between, QStringLiteral(" ")).trimmed();
}

int pageCount(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(tool(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

QString pageText(const QString &pdf, int page, bool layout = false)
{
    QStringList args{QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                     QString::number(page)};
    if (layout)
        args.append(QStringLiteral("-layout"));
    return tool(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

// The letters of a text, sorted: the same for a line whichever order a reader gives its glyphs in
// (pdftotext -bbox-layout lists Arabic glyph by glyph, in visual order).
QString lettersOf(const QString &text)
{
    QString letters = wordsOf(text).remove(QLatin1Char(' '));
    std::sort(letters.begin(), letters.end());
    return letters;
}

// Where the reader (pdftotext -bbox-layout) puts the line of `page` that holds exactly the letters
// of `text`, in PDF points; an invalid rectangle when no line does.
QRectF lineBox(const QString &pdf, int page, const QString &text)
{
    const QString html =
        tool(QStringLiteral("pdftotext"),
             {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
              QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")});
    static const QRegularExpression line(
        QStringLiteral("<line xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">(.*?)</line>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    const QString wanted = lettersOf(text);
    for (auto it = line.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (lettersOf(m.captured(5).remove(tag)) == wanted)
            return QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                          QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
    }
    return {};
}

} // namespace

void TestPdfExporter::initTestCase()
{
    for (const char *program : {"pdfinfo", "pdftotext", "pdftoppm", "pdffonts"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(program)).isEmpty(),
                 "poppler-utils is needed (./setup test installs it)");
    QVERIFY(m_dir.isValid());
    m_tagger = Tagger::standard();
    m_library = std::make_unique<TestLibrary>();
    Importer importer(*m_library->store, m_tagger);
    const auto report = SampleLibrary::populate(importer);
    QVERIFY2(report.ok(), qPrintable(report.error()));
}

QList<ExportArticle> TestPdfExporter::francophoneAfrica() const
{
    ArticleFilter filter;
    filter.values(FacetKind::Region) = {QStringLiteral("francophone-africa")};
    const auto ids = m_library->store->articleIds(filter);
    if (!ids)
        return {};
    const auto articles = PdfExporter::load(*m_library->store, *ids);
    return articles ? *articles : QList<ExportArticle>();
}

PdfExportReport TestPdfExporter::exportPack(const QList<ExportArticle> &articles,
                                            const PdfExportOptions &options, const QString &file) const
{
    const auto report = PdfExporter(m_tagger, options).write(articles, file);
    if (!report)
        qWarning("export failed: %s", qPrintable(report.error()));
    return report ? *report : PdfExportReport();
}

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

void TestPdfExporter::arabicComesOutInLogicalOrder()
{
    Article article;
    article.id = 1;
    article.title = QStringLiteral("WCO PCA Guidelines in Arabic");
    article.language = QStringLiteral("ar");
    const QString arabic =
        QStringLiteral("أصدرت منظمة الجمارك العالمية النسخة العربية من إرشادات التدقيق اللاحق");
    article.body = QStringLiteral("The guidelines open with this sentence.\n\n") + arabic;
    article.published = QDateTime(QDate(2024, 3, 5), QTime(10, 0), Qt::UTC);
    PdfExportOptions options;
    options.title = kPackTitle;
    options.contents = false;
    const QString file = path(QStringLiteral("arabic.pdf"));
    exportPack({{article, std::nullopt}}, options, file);
    const QString text = plain(pageText(file, 2));
    // Word by word in reading order (poppler puts a right-to-left line back into logical order).
    QVERIFY2(text.contains(plain(arabic)), qPrintable(text));
}

// A pack exported in the Arabic interface: the title page, the contents and the running foot in
// Arabic, an Arabic article in reading order, and its paragraphs set from the right margin.
void TestPdfExporter::arabicPackReadsRightToLeft()
{
    const QString before = InterfaceLanguage::current();
    QCOMPARE(InterfaceLanguage::apply(QStringLiteral("ar")), QStringLiteral("ar"));
    const auto restore = qScopeGuard([&before] { InterfaceLanguage::apply(before); });
    QCOMPARE(QLocale().textDirection(), Qt::RightToLeft);

    const QString wco = QStringLiteral("منظمة الجمارك العالمية");
    Article article;
    article.id = 1;
    article.language = QStringLiteral("ar");
    article.title = QStringLiteral("دليل التدقيق اللاحق للإفراج باللغة العربية");
    // The first paragraph runs over several lines, whose order the reader must keep; the second is
    // short, so that where its ink lies shows the alignment.
    const QString first =
        QStringLiteral("أصدرت ") + wco +
        QStringLiteral(" النسخة العربية من إرشادات التدقيق اللاحق للإفراج، وهي ثمرة عمل مشترك بين خبراء "
                       "الإدارات الجمركية في المنطقة، وتتناول اختيار الشركات وإعداد الزيارات الميدانية "
                       "وكتابة التقارير ومتابعة النتائج مع المستوردين والمصدرين.");
    const QString second = QStringLiteral("وشكرت ") + wco + QStringLiteral(" المترجمين.");
    article.body = first + QStringLiteral("\n\n") + second;
    article.published = QDateTime(QDate(2024, 3, 5), QTime(10, 0), Qt::UTC);

    PdfExportOptions options; // the interface's locale, as the export dialog gives it
    QCOMPARE(options.locale.language(), QLocale::Arabic);
    options.title = QStringLiteral("موجز الجمارك");
    options.contents = true;
    const QString file = path(QStringLiteral("arabic-rtl.pdf"));
    QCOMPARE(exportPack({{article, std::nullopt}}, options, file).pages, 3);

    // Written in Arabic, not in English: the reader's words, checked against the translation.
    const QString titlePage = plain(pageText(file, 1));
    QVERIFY2(titlePage.contains(QStringLiteral("ملف إحاطة")), qPrintable(titlePage));     // Briefing pack
    QVERIFY2(titlePage.contains(QStringLiteral("تاريخ التصدير")), qPrintable(titlePage)); // Exported
    QVERIFY(!titlePage.contains(QStringLiteral("Exported")));
    QVERIFY(plain(pageText(file, 2)).contains(QStringLiteral("المحتويات"))); // Contents
    // The title page is mirrored: its accent colour (the bar and the kicker) all on the right.
    const QString titlePrefix = path(QStringLiteral("arabic-title"));
    tool(QStringLiteral("pdftoppm"),
         {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
          QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), file,
          titlePrefix});
    const QImage cover(titlePrefix + QStringLiteral(".png"));
    QVERIFY(!cover.isNull());
    const QColor accent = PdfStyle(PdfExportOptions::Paper::A4).accent;
    int accentLeft = cover.width();
    for (int y = 0; y < cover.height(); ++y) {
        for (int x = 0; x < cover.width(); ++x) {
            const QColor p = cover.pixelColor(x, y);
            if (std::abs(p.red() - accent.red()) <= 8 && std::abs(p.green() - accent.green()) <= 8 &&
                std::abs(p.blue() - accent.blue()) <= 8)
                accentLeft = std::min(accentLeft, x);
        }
    }
    QVERIFY2(accentLeft < cover.width(), "no accent colour on the title page");
    QVERIFY2(accentLeft > cover.width() / 2, qPrintable(QString::number(accentLeft)));

    const QString text = plain(pageText(file, 3));
    // "Page 3 of 3" with the locale's digits. poppler moves the spaces around a number inside
    // right-to-left text, so the words and numbers are compared in order without spaces.
    const QString foot =
        QStringLiteral("الصفحة%1من%2").arg(options.locale.toString(3), options.locale.toString(3));
    QVERIFY2(QString(text).remove(QLatin1Char(' ')).contains(foot), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Page")));
    // Every word in reading order (poppler also moves the space around an Arabic comma, so the
    // punctuation is left out of the comparison).
    const QString words = wordsOf(text);
    QVERIFY2(words.contains(wordsOf(article.title)), qPrintable(text));
    QVERIFY2(words.contains(wordsOf(first)), qPrintable(text));
    QVERIFY2(words.contains(wordsOf(second)), qPrintable(text));

    // Where the second paragraph lies, as the reader sees it: one line.
    const QRectF line = lineBox(file, 3, second);
    QVERIFY2(line.isValid(), "the short paragraph is not on the page");

    // At 72 dpi a pixel is a point. The text area is the span of the running head's rule.
    const QString prefix = path(QStringLiteral("arabic-page"));
    tool(QStringLiteral("pdftoppm"),
         {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
          QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"), QStringLiteral("3"), file,
          prefix});
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    const auto dark = [&page](int x, int y) { return qGray(page.pixel(x, y)) < 160; };
    int ruleLeft = -1;
    int ruleRight = -1;
    for (int y = 0; y < page.height() / 4 && ruleLeft < 0; ++y) {
        int first = -1;
        int last = -1;
        int inked = 0;
        for (int x = 0; x < page.width(); ++x) {
            if (qGray(page.pixel(x, y)) < 250) {
                first = first < 0 ? x : first;
                last = x;
                ++inked;
            }
        }
        // Unbroken ink across most of the page: the rule, not a row through the head's words.
        if (inked > page.width() / 2 && inked == last - first + 1) {
            ruleLeft = first;
            ruleRight = last;
        }
    }
    QVERIFY2(ruleLeft > 0, "no rule under the running head");
    int inkLeft = page.width();
    int inkRight = -1;
    for (int y = qFloor(line.top()); y <= qCeil(line.bottom()) && y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (dark(x, y)) {
                inkLeft = std::min(inkLeft, x);
                inkRight = std::max(inkRight, x);
            }
        }
    }
    QVERIFY2(inkRight > 0, "no ink on the short paragraph's line");
    const QByteArray where = QStringLiteral("ink %1-%2, text area %3-%4, page %5")
                                 .arg(inkLeft)
                                 .arg(inkRight)
                                 .arg(ruleLeft)
                                 .arg(ruleRight)
                                 .arg(page.width())
                                 .toUtf8();
    // Set from the right margin, ending short of the left one.
    QVERIFY2(std::abs(inkRight - ruleRight) <= 4, where.constData());
    QVERIFY2(inkLeft > page.width() / 2, where.constData());
}

void TestPdfExporter::chineseFallsBackToAFontWithTheGlyphs()
{
    Article article;
    article.id = 1;
    article.title = QStringLiteral("China Customs and the WCO");
    const QString chinese = QStringLiteral("海关总署与世界海关组织签署合作协议");
    article.body = chinese;
    PdfExportOptions options;
    options.title = kPackTitle;
    options.contents = false;
    const QString file = path(QStringLiteral("chinese.pdf"));
    exportPack({{article, std::nullopt}}, options, file);
    QVERIFY2(plain(pageText(file, 2)).contains(chinese), qPrintable(pageText(file, 2)));
    // Every font is embedded, and more than DejaVu's two faces are: the fallback.
    const QStringList fonts =
        tool(QStringLiteral("pdffonts"), {file}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(fonts.size() >= 3);
    for (const QString &line : fonts)
        QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
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
