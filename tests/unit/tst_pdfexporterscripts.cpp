#include "PdfExportTestSupport.h"
#include "export/PdfStyle.h"
#include "i18n/InterfaceLanguage.h"

#include <QImage>
#include <QScopeGuard>
#include <QTest>
#include <QtMath>

using namespace Clearance;

// Briefing packs in other scripts, read back with poppler-utils: Arabic in reading order and set from
// the right, Chinese in a font that has its glyphs.
class TestPdfExporterScripts final : public QObject, private PdfExportFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpLibrary(); }
    void arabicComesOutInLogicalOrder();
    void arabicPackReadsRightToLeft();
    void chineseFallsBackToAFontWithTheGlyphs();
};

void TestPdfExporterScripts::arabicComesOutInLogicalOrder()
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
void TestPdfExporterScripts::arabicPackReadsRightToLeft()
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

void TestPdfExporterScripts::chineseFallsBackToAFontWithTheGlyphs()
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

QTEST_MAIN(TestPdfExporterScripts)
#include "tst_pdfexporterscripts.moc"
