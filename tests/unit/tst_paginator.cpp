#include "export/Paginator.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Clearance;

// Where pages break in a laid-out document: never right after a heading, never leaving one line of
// a paragraph alone, whatever the page height.
class TestPaginator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void breaks_data();
    void breaks();

private:
    QTextDocument m_document;
    int m_headerBlocks = 2;
};

namespace {

// The band [top, bottom) of each line of the document, with the block it belongs to.
struct LineBand
{
    qreal top;
    qreal bottom;
    QTextBlock block;
    int lineInBlock;
};

QList<LineBand> linesOf(const QTextDocument &document)
{
    QList<LineBand> lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const qreal top = layout->position().y() + layout->lineAt(i).y();
            lines.append(LineBand{top, top + layout->lineAt(i).height(), block, i});
        }
    }
    return lines;
}

} // namespace

void TestPaginator::initTestCase()
{
    // Two header blocks, then sections: a heading (some of them two lines long), then paragraphs of
    // one to five lines.
    m_document.setTextWidth(300);
    QTextCursor cursor(&m_document);
    QTextBlockFormat heading;
    heading.setHeadingLevel(1);
    cursor.setBlockFormat(heading);
    cursor.insertText(QStringLiteral("Header"));
    cursor.insertBlock(QTextBlockFormat());
    cursor.insertText(QStringLiteral("Dateline"));
    const QString words = QStringLiteral("customs clearance audit ").repeated(4);
    for (int section = 0; section < 12; ++section) {
        QTextBlockFormat sub;
        sub.setHeadingLevel(2);
        cursor.insertBlock(sub);
        cursor.insertText(section % 3 == 0 ? words : QStringLiteral("Section %1").arg(section));
        for (int paragraph = 0; paragraph < 3; ++paragraph) {
            cursor.insertBlock(QTextBlockFormat());
            cursor.insertText(words.repeated(1 + (section + paragraph) % 5));
        }
    }
    m_document.documentLayout()->documentSize(); // lays it out
}

void TestPaginator::breaks_data()
{
    QTest::addColumn<int>("pageLines");
    // From pages that hold the longest band that must stay whole (header, a three-line heading and a
    // paragraph that cannot break); below that the paginator breaks where it must, by design.
    for (int lines = 10; lines <= 34; ++lines)
        QTest::addRow("%d lines a page", lines) << lines;
}

void TestPaginator::breaks()
{
    QFETCH(int, pageLines);
    const QList<LineBand> lines = linesOf(m_document);
    const qreal lineHeight = lines.first().bottom - lines.first().top;
    Paginator paginator(lineHeight * pageLines + 0.5);
    const QList<Paginator::Slice> slices = paginator.place(m_document, m_headerBlocks, 0);
    QVERIFY(slices.size() > 1);
    for (qsizetype s = 0; s + 1 < slices.size(); ++s) {
        // The last line of the slice and the first of the next.
        qsizetype last = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).bottom <= slices.at(s).bottom + 0.01)
                last = i;
        }
        QVERIFY(last >= 0 && last + 1 < lines.size());
        const LineBand &before = lines.at(last);
        const LineBand &after = lines.at(last + 1);
        QVERIFY2(before.block.blockFormat().headingLevel() == 0,
                 qPrintable(QStringLiteral("page %1 ends with the heading \"%2\"")
                                .arg(slices.at(s).page)
                                .arg(before.block.text().left(30))));
        if (before.block == after.block) {
            const int count = before.block.layout()->lineCount();
            QVERIFY2(before.lineInBlock + 1 >= Paginator::kKeepLines &&
                         count - after.lineInBlock >= Paginator::kKeepLines,
                     qPrintable(QStringLiteral("a paragraph of %1 lines broken after line %2")
                                    .arg(count)
                                    .arg(before.lineInBlock + 1)));
        }
    }
}

QTEST_MAIN(TestPaginator)
#include "tst_paginator.moc"
