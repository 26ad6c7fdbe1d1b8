#include "XmlReading.h"
#include "ingest/XmlScanner.h"

#include <QBuffer>
#include <QTest>

using namespace Clearance;
using Testing::readXml;
using Testing::XmlReading;

// XmlScanner, the fast reader of UTF-8 feeds, reads what QXmlStreamReader reads and refuses what it
// refuses; XmlInput hands it the documents it can read and words its errors through QXmlStreamReader.
class TestXmlScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAsQXmlStreamReaderReads_data();
    void readsAsQXmlStreamReaderReads();
    void givesTokens_data();
    void givesTokens();
    void readsAcrossBlocks_data();
    void readsAcrossBlocks();
    void givesLongTextInChunks_data();
    void givesLongTextInChunks();
    void leavesOtherDocumentsToQXmlStreamReader_data();
    void leavesOtherDocumentsToQXmlStreamReader();
    void wordsWhatOnlyItRefuses();
};

void TestXmlScanner::readsAsQXmlStreamReaderReads_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("wellFormed");
    const auto row = [](const char *name, const QByteArray &document, bool wellFormed) {
        QTest::newRow(name) << document << wellFormed;
    };
    // Read.
    row("feed",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><item>"
        "<title>A &amp; B</title><description>&lt;p&gt;Caf&#233; &#x2014; ok&lt;/p&gt;</description>"
        "</item></channel></rss>\n",
        true);
    row("html entities", "<a>&nbsp;&eacute;&hellip;&lt;&unknown;</a>", true);
    row("entities in attributes", "<a b=\"&nbsp;&amp;&foo;&#60;\"/>", true);
    row("cdata", "<a><![CDATA[<p>x]]y</p>]]></a>", true);
    row("comments and instructions", "<!-- c --><?pi data?><a>x<!---->y<?pi?>z</a><!-- d -->", true);
    row("namespaces",
        "<r xmlns=\"u:1\" xmlns:p=\"u:2\"><p:a p:x=\"1\" y=\"2\" xml:lang=\"en\"><b/></p:a></r>", true);
    row("line ends", "<a b=\"x\r\ny\tz\">1\r\n2\r3</a>", true);
    row("spaces in tags", "<?xml version = '1.0' ?><a  b = \"1\" ></a >", true);
    row("names beyond ascii", "<caf\xC3\xA9 \xC3\xA9t\xC3\xA9=\"1\"/>", true);
    row("namespace declared twice", "<r xmlns:p=\"u:1\" xmlns:p=\"u:2\" xmlns=\"a\" xmlns=\"b\"><p:a/></r>",
        true);
    row("loose attribute names", "<a }b=\"1\" c:0d=\"2\" xmlns:c=\"u\"/>", true);
    // Qt 6.4 lets a caret start an attribute's name or a reference's (nowhere else in it), digits and
    // dots then following.
    row("caret first in an attribute name", "<a ^ype=\"html\" ^1=\"2\" ^.b=\"3\" ^=\"4\"/>", true);
    row("caret first in a reference", "<a b=\"&^x;\">&^amp; &^;</a>", true);
    row("caret after a reference's start", "<a>&a^b;</a>", false);
    row("byte-order marks in text", "<a>\xEF\xBB\xBFx\xEF\xBB\xBF</a>", true);
    row("replacement character", "<a>\xEF\xBF\xBD</a>", true);
    row("utf-8 four bytes", "<a>\xF0\x9F\x98\x80 &#x1F600;</a>", true);
    row("standalone", "<?xml version=\"1.0\" standalone=\"yes\"?><a/>", true);
    // Refused.
    row("empty", "", false);
    row("only a declaration", "<?xml version=\"1.0\"?>", false);
    row("mismatched tags", "<a><b></a></b>", false);
    row("unclosed", "<a><b>", false);
    row("text after the root", "<a/>x", false);
    row("two roots", "<a/><b/>", false);
    row("text before the root", "x<a/>", false);
    row("cdata before the root", "<![CDATA[x]]><a/>", false);
    row("lone ampersand", "<a>AT&T</a>", false);
    row("reference without semicolon", "<a>&lt</a>", false);
    row("bad character reference", "<a>&#xD800;</a>", false);
    row("null character reference", "<a>&#0;</a>", false);
    row("uppercase X reference", "<a>&#X41;</a>", false);
    row("less-than in attribute", "<a b=\"<\"/>", false);
    row("unquoted attribute", "<a b=1/>", false);
    row("attribute twice", "<a b=\"1\" b=\"2\"/>", false);
    row("expanded attribute twice", "<a xmlns:p=\"x\" xmlns:q=\"x\" p:b=\"1\" q:b=\"2\"/>", false);
    row("no space between attributes", "<a b=\"1\"c=\"2\"/>", false);
    row("undeclared prefix", "<p:a/>", false);
    row("empty prefix binding", "<a xmlns:p=\"\"/>", false);
    row("xml prefix rebound", "<a xmlns:xml=\"x\"/>", false);
    row("two colons", "<a:b:c xmlns:a=\"x\"/>", false);
    row("digit first", "<1a/>", false);
    row("symbol in element name", "<a\xE2\x82\xAC/>", false);
    row("cdata end in text", "<a>]]></a>", false);
    row("double dash in comment", "<a><!-- a -- b --></a>", false);
    row("declaration not first", "  <?xml version=\"1.0\"?><a/>", false);
    row("declaration in uppercase", "<?XML version=\"1.0\"?><a/>", false);
    row("version 1.1", "<?xml version=\"1.1\"?><a/>", false);
    row("standalone maybe", "<?xml version=\"1.0\" standalone=\"maybe\"?><a/>", false);
    row("encoding first", "<?xml encoding=\"utf-8\"?><a/>", false);
    row("unknown encoding name", "<?xml version=\"1.0\" encoding=\"ut(-8\"?><a/>", false);
    row("instruction target with data", "<a><?a~b x?></a>", false);
    row("caret after an attribute name's start", "<a b^=\"1\"/>", false);
    row("two carets first in an attribute name", "<a ^^b=\"1\"/>", false);
    row("caret first in a local name", "<a xmlns:x=\"u\" x:^b=\"1\"/>", false);
    row("caret first in a prefix", "<a ^:b=\"1\"/>", false);
    row("caret first in an instruction target", "<?^pi x?><a/>", false);

    row("control character", "<a>x\x01y</a>", false);
    row("noncharacter", "<a>\xEF\xBF\xBF</a>", false);
    row("overlong utf-8", "<?xml version=\"1.0\" encoding=\"utf-8\"?><a>\xC0\x80</a>", false);
    row("surrogate in utf-8", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>\xED\xA0\x80</a>", false);
    row("bad utf-8 far in", "<a>" + QByteArray(5000, 'x') + "\xE9</a>", false);
    row("byte-order mark after the root", "<a>x</a>\xEF\xBB\xBF", false);
    // Read: QXmlStreamReader drops a character cut short by the end of the file, and so does the scanner.
    row("utf-8 cut at the end", "<a>x</a>\xE2\x82", true);
}

void TestXmlScanner::readsAsQXmlStreamReaderReads()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, wellFormed);
    const XmlReading scanned = readXml(document, XmlInput::Reader::Best);
    const XmlReading qt = readXml(document, XmlInput::Reader::QXmlStreamReader);
    QCOMPARE(scanned.error.isEmpty(), wellFormed);
    QCOMPARE(qt.error.isEmpty(), wellFormed);
    if (wellFormed)
        QCOMPARE(scanned.events, qt.events);
    else
        QCOMPARE(scanned.error, qt.error); // worded by QXmlStreamReader, with its line and column
}

void TestXmlScanner::givesTokens_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("events");
    QTest::newRow("text in one token")
        << QByteArray("<a>t&amp;u<![CDATA[<v>]]><!--c-->w&#65;</a>")
        << QStringList{QStringLiteral("S{}a "), QStringLiteral("Tt&u<v>wA"), QStringLiteral("E{}a")};
    QTest::newRow("empty element") << QByteArray("<r xmlns='u'><e x='1'/></r>")
                                   << QStringList{QStringLiteral("S{u}r "), QStringLiteral("S{u}e {}x=1"),
                                                  QStringLiteral("E{u}e"), QStringLiteral("E{u}r")};
    QTest::newRow("whitespace is text in the root, not around it")
        << QByteArray("\n<a>\n <b/>\n</a>\n")
        << QStringList{QStringLiteral("S{}a "), QStringLiteral("T\n "), QStringLiteral("S{}b "),
                       QStringLiteral("E{}b"),  QStringLiteral("T\n"),  QStringLiteral("E{}a")};
}

void TestXmlScanner::givesTokens()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, events);
    QBuffer buffer(&document);
    buffer.open(QIODevice::ReadOnly);
    XmlScanner scanner(buffer);
    QStringList seen;
    while (!scanner.atEnd()) {
        switch (scanner.next()) {
        case QXmlStreamReader::StartElement: {
            QString event = QStringLiteral("S{") + scanner.namespaceUri() + QLatin1Char('}') +
                            scanner.name() + QLatin1Char(' ');
            for (const XmlAttributes::Attribute &a : scanner.attributes())
                event += QLatin1Char('{') + a.namespaceUri + QLatin1Char('}') + a.name + QLatin1Char('=') +
                         a.value;
            seen.append(event);
            break;
        }
        case QXmlStreamReader::EndElement:
            seen.append(QStringLiteral("E{") + scanner.namespaceUri() + QLatin1Char('}') + scanner.name());
            break;
        case QXmlStreamReader::Characters:
            seen.append(QLatin1Char('T') + scanner.text());
            break;
        case QXmlStreamReader::Invalid:
            QFAIL(qPrintable(scanner.errorString()));
        default:
            break;
        }
    }
    QCOMPARE(seen, events);
}

void TestXmlScanner::readsAcrossBlocks_data()
{
    // The scanner reads 256 KiB at a time: a reference, a character of several bytes, a tag, a CDATA
    // section or a comment may straddle two blocks, and each must read as if it did not.
    QTest::addColumn<QByteArray>("piece");
    QTest::addColumn<QString>("text");
    QTest::newRow("reference") << QByteArray("&amp;&#x2014;&eacute;") << QStringLiteral("&\u2014\u00e9");
    QTest::newRow("multibyte") << QByteArray("\xE2\x82\xAC\xF0\x9F\x98\x80")
                               << QStringLiteral("\u20ac\U0001F600");
    QTest::newRow("cdata") << QByteArray("<![CDATA[<b>]]>") << QStringLiteral("<b>");
    QTest::newRow("comment") << QByteArray("x<!-- long comment -->y") << QStringLiteral("xy");
    QTest::newRow("crlf") << QByteArray("\r\n\r\n") << QStringLiteral("\n\n");
}

void TestXmlScanner::readsAcrossBlocks()
{
    QFETCH(QByteArray, piece);
    QFETCH(QString, text);
    constexpr qsizetype kBlock = 256 * 1024;
    for (qsizetype shift = 1; shift <= piece.size() + 1; ++shift) {
        // The piece starts `shift` bytes before the end of the first block.
        const QByteArray head = "<r><a>";
        const QByteArray filler(kBlock - head.size() - shift, 'f');
        const QByteArray document = head + filler + piece + "</a><b x=\"1\"/></r>";
        const XmlReading reading = readXml(document, XmlInput::Reader::Best);
        QVERIFY2(reading.error.isEmpty(), qPrintable(reading.error));
        QCOMPARE(reading.events.value(2), QLatin1Char('T') + QString::fromLatin1(filler) + text);
        QCOMPARE(reading.events.value(4), QStringLiteral("S{}b {}x=1"));
        QCOMPARE(reading, readXml(document, XmlInput::Reader::QXmlStreamReader));
    }
}

void TestXmlScanner::givesLongTextInChunks_data()
{
    // A giant text, one Characters token until now, comes in chunks that leave no character cut, so
    // that neither the scanner's buffer nor a token holds all of it.
    QTest::addColumn<QByteArray>("piece");
    QTest::newRow("text") << QByteArray("Caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 ");
    QTest::newRow("escaped html") << QByteArray("&lt;p&gt;Caf\xC3\xA9&amp;&#x2014;&lt;/p&gt;\r\n");
    QTest::newRow("cdata") << QByteArray("<![CDATA[<p>Caf\xC3\xA9 \xF0\x9F\x98\x80</p>\r\n") +
                                  QByteArray(5000, 'x') + QByteArray("]]>");
}

void TestXmlScanner::givesLongTextInChunks()
{
    QFETCH(QByteArray, piece);
    const QByteArray document = "<r><a>" + piece.repeated(6 * 1024 * 1024 / piece.size()) + "</a></r>";
    QBuffer buffer;
    buffer.setData(document);
    buffer.open(QIODevice::ReadOnly);
    XmlScanner scanner(buffer);
    QString text;
    int chunks = 0;
    while (!scanner.atEnd()) {
        const auto token = scanner.next();
        QVERIFY2(token != QXmlStreamReader::Invalid, qPrintable(scanner.errorString()));
        if (token == QXmlStreamReader::Characters) {
            ++chunks;
            // At most a chunk and a run of text or a block of the device past it.
            QVERIFY2(scanner.text().toUtf8().size() <= 2 * XmlScanner::kTextChunk + 256 * 1024,
                     qPrintable(QString::number(scanner.text().size())));
            text += scanner.text();
        }
    }
    QVERIFY(chunks > 2);
    const XmlReading qt = readXml(document, XmlInput::Reader::QXmlStreamReader);
    QCOMPARE(QLatin1Char('T') + text, qt.events.value(2));
}

void TestXmlScanner::leavesOtherDocumentsToQXmlStreamReader_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("text");
    QTest::newRow("document type with an entity")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY wco \"World Customs Organization\">]>"
                      "<a>&wco;</a>")
        << QStringLiteral("World Customs Organization");
    QTest::newRow("latin-1") << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Caf\xE9</a>")
                             << QStringLiteral("Caf\u00e9");
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE<\0a\0>\0\xE9\0<\0/\0a\0>\0", 18)
                            << QStringLiteral("\u00e9");
    QTest::newRow("undeclared windows-1252")
        << QByteArray("<a>\x93quoted\x94</a>") << QStringLiteral("\u201cquoted\u201d");
}

void TestXmlScanner::leavesOtherDocumentsToQXmlStreamReader()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, text);
    const XmlReading reading = readXml(document, XmlInput::Reader::Best);
    QVERIFY2(reading.error.isEmpty(), qPrintable(reading.error));
    QCOMPARE(reading.events,
             (QStringList{QStringLiteral("S{}a "), QLatin1Char('T') + text, QStringLiteral("E{}a")}));
}

void TestXmlScanner::wordsWhatOnlyItRefuses()
{
    // QXmlStreamReader drops a control character from an attribute's name; the scanner refuses it, and
    // says where, in the words of any other not well-formed file.
    const QByteArray document("<a>\n<b c\x02"
                              "d=\"1\"/></a>");
    QVERIFY(readXml(document, XmlInput::Reader::QXmlStreamReader).error.isEmpty());
    const QString error = readXml(document, XmlInput::Reader::Best).error;
    QVERIFY2(error.startsWith(QStringLiteral("it is not well-formed XML: ")), qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral("(line 2, column 4)")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestXmlScanner)
#include "tst_xmlscanner.moc"
