#pragma once

#include "SampleArticle.h"
#include "TestLibrary.h"
#include "export/PdfExporter.h"
#include "service/Importer.h"
#include "service/SampleLibrary.h"
#include "tagging/Tagger.h"

#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Helpers for the tests of PdfExporter: the poppler-utils readers of a PDF (pdfinfo, pdftotext,
// pdftoppm), never Qt, and the sample library the packs are exported from.

inline const QString kPackTitle = QStringLiteral("Sahel briefing");

// Output of a poppler tool; fails the test (empty string) when it cannot run.
inline QString tool(const QString &program, const QStringList &arguments)
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
inline QString plain(const QString &text)
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
inline QString wordsOf(const QString &text)
{
    static const QRegularExpression between(QStringLiteral("[^\\p{L}\\p{M}\\p{N}]+"));
    return plain(text).replace(between, QStringLiteral(" ")).trimmed();
}

inline int pageCount(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(tool(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

inline QString pageText(const QString &pdf, int page, bool layout = false)
{
    QStringList args{QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                     QString::number(page)};
    if (layout)
        args.append(QStringLiteral("-layout"));
    return tool(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

// The letters of a text, sorted: the same for a line whichever order a reader gives its glyphs in
// (pdftotext -bbox-layout lists Arabic glyph by glyph, in visual order).
inline QString lettersOf(const QString &text)
{
    QString letters = wordsOf(text).remove(QLatin1Char(' '));
    std::sort(letters.begin(), letters.end());
    return letters;
}

// Where the reader (pdftotext -bbox-layout) puts the line of `page` that holds exactly the letters
// of `text`, in PDF points; an invalid rectangle when no line does.
inline QRectF lineBox(const QString &pdf, int page, const QString &text)
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

// The sample library and the tagger a test class exports its packs with; a base of the test classes so
// that their bodies read as one.
class PdfExportFixture
{
protected:
    // Checks the poppler tools are there and fills the library: a test class's initTestCase().
    void setUpLibrary()
    {
        for (const char *program : {"pdfinfo", "pdftotext", "pdftoppm", "pdffonts"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(program)).isEmpty(),
                     "poppler-utils is needed (./setup test installs it)");
        QVERIFY(m_dir.isValid());
        m_tagger = Clearance::Tagger::standard();
        m_library = std::make_unique<TestLibrary>();
        Clearance::Importer importer(*m_library->store, m_tagger);
        const auto report = Clearance::SampleLibrary::populate(importer);
        QVERIFY2(report.ok(), qPrintable(report.error()));
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QList<Clearance::ExportArticle> francophoneAfrica() const
    {
        Clearance::ArticleFilter filter;
        filter.values(Clearance::FacetKind::Region) = {QStringLiteral("francophone-africa")};
        const auto ids = m_library->store->articleIds(filter);
        if (!ids)
            return {};
        const auto articles = Clearance::PdfExporter::load(*m_library->store, *ids);
        return articles ? *articles : QList<Clearance::ExportArticle>();
    }

    Clearance::PdfExportReport exportPack(const QList<Clearance::ExportArticle> &articles,
                                          const Clearance::PdfExportOptions &options,
                                          const QString &file) const
    {
        const auto report = Clearance::PdfExporter(m_tagger, options).write(articles, file);
        if (!report)
            qWarning("export failed: %s", qPrintable(report.error()));
        return report ? *report : Clearance::PdfExportReport();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestLibrary> m_library;
    std::shared_ptr<const Clearance::Tagger> m_tagger;
};
