#include "ingest/ArticleReaderFactory.h"
#include "ingest/TextReader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace Clearance;

// TextReader: text files read as a stream, in the sample corpus's layout or as one plain article, the
// same whatever the size of the blocks the file arrives in, and never held whole.
class TestTextReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsLayoutAndPlainText_data();
    void readsLayoutAndPlainText();
    void sameArticlesAcrossBlockBoundaries_data();
    void sameArticlesAcrossBlockBoundaries();
    void handsOutArticlesBeforeTheFileIsRead();
    void refusesInvalidTextFoundLate_data();
    void refusesInvalidTextFoundLate();
    void cutsAnArticleTooLongToKeep_data();
    void cutsAnArticleTooLongToKeep();
};

namespace {

struct Read
{
    QList<Article> articles;
    QString error;
    QString format;
};

// Every article of `bytes` through ArticleReaderFactory (as an import opens a file), `chunkSize` at a time.
Read readAll(const QByteArray &bytes, qsizetype chunkSize = 7)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Read result;
    Result<std::unique_ptr<ArticleReader>> reader = ArticleReaderFactory::open(buffer);
    if (!reader) {
        result.error = reader.error();
        return result;
    }
    while ((*reader)->read(result.articles, chunkSize)) {
    }
    result.error = (*reader)->error();
    result.format = (*reader)->formatName();
    return result;
}

QStringList summaries(const QList<Article> &articles)
{
    QStringList out;
    for (const Article &a : articles)
        out.append(QStringLiteral("%1: %2 | %3").arg(a.position).arg(a.title, a.body));
    return out;
}

// `count` articles in the layout, each with two paragraphs.
QByteArray layout(int count, const QByteArray &lineEnd = "\n")
{
    QByteArray text;
    for (int i = 0; i < count; ++i) {
        const QByteArray title = "Customs bulletin number " + QByteArray::number(i);
        text += title + lineEnd + lineEnd + title + lineEnd + lineEnd + "The customs of Mali report " +
                QByteArray::number(i) + " with the WCO and the Sénégal." + lineEnd + "Wrapped line." +
                lineEnd + lineEnd + "Second paragraph, Guatémala." + lineEnd + lineEnd;
    }
    return text;
}

} // namespace

void TestTextReader::readsLayoutAndPlainText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("layout") << QByteArray(
                                   "A Title\n\nA Title\n\nIts text.\n\nB Title\n\nB Title\n\nMore text.\n")
                            << QStringList{QStringLiteral("1: A Title | Its text."),
                                           QStringLiteral("2: B Title | More text.")};
    QTest::newRow("one article in the layout")
        << QByteArray("A Title\n\nA Title\n\nIts text.\n\nAnd more.\n")
        << QStringList{QStringLiteral("1: A Title | Its text.\n\nAnd more.")};
    QTest::newRow("plain text: the first line is the title")
        << QByteArray("Mali joins the WCO\nThe customs of Mali\njoined today.\n\nA second paragraph.\n")
        << QStringList{QStringLiteral("1: Mali joins the WCO | The customs of Mali joined today.\n\nA second "
                                      "paragraph.")};
    QTest::newRow("plain text without blank lines")
        << QByteArray("Title line\nbody line one.\nbody line two.")
        << QStringList{QStringLiteral("1: Title line | body line one. body line two.")};
    QTest::newRow("a headline-only article in the layout")
        << QByteArray("A Title\n\nA Title\n\nB Title\n\nB Title\n\nMore text.\n")
        << QStringList{QStringLiteral("1: A Title | "), QStringLiteral("2: B Title | More text.")};
    QTest::newRow("stray text before the first title")
        << QByteArray(
               "Some preamble, with a comma,\n\nA Title\n\nA Title\n\nIts text.\n\nB Title\n\nB Title\n\n"
               "More.\n")
        << QStringList{QStringLiteral("1: A Title | Its text."), QStringLiteral("2: B Title | More.")};
}

void TestTextReader::readsLayoutAndPlainText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    const Read read = readAll(bytes);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(summaries(read.articles), expected);
    QCOMPARE(read.format, QStringLiteral("text"));
}

void TestTextReader::sameArticlesAcrossBlockBoundaries_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // Enough articles that the file spans several of the reader's 256 KiB blocks, so CRLF pairs, the
    // bytes of é and blank lines fall on a boundary somewhere; and the same text in UTF-16.
    const QByteArray lf = layout(4000);
    QTest::newRow("lf") << lf;
    QTest::newRow("crlf") << layout(4000, "\r\n");
    QTest::newRow("cr") << layout(4000, "\r");
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf") + lf;
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("utf-16 with bom") << QByteArray(utf16.encode(QString::fromUtf8(lf)));
    // The first article pushed so that every boundary falls one byte later.
    for (int shift = 1; shift <= 3; ++shift)
        QTest::addRow("shifted by %d", shift) << QByteArray(shift, '\n') + lf;
}

void TestTextReader::sameArticlesAcrossBlockBoundaries()
{
    QFETCH(QByteArray, bytes);
    const Read read = readAll(bytes, 500);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.articles.size(), 4000);
    for (int i = 0; i < read.articles.size(); ++i) {
        const Article &a = read.articles.at(i);
        QCOMPARE(a.position, i + 1);
        QCOMPARE(a.title, QStringLiteral("Customs bulletin number %1").arg(i));
        QCOMPARE(a.body, QStringLiteral("The customs of Mali report %1 with the WCO and the Sénégal. Wrapped "
                                        "line.\n\nSecond paragraph, Guatémala.")
                             .arg(i));
    }
}

void TestTextReader::handsOutArticlesBeforeTheFileIsRead()
{
    const QByteArray bytes = layout(40000); // about 5 MB
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Result<std::unique_ptr<ArticleReader>> reader = ArticleReaderFactory::open(buffer);
    QVERIFY(reader.ok());
    QList<Article> chunk;
    QVERIFY((*reader)->read(chunk, 100));
    QCOMPARE(chunk.size(), 100);
    QVERIFY2(buffer.pos() < 1024 * 1024, qPrintable(QString::number(buffer.pos())));
}

void TestTextReader::refusesInvalidTextFoundLate_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    const QByteArray good = layout(3000);
    const QByteArray latin1 = good + "Titre\n\nTitre\n\nLa douane du S\xe9n\xe9gal.\n";
    QTest::newRow("latin-1 past the first block")
        << latin1 << QStringLiteral("byte 0xe9 at offset %1 ").arg(latin1.indexOf('\xe9'));
    QTest::newRow("cut inside a character at the end")
        << good + "\xc3" << QStringLiteral("byte 0xc3 at offset %1 ").arg(good.size());
    QTest::newRow("a nul byte late") << good + QByteArray("x\0y", 3) << QStringLiteral("binary");
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("utf-16 of an odd length")
        << QByteArray(utf16.encode(QString::fromUtf8(good))) + "x" << QStringLiteral("UTF-16");
    QTest::newRow("no article") << QByteArray("just one line without a body\n")
                                << QStringLiteral("no article");
}

void TestTextReader::refusesInvalidTextFoundLate()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const Read read = readAll(bytes, 500);
    QVERIFY2(read.error.contains(messagePart), qPrintable(read.error));
}

void TestTextReader::cutsAnArticleTooLongToKeep_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("nextTitle"); // the article after the long one, read whole
    const QByteArray words = QByteArray("customs ").repeated(400000); // 3.2 MB, past the 2 Mi kept
    QTest::newRow("one long paragraph")
        << "Long Title\n\nLong Title\n\n" + words + "\n\nNext Title\n\nNext Title\n\nShort.\n"
        << QStringLiteral("Next Title");
    QByteArray paragraphs;
    for (int i = 0; i < 90000; ++i)
        paragraphs += "Paragraph " + QByteArray::number(i) + " of the customs report.\n\n";
    QTest::newRow("many paragraphs") << "Long Title\n\nLong Title\n\n" + paragraphs +
                                            "Next Title\n\nNext Title\n\nShort.\n"
                                     << QStringLiteral("Next Title");
    QTest::newRow("one long line, plain text") << "Long Title\n" + words << QString();
}

void TestTextReader::cutsAnArticleTooLongToKeep()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, nextTitle);
    const Read read = readAll(bytes);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.articles.size(), nextTitle.isEmpty() ? 1 : 2);
    const Article &cut = read.articles.first();
    QCOMPARE(cut.title, QStringLiteral("Long Title"));
    QVERIFY(cut.notes.testFlag(ArticleNote::Truncated));
    QVERIFY(cut.body.size() <= kMaxArticleText);
    QVERIFY(cut.body.size() > kMaxArticleText - 100);
    QVERIFY2(!cut.body.endsWith(QLatin1String(" custom")), "cut between words");
    if (!nextTitle.isEmpty()) {
        QCOMPARE(read.articles.at(1).title, nextTitle);
        QVERIFY(!read.articles.at(1).notes.testFlag(ArticleNote::Truncated));
    }
}

QTEST_GUILESS_MAIN(TestTextReader)
#include "tst_textreader.moc"
