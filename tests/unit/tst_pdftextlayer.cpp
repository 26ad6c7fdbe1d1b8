#include "export/PdfExporter.h"
#include "export/PdfTextLayer.h"
#include "i18n/InterfaceLanguage.h"
#include "tagging/Tagger.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Clearance;

// The text a reader takes out of a briefing pack (search, copy, a screen reader; here poppler's
// pdftotext, not Qt) is the article's text: "financial", not "ﬁnancial" with the ligature U+FB01.
class TestPdfTextLayer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formats_data();
    void formats();
    void applyLeavesAFormatsOwnLetterSpacing();
    void drawLineLiesWhereDrawTextDoes_data();
    void drawLineLiesWhereDrawTextDoes();
    void textLayer_data();
    void textLayer();
    void arabicKeepsItsLigatures();

private:
    QString exportText(const QString &language, const Article &article, const QString &packTitle);

    QTemporaryDir m_dir;
    QString m_pdftotext;
};

namespace {

// Where a text has a presentation form of a Latin ligature (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ): what it says, or empty.
QString ligaturesIn(const QString &text)
{
    static const QRegularExpression ligature(QStringLiteral("\\S*[\\x{FB00}-\\x{FB06}]\\S*"));
    QStringList words;
    for (auto it = ligature.globalMatch(text); it.hasNext();)
        words.append(it.next().captured());
    return words.join(QLatin1String(", "));
}

// Runs of white space (pdftotext's line and page breaks) as one space.
QString oneLine(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" "));
}

struct Range
{
    int start;
    int length;
};

QList<Range> rangesOf(const QList<QTextLayout::FormatRange> &formats)
{
    QList<Range> ranges;
    for (const QTextLayout::FormatRange &f : formats)
        ranges.append({f.start, f.length});
    return ranges;
}

// The columns that hold ink: [first, last], or [-1, -1] on a blank image.
std::pair<int, int> inkColumns(const QImage &image)
{
    int first = -1;
    int last = -1;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (qGray(image.pixel(x, y)) < 128) {
                if (first < 0)
                    first = x;
                last = x;
                break;
            }
        }
    }
    return {first, last};
}

QString describe(const QString &text, const QList<Range> &ranges)
{
    QStringList parts;
    for (const Range &r : ranges)
        parts.append(QLatin1Char('"') + text.mid(r.start, r.length) + QLatin1Char('"'));
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

} // namespace

void TestPdfTextLayer::initTestCase()
{
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext is needed: install poppler-utils (./setup test does)");
    QVERIFY(m_dir.isValid());
}

void TestPdfTextLayer::formats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("plain"); // the runs set without optional ligatures, in order

    QTest::newRow("latin") << QStringLiteral("The financial office.")
                           << QStringList{QStringLiteral("The financial office.")};
    QTest::newRow("leading punctuation joins the words after it")
        << QStringLiteral("« efficace »") << QStringList{QStringLiteral("« efficace »")};
    QTest::newRow("arabic untouched") << QStringLiteral("منظمة الجمارك العالمية") << QStringList{};
    QTest::newRow("arabic between latin") << QStringLiteral("WCO (منظمة الجمارك) office")
                                          << QStringList{QStringLiteral("WCO ("), QStringLiteral("office")};
    // A combining mark stays with its letter: the shaping run is not cut inside a cluster.
    QTest::newRow("marks follow their letter")
        << QStringLiteral("بَ fi\u0301ne") << QStringList{QStringLiteral("fi\u0301ne")};
    QTest::newRow("greek and cyrillic") << QStringLiteral("ΦΙ фи") << QStringList{QStringLiteral("ΦΙ фи")};
    QTest::newRow("chinese untouched")
        << QStringLiteral("世界海关组织 office") << QStringList{QStringLiteral("office")};
    QTest::newRow("digits alone") << QStringLiteral("2024 · 12") << QStringList{};
    QTest::newRow("outside the BMP") << QStringLiteral("𝐀 fi 𠀀 fl")
                                     << QStringList{QStringLiteral("𝐀 fi "), QStringLiteral("fl")};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestPdfTextLayer::formats()
{
    QFETCH(QString, text);
    QFETCH(QStringList, plain);
    const QList<QTextLayout::FormatRange> formats = PdfTextLayer::formats(text);
    QStringList runs;
    for (const QTextLayout::FormatRange &f : formats) {
        runs.append(text.mid(f.start, f.length));
        QCOMPARE(f.format.fontLetterSpacingType(), QFont::PercentageSpacing);
        QCOMPARE(f.format.fontLetterSpacing(), 100.0);
    }
    QVERIFY2(runs == plain, qPrintable(describe(text, rangesOf(formats))));
}

// The title page's small capitals have a letter spacing of their own (which already keeps their
// letters apart); apply() leaves it, and sets the rest, also where a whole QFont set a spacing of 0.
void TestPdfTextLayer::applyLeavesAFormatsOwnLetterSpacing()
{
    QTextDocument document;
    QTextCursor cursor(&document);
    QTextCharFormat spaced;
    spaced.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    spaced.setFontLetterSpacing(1.2);
    cursor.insertText(QStringLiteral("BRIEFING "), spaced);
    cursor.insertText(QStringLiteral("financial office"), QTextCharFormat());
    QTextCharFormat wholeFont;
    wholeFont.setFont(QFont(QStringLiteral("DejaVu Sans"), 26));
    QVERIFY(wholeFont.hasProperty(QTextFormat::FontLetterSpacing));
    cursor.insertText(QStringLiteral(" briefing"), wholeFont);
    PdfTextLayer::apply(document);

    const QTextBlock block = document.firstBlock();
    auto it = block.begin();
    QCOMPARE(it.fragment().text(), QStringLiteral("BRIEFING "));
    QCOMPARE(it.fragment().charFormat().fontLetterSpacingType(), QFont::AbsoluteSpacing);
    QCOMPARE(it.fragment().charFormat().fontLetterSpacing(), 1.2);
    ++it;
    QCOMPARE(it.fragment().text(), QStringLiteral("financial office"));
    QCOMPARE(it.fragment().charFormat().fontLetterSpacingType(), QFont::PercentageSpacing);
    QCOMPARE(it.fragment().charFormat().fontLetterSpacing(), 100.0);
    ++it;
    QCOMPARE(it.fragment().text(), QStringLiteral(" briefing"));
    QCOMPARE(it.fragment().charFormat().fontPointSize(), 26.0);
    QCOMPARE(it.fragment().charFormat().fontLetterSpacingType(), QFont::PercentageSpacing);
    QCOMPARE(it.fragment().charFormat().fontLetterSpacing(), 100.0);
}

void TestPdfTextLayer::drawLineLiesWhereDrawTextDoes_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<int>("alignment");
    QTest::addColumn<QString>("text");

    const QString page = QStringLiteral("Page 2 of 3");
    const QString arabic = QStringLiteral("الصفحة ٢ من ٣");
    QTest::newRow("ltr left") << Qt::LeftToRight << int(Qt::AlignLeft) << page;
    QTest::newRow("ltr right") << Qt::LeftToRight << int(Qt::AlignRight) << page;
    QTest::newRow("rtl left is on the right") << Qt::RightToLeft << int(Qt::AlignLeft) << arabic;
    QTest::newRow("rtl right is on the left") << Qt::RightToLeft << int(Qt::AlignRight) << arabic;
    QTest::newRow("rtl latin") << Qt::RightToLeft << int(Qt::AlignLeft) << page;
    QTest::newRow("rtl absolute left") << Qt::RightToLeft << int(Qt::AlignLeft | Qt::AlignAbsolute) << arabic;
}

// The running head and foot went from QPainter::drawText to drawLine: same place, same mirroring.
void TestPdfTextLayer::drawLineLiesWhereDrawTextDoes()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(int, alignment);
    QFETCH(QString, text);
    const auto draw = [&](bool layer) {
        QImage image(400, 40, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setLayoutDirection(direction);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
        painter.setPen(Qt::black);
        const QRectF rect(20, 5, 360, 30);
        if (layer)
            PdfTextLayer::drawLine(painter, rect, Qt::Alignment(alignment), text);
        else
            painter.drawText(rect, alignment | Qt::AlignTop, text);
        return inkColumns(image);
    };
    const auto expected = draw(false);
    const auto actual = draw(true);
    QVERIFY(expected.first >= 0);
    QVERIFY2(std::abs(actual.first - expected.first) <= 1 && std::abs(actual.second - expected.second) <= 1,
             qPrintable(QStringLiteral("ink from %1 to %2, drawText's from %3 to %4")
                            .arg(actual.first)
                            .arg(actual.second)
                            .arg(expected.first)
                            .arg(expected.second)));
}

// The whole pack, in the interface `language`: title page, contents, running head and foot, article.
QString TestPdfTextLayer::exportText(const QString &language, const Article &article,
                                     const QString &packTitle)
{
    const QString before = InterfaceLanguage::current();
    InterfaceLanguage::apply(language);
    const auto restore = qScopeGuard([&before] { InterfaceLanguage::apply(before); });
    PdfExportOptions options; // the interface's locale, as the export dialog gives it
    options.title = packTitle;
    options.filterDescription = packTitle;
    const QString file = m_dir.filePath(language + QStringLiteral(".pdf"));
    const auto report = PdfExporter(Tagger::standard(), options).write({{article, std::nullopt}}, file);
    if (!report) {
        qWarning("export failed: %s", qPrintable(report.error()));
        return {};
    }
    QProcess process;
    process.start(m_pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("pdftotext failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestPdfTextLayer::textLayer_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("packTitle");
    QTest::addColumn<QStringList>("words"); // as they must come out, letter for letter

    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Financial office efficiency")
                        << QStringLiteral(
                               "The financial office of the affluent official reflects an efficient, "
                               "fluent workflow: suffix, waffle, flight, difficult, afflicted.")
                        << QStringLiteral("Official financial briefing")
                        << QStringList{QStringLiteral("financial"),
                                       QStringLiteral("office"),
                                       QStringLiteral("affluent"),
                                       QStringLiteral("official"),
                                       QStringLiteral("reflects"),
                                       QStringLiteral("efficient"),
                                       QStringLiteral("fluent"),
                                       QStringLiteral("workflow"),
                                       QStringLiteral("suffix"),
                                       QStringLiteral("waffle"),
                                       QStringLiteral("flight"),
                                       QStringLiteral("difficult"),
                                       QStringLiteral("afflicted"),
                                       QStringLiteral("Financial office efficiency"),
                                       QStringLiteral("Official financial briefing")};
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Le bureau financier officiel")
                        << QStringLiteral(
                               "Le bureau financier officiel reflète une affluence efficace et fluide : "
                               "définir, afficher, souffle, flûte.")
                        << QStringLiteral("Dossier financier officiel")
                        << QStringList{QStringLiteral("financier"),
                                       QStringLiteral("officiel"),
                                       QStringLiteral("reflète"),
                                       QStringLiteral("affluence"),
                                       QStringLiteral("efficace"),
                                       QStringLiteral("fluide"),
                                       QStringLiteral("définir"),
                                       QStringLiteral("afficher"),
                                       QStringLiteral("souffle"),
                                       QStringLiteral("flûte"),
                                       QStringLiteral("Dossier financier officiel")};
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("La oficina financiera")
                        << QStringLiteral("La oficina financiera oficial refleja una afluencia eficiente: "
                                          "definir, flujo, influir, suficiente.")
                        << QStringLiteral("Informe financiero oficial")
                        << QStringList{QStringLiteral("oficina"),
                                       QStringLiteral("financiera"),
                                       QStringLiteral("oficial"),
                                       QStringLiteral("refleja"),
                                       QStringLiteral("afluencia"),
                                       QStringLiteral("eficiente"),
                                       QStringLiteral("definir"),
                                       QStringLiteral("flujo"),
                                       QStringLiteral("influir"),
                                       QStringLiteral("suficiente"),
                                       QStringLiteral("Informe financiero oficial")};
    // Latin words inside Arabic text and an Arabic pack: set without their ligatures too.
    QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("مكتب الجمارك financial office")
                        << QStringLiteral(
                               "أعلنت منظمة الجمارك العالمية عن برنامج efficient workflow لتدقيق ما "
                               "بعد التخليص في الأردن.")
                        << QStringLiteral("Financial affairs briefing")
                        << QStringList{QStringLiteral("financial"), QStringLiteral("office"),
                                       QStringLiteral("efficient"), QStringLiteral("workflow"),
                                       QStringLiteral("Financial affairs briefing")};
    QTest::newRow("zh") << QStringLiteral("zh_CN") << QStringLiteral("世界海关组织 financial office")
                        << QStringLiteral("世界海关组织宣布了新的计划，affluent official 代表团表示欢迎。")
                        << QStringLiteral("海关简报 official")
                        << QStringList{QStringLiteral("世界海关组织"), QStringLiteral("financial"),
                                       QStringLiteral("office"), QStringLiteral("affluent"),
                                       QStringLiteral("official")};
}

void TestPdfTextLayer::textLayer()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QString, packTitle);
    QFETCH(QStringList, words);
    Article article;
    article.id = 1;
    article.title = title;
    article.body = body;
    article.language = language.left(2);
    article.published = QDateTime(QDate(2024, 3, 5), QTime(10, 0), Qt::UTC);

    const QString text = exportText(language, article, packTitle);
    QVERIFY2(!text.isEmpty(), "the pack could not be exported or read");
    const QString ligatures = ligaturesIn(text);
    QVERIFY2(ligatures.isEmpty(), qPrintable(QStringLiteral("ligature presentation forms in: ") + ligatures));
    const QString line = oneLine(text);
    for (const QString &word : std::as_const(words))
        QVERIFY2(line.contains(word), qPrintable(word + QStringLiteral(" is not in: ") + line));
    // The pack's title on the title page and in the running head of the article's page.
    QVERIFY2(line.count(packTitle) >= 2, qPrintable(line));
}

// Arabic is shaped as before: its lam-alef stays one ligature (the PDF's text layer then holds Arabic
// presentation forms, which a reader folds back to letters with NFKC: Qt 6.4 writes no ActualText).
void TestPdfTextLayer::arabicKeepsItsLigatures()
{
    Article article;
    article.id = 1;
    article.title = QStringLiteral("الأردن");
    article.body = QStringLiteral("أعلنت منظمة الجمارك العالمية عن برنامج لا سيما في الأردن والإمارات.");
    article.language = QStringLiteral("ar");
    article.published = QDateTime(QDate(2024, 3, 5), QTime(10, 0), Qt::UTC);
    const QString text = exportText(QStringLiteral("ar"), article, QStringLiteral("موجز"));
    QVERIFY2(!text.isEmpty(), "the pack could not be exported or read");
    static const QRegularExpression lamAlef(QStringLiteral("[\\x{FEF5}-\\x{FEFC}]"));
    QVERIFY2(text.contains(lamAlef), qPrintable(text));
    const QString folded = oneLine(text.normalized(QString::NormalizationForm_KC));
    for (const QString &word :
         {QStringLiteral("الجمارك"), QStringLiteral("الأردن"), QStringLiteral("والإمارات")})
        QVERIFY2(folded.contains(word), qPrintable(word + QStringLiteral(" is not in: ") + folded));
}

QTEST_MAIN(TestPdfTextLayer)
#include "tst_pdftextlayer.moc"
