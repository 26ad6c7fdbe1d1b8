#include "TestLibrary.h"
#include "library/SearchQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Clearance;

class TestSearchQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translates_data();
    void translates();
    void anyTextRunsWithoutError_data();
    void anyTextRunsWithoutError();
};

void TestSearchQuery::translates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only punctuation") << QStringLiteral("( ) * - \"") << QString();
    QTest::newRow("one word") << QStringLiteral("wco") << QStringLiteral("\"wco\"");
    QTest::newRow("words are ANDed") << QStringLiteral("post clearance")
                                     << QStringLiteral("\"post\" AND \"clearance\"");
    QTest::newRow("hyphenated word is a phrase")
        << QStringLiteral("post-clearance") << QStringLiteral("\"post\" + \"clearance\"");
    QTest::newRow("quoted phrase") << QStringLiteral("\"trade facilitation\" wco")
                                   << QStringLiteral("\"trade\" + \"facilitation\" AND \"wco\"");
    QTest::newRow("prefix") << QStringLiteral("custom*") << QStringLiteral("\"custom\"*");
    QTest::newRow("OR") << QStringLiteral("mali OR niger") << QStringLiteral("(\"mali\" OR \"niger\")");
    QTest::newRow("lower-case or is a word")
        << QStringLiteral("mali or niger") << QStringLiteral("\"mali\" AND \"or\" AND \"niger\"");
    QTest::newRow("NOT") << QStringLiteral("wco -wto") << QStringLiteral("\"wco\" NOT \"wto\"");
    QTest::newRow("only negative") << QStringLiteral("-wto") << QString();
    QTest::newRow("AND is a word") << QStringLiteral("AND") << QStringLiteral("\"AND\"");
    QTest::newRow("unbalanced quote ignored") << QStringLiteral("WCO\" OR (") << QStringLiteral("\"WCO\"");
    QTest::newRow("apostrophe splits") << QStringLiteral("l'OMD") << QStringLiteral("\"l\" + \"OMD\"");
    QTest::newRow("accents kept for the tokenizer")
        << QStringLiteral("guatémala") << QStringLiteral("\"guatémala\"");
    QTest::newRow("column filter syntax is text")
        << QStringLiteral("title:wco") << QStringLiteral("\"title\" + \"wco\"");
}

void TestSearchQuery::translates()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SearchQuery::toFts(input), expected);
}

void TestSearchQuery::anyTextRunsWithoutError_data()
{
    QTest::addColumn<QString>("input");
    const QStringList hostile{
        QStringLiteral("WCO\" OR ("),
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("("),
        QStringLiteral(")"),
        QStringLiteral("AND"),
        QStringLiteral("OR"),
        QStringLiteral("NOT"),
        QStringLiteral("NEAR(a b)"),
        QStringLiteral("*"),
        QStringLiteral("-"),
        QStringLiteral("--"),
        QStringLiteral("^wco"),
        QStringLiteral("a:b"),
        QStringLiteral("'; DROP TABLE articles; --"),
        QStringLiteral("it's"),
        QStringLiteral("{title}: x"),
        QStringLiteral("\"a\" OR \"b"),
        QStringLiteral("OR wco OR"),
        QStringLiteral("x OR -y"),
        QStringLiteral("😀 emoji"),
        QStringLiteral("الجمارك"),
        QStringLiteral("海关"),
        QStringLiteral("a\"b\"c"),
        QStringLiteral("word*more"),
        QStringLiteral("\\"),
        QStringLiteral("%_"),
    };
    for (const QString &text : hostile)
        QTest::newRow(qPrintable(text)) << text;
}

void TestSearchQuery::anyTextRunsWithoutError()
{
    QFETCH(QString, input);
    TestLibrary library;
    ArticleFilter filter;
    filter.search = input;
    const auto rows = library.store->listArticles(filter, ListPage{});
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    const auto count = library.store->countArticles(filter);
    QVERIFY2(count.ok(), qPrintable(count.error()));
    QSqlQuery check(library.database->connection());
    QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM articles")));
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
