#include "ingest/SeedTextParser.h"

#include <QTest>

using namespace Clearance;

class TestSeedTextParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refusesTextWithoutArticle_data();
    void refusesTextWithoutArticle();
};

void TestSeedTextParser::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("bodies");

    const QStringList titles{QStringLiteral("First Title"), QStringLiteral("Second Title")};
    const QStringList bodies{QStringLiteral("The first body."), QStringLiteral("The second body.")};
    QTest::newRow("seed layout") << QStringLiteral("First Title\n\nFirst Title\n\nThe first body.\n\nSecond "
                                                   "Title\n\nSecond Title\n\nThe second body.\n\n")
                                 << titles << bodies;
    QTest::newRow("crlf") << QStringLiteral("First Title\r\n\r\nFirst Title\r\n\r\nThe first body.\r\n\r\n"
                                            "Second Title\r\n\r\nSecond Title\r\n\r\nThe second body.\r\n")
                          << titles << bodies;
    QTest::newRow("old mac cr") << QStringLiteral("First Title\r\rFirst Title\r\rThe first body.\r\r"
                                                  "Second Title\r\rSecond Title\r\rThe second body.\r")
                                << titles << bodies;
    QTest::newRow("bom") << QStringLiteral("\ufeffFirst Title\n\nFirst Title\n\nThe first body.\n\n"
                                           "Second Title\n\nSecond Title\n\nThe second body.")
                         << titles << bodies;
    QTest::newRow("missing repeated title")
        << QStringLiteral(
               "First Title\n\nThe first body.\n\nSecond Title\n\nSecond Title\n\nThe second body.\n")
        << titles << bodies;
    QTest::newRow("extra blank lines and spaces")
        << QStringLiteral("\n\n\n  First Title  \n\n\n\n First Title\n \n\t\nThe first body.\n\n\n\n\nSecond "
                          "Title\n\nSecond Title\n\n"
                          "The second body.\n\n\n")
        << titles << bodies;
    QTest::newRow("body of two paragraphs")
        << QStringLiteral("First Title\n\nFirst Title\n\nOne paragraph.\n\nAnother paragraph.\n\n"
                          "Second Title\n\nSecond Title\n\nThe second body.")
        << titles
        << QStringList{QStringLiteral("One paragraph.\n\nAnother paragraph."),
                       QStringLiteral("The second body.")};
    QTest::newRow("wrapped body lines join")
        << QStringLiteral(
               "First Title\n\nFirst Title\n\nThe first\nbody.\n\nSecond Title\n\nThe second body.")
        << titles << bodies;
    // A title given twice is the layout's mark of an article, even with no text after it (a
    // headline-only item): the article is kept, without text.
    QTest::newRow("a title given twice without text")
        << QStringLiteral("First Title\n\nFirst Title\n\nSecond Title\n\nSecond Title\n\nThe second body.")
        << titles << QStringList{QString(), QStringLiteral("The second body.")};
    QTest::newRow("the last title given twice without text")
        << QStringLiteral("First Title\n\nFirst Title\n\nThe first body.\n\nSecond Title\n\nSecond Title\n")
        << titles << QStringList{QStringLiteral("The first body."), QString()};
    const QString longTitle =
        QStringLiteral("Ireland and the Office of the High Representative for the Least "
                       "Developed Countries, Landlocked Developing Countries and Small "
                       "Island Developing States sign an agreement on the ATA Carnet");
    QTest::newRow("a long title given twice")
        << longTitle + QStringLiteral("\n\n") + longTitle +
               QStringLiteral("\n\nThe first body.\n\nSecond Title\n\nSecond Title\n\nThe second body.")
        << QStringList{longTitle, titles.at(1)} << bodies;
    QTest::newRow("a title given twice may end with a full stop")
        << QStringLiteral(
               "New rules take effect in the Dominican Rep.\n\nNew rules take effect in the Dominican "
               "Rep.\n\nThe first body.\n\nSecond Title\n\nSecond Title\n\nThe second body.")
        << QStringList{QStringLiteral("New rules take effect in the Dominican Rep."), titles.at(1)} << bodies;
    QTest::newRow("repeated title differs in case")
        << QStringLiteral("First Title\n\nFIRST TITLE\n\nThe first body.\n\nSecond Title\n\nSecond "
                          "Title\n\nThe second body.")
        << titles << bodies;
}

void TestSeedTextParser::parses()
{
    QFETCH(QString, text);
    QFETCH(QStringList, titles);
    QFETCH(QStringList, bodies);
    const auto articles = SeedTextParser::parse(text);
    QVERIFY2(articles.ok(), qPrintable(articles.error()));
    QStringList gotTitles;
    QStringList gotBodies;
    for (const Article &a : *articles) {
        gotTitles.append(a.title);
        gotBodies.append(a.body);
    }
    QCOMPARE(gotTitles, titles);
    QCOMPARE(gotBodies, bodies);
}

void TestSeedTextParser::refusesTextWithoutArticle_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank lines") << QStringLiteral("\n\n \n\t\n");
    QTest::newRow("title only") << QStringLiteral("Just a Title\n");
}

void TestSeedTextParser::refusesTextWithoutArticle()
{
    QFETCH(QString, text);
    const auto articles = SeedTextParser::parse(text);
    QVERIFY(!articles.ok());
    QVERIFY2(articles.error().contains(QLatin1String("no article")), qPrintable(articles.error()));
}

QTEST_GUILESS_MAIN(TestSeedTextParser)
#include "tst_seedtextparser.moc"
