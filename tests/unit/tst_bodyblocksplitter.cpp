#include "render/BodyBlockSplitter.h"

#include <QTest>

using namespace Clearance;

class TestBodyBlockSplitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cutPoint_data();
    void cutPoint();
    void shortBlocksStayWhole();
    void longBlockIsCutIntoParts_data();
    void longBlockIsCutIntoParts();
    void runsFollowTheirText();
    void onlyTheFirstPartCarriesTheBullet();
    void tableRowsKeepTheirCells();
};

namespace {

BodyBlock blockOver(qsizetype start, qsizetype length)
{
    BodyBlock b;
    b.pieces = {{start, length}};
    return b;
}

QString repeated(const QString &word, int times)
{
    QStringList words;
    for (int i = 0; i < times; ++i)
        words.append(word);
    return words.join(QLatin1Char(' '));
}

} // namespace

// Parts of at most 20 characters: where the first part of `text` ends.
void TestBodyBlockSplitter::cutPoint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("expected");

    QTest::newRow("after a sentence") << QStringLiteral("aaaa bbbb cccc dd. eeeeeeeeee") << qsizetype(18);
    QTest::newRow("a sentence before a later space")
        << QStringLiteral("aaaa bbbb ccc. dd eeeeeeeeeeee") << qsizetype(14);
    QTest::newRow("arabic question mark")
        << QStringLiteral("aaaa bbbb cccc dd\u061F eeeeeeeeeee") << qsizetype(18);
    QTest::newRow("a line break before a sentence")
        << QStringLiteral("aaaa. bbbbbb\ncc. dd eeeeee") << qsizetype(12);
    QTest::newRow("else the last space")
        << QStringLiteral("aaaa bbbb cccc dddd eeeeeeeeeee") << qsizetype(19);
    QTest::newRow("a full stop inside a number ends nothing")
        << QStringLiteral("aaaa bbbb cc 3.5 dddd eeeee") << qsizetype(16);
    QTest::newRow("nothing in the second half: a hard cut")
        << QStringLiteral("aa. bbbbbbbbbbbbbbbbbbbbbbbbb cc") << qsizetype(20);
    QTest::newRow("never inside a surrogate pair")
        << QString(QString(19, QLatin1Char('a')) + QStringLiteral("\U0001F600aaaa")) << qsizetype(19);
}

void TestBodyBlockSplitter::cutPoint()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, expected);
    QCOMPARE(BodyBlockSplitter::cutPoint(text, 0, 20), expected);
    // The same from any start.
    const QString shifted = QStringLiteral("xyz ") + text;
    QCOMPARE(BodyBlockSplitter::cutPoint(shifted, 4, 20), expected + 4);
}

void TestBodyBlockSplitter::shortBlocksStayWhole()
{
    const QString text = repeated(QStringLiteral("word."), 100);
    const QList<BodyBlock> blocks{blockOver(0, 300), blockOver(300, text.size() - 300)};
    QCOMPARE(BodyBlockSplitter::split(blocks, text, 400), blocks);
}

void TestBodyBlockSplitter::longBlockIsCutIntoParts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("maxLength");

    QTest::newRow("sentences") << repeated(QStringLiteral("The WCO met. Customs"), 500) << qsizetype(1000);
    QTest::newRow("words") << repeated(QStringLiteral("customs"), 3000) << qsizetype(1000);
    QTest::newRow("no space at all") << QString(25000, QLatin1Char('x')) << qsizetype(1000);
    QTest::newRow("emoji only") << QStringLiteral("\U0001F600").repeated(3001) << qsizetype(1000);
    QTest::newRow("lines") << QString(QStringLiteral("one line of code\n").repeated(900)) << qsizetype(1000);
    QTest::newRow("just over") << QString(1001, QLatin1Char('y')) << qsizetype(1000);
}

void TestBodyBlockSplitter::longBlockIsCutIntoParts()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, maxLength);
    const QString padded = QStringLiteral("Title\n\n") + text;
    const QList<BodyBlock> parts = BodyBlockSplitter::split({blockOver(7, text.size())}, padded, maxLength);

    QVERIFY(parts.size() >= (text.size() + maxLength - 1) / maxLength);
    qsizetype at = 7;
    for (const BodyBlock &part : parts) {
        QCOMPARE(part.pieces.size(), 1);
        const BodyBlock::Range piece = part.pieces.first();
        QVERIFY(piece.length > 0);
        QVERIFY(piece.length <= maxLength);
        // Only the whitespace at a cut falls out; nothing is lost, nothing shown twice.
        QVERIFY(QStringView(padded).mid(at, piece.start - at).trimmed().isEmpty());
        QVERIFY(!padded.at(piece.start).isLowSurrogate());
        at = piece.end();
    }
    QCOMPARE(at, padded.size());
}

void TestBodyBlockSplitter::runsFollowTheirText()
{
    const QString text = repeated(QStringLiteral("abcdefghi"), 10); // 99 characters, a space every 10
    BodyBlock block = blockOver(0, text.size());
    BodyBlock::Run bold;
    bold.range = {15, 30}; // across two cuts
    bold.bold = true;
    BodyBlock::Run link;
    link.range = {80, 5};
    link.href = QStringLiteral("https://www.wcoomd.org/");
    block.runs = {bold, link};

    const QList<BodyBlock> parts = BodyBlockSplitter::split({block}, text, 25);
    qsizetype boldCharacters = 0;
    qsizetype linkCharacters = 0;
    for (const BodyBlock &part : parts) {
        const BodyBlock::Range piece = part.pieces.first();
        for (const BodyBlock::Run &run : part.runs) {
            QVERIFY(run.range.start >= piece.start);
            QVERIFY(run.range.end() <= piece.end());
            QVERIFY(run.range.length > 0);
            (run.bold ? boldCharacters : linkCharacters) += run.range.length;
            if (!run.bold)
                QCOMPARE(run.href, link.href);
        }
    }
    // The spaces dropped at the cuts are the only characters the runs lose.
    qsizetype boldSpacesCut = 0;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        for (qsizetype c = parts.at(i - 1).pieces.first().end(); c < parts.at(i).pieces.first().start; ++c)
            boldSpacesCut += c >= 15 && c < 45;
    }
    QCOMPARE(boldCharacters + boldSpacesCut, 30);
    QCOMPARE(linkCharacters, 5);
}

void TestBodyBlockSplitter::onlyTheFirstPartCarriesTheBullet()
{
    const QString text = repeated(QStringLiteral("item"), 100);
    BodyBlock item = blockOver(0, text.size());
    item.listItem = true;
    item.list = 2;
    item.listDepth = 1;
    item.quoteDepth = 1;
    const QList<BodyBlock> parts = BodyBlockSplitter::split({item}, text, 100);
    QVERIFY(parts.size() > 1);
    QVERIFY(parts.first().listItem);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QCOMPARE(parts.at(i).listItem, i == 0);
        QCOMPARE(parts.at(i).listDepth, 1);
        QCOMPARE(parts.at(i).quoteDepth, 1);
    }
}

void TestBodyBlockSplitter::tableRowsKeepTheirCells()
{
    const QString text = repeated(QStringLiteral("cell"), 100);
    BodyBlock row;
    row.pieces = {{0, 250}, {250, text.size() - 250}};
    QCOMPARE(BodyBlockSplitter::split({row}, text, 100), QList<BodyBlock>{row});
}

QTEST_GUILESS_MAIN(TestBodyBlockSplitter)
#include "tst_bodyblocksplitter.moc"
