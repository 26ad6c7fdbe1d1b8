#include "ingest/TextDecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace Clearance;

class TestTextDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data();
    void decodes();
    void refuses_data();
    void refuses();
};

namespace {
const QString kSample = QStringLiteral("Guatémala — الجمارك — 海关 😀\nSecond line");

QByteArray encoded(QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(kSample);
}
} // namespace

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utf-8") << kSample.toUtf8() << kSample;
    QTest::newRow("utf-8 with bom") << encoded(QStringConverter::Utf8, true) << kSample;
    QTest::newRow("utf-16le with bom") << encoded(QStringConverter::Utf16LE, true) << kSample;
    QTest::newRow("utf-16be with bom") << encoded(QStringConverter::Utf16BE, true) << kSample;
    QTest::newRow("utf-32le with bom") << encoded(QStringConverter::Utf32LE, true) << kSample;
    QTest::newRow("utf-32be with bom") << encoded(QStringConverter::Utf32BE, true) << kSample;
    const QString latin = QStringLiteral("World Customs Organization news\nSecond line of plain text");
    QStringEncoder le(QStringConverter::Utf16LE);
    QStringEncoder be(QStringConverter::Utf16BE);
    QTest::newRow("utf-16le without bom") << QByteArray(le.encode(latin)) << latin;
    QTest::newRow("utf-16be without bom") << QByteArray(be.encode(latin)) << latin;
    QTest::newRow("crlf kept for the parser") << QByteArray("a\r\nb") << QStringLiteral("a\r\nb");
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const Result<QString> text = TextDecoder::decode(bytes);
    QVERIFY2(text.ok(), qPrintable(text.error()));
    QCOMPARE(*text, expected);
}

void TestTextDecoder::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("png") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") << QStringLiteral("PNG");
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << QStringLiteral("PDF");
    QTest::newRow("latin-1") << QByteArray("Guat\xe9mala et S\xe9n\xe9gal") << QStringLiteral("UTF-8");
    QTest::newRow("windows-1252 quotes") << QByteArray("\x93quoted\x94 text") << QStringLiteral("UTF-8");
    QTest::newRow("truncated utf-8") << QByteArray("abc\xc3") << QStringLiteral("UTF-8");
    QTest::newRow("overlong utf-8") << QByteArray("a\xc0\xafz") << QStringLiteral("UTF-8");
    QTest::newRow("binary with nul") << QByteArray("ab\0\x01\x02\x03 zz\0\0\0q", 14)
                                     << QStringLiteral("binary");
    QTest::newRow("control characters") << QByteArray("title\x01\x02\x03 body") << QStringLiteral("control");
}

void TestTextDecoder::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const Result<QString> text = TextDecoder::decode(bytes);
    QVERIFY(!text.ok());
    QVERIFY2(text.error().contains(messagePart), qPrintable(text.error()));
    QVERIFY2(text.error().endsWith(QLatin1Char('.')), "an error is one sentence");
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
