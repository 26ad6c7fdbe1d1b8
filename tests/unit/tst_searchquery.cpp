#include "TestLibrary.h"
#include "storage/FtsTokenizer.h"
#include "storage/SearchQuery.h"

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
    void wordsAgreeWithTheIndex_data();
    void wordsAgreeWithTheIndex();
    void searchIgnoresWhatTheIndexIgnores_data();
    void searchIgnoresWhatTheIndexIgnores();
};

namespace {

TaggedArticle article(const QString &guid, const QString &body)
{
    TaggedArticle tagged;
    tagged.article.guid = guid;
    tagged.article.title = guid;
    tagged.article.body = body;
    tagged.article.published = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    tagged.article.imported = tagged.article.published;
    return tagged;
}

} // namespace

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
    // What FTS5's tokenizer drops (symbols, a lone combining mark) is dropped from the query too;
    // a phrase of no tokens would match nothing and empty the whole result.
    QTest::newRow("emoji dropped") << QStringLiteral("wco \U0001F600") << QStringLiteral("\"wco\"");
    QTest::newRow("flag dropped") << QStringLiteral("wco \U0001F1EB\U0001F1F7") << QStringLiteral("\"wco\"");
    QTest::newRow("lone combining mark dropped") << QStringLiteral("wco \u0301") << QStringLiteral("\"wco\"");
    QTest::newRow("only symbols") << QStringLiteral("\U0001F600 \u2192 \u00A9") << QString();
    QTest::newRow("emoji inside a word splits it")
        << QStringLiteral("wco\U0001F600wto") << QStringLiteral("\"wco\" + \"wto\"");
    QTest::newRow("numbers of any kind are words")
        << QStringLiteral("wco \u00BD \u00B2 \u2460")
        << QStringLiteral("\"wco\" AND \"\u00BD\" AND \"\u00B2\" AND \"\u2460\"");
    QTest::newRow("combining accent stays in its word")
        << QStringLiteral("guate\u0301mala") << QStringLiteral("\"guate\u0301mala\"");
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

// Each text is indexed in a real library: the words the query is built from are the index's tokens,
// one for one, and each finds the article.
void TestSearchQuery::wordsAgreeWithTheIndex_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("latin") << QStringLiteral("Post-clearance audit, l'OMD et la Guatémala");
    QTest::newRow("symbols and emoji")
        << QStringLiteral("WCO \U0001F600 \U0001F1EB\U0001F1F7 \u2192 \u00A9 trade");
    QTest::newRow("numbers") << QStringLiteral("\u00BD \u00B2 \u2460 \u0661\u0662 x\u00B2y 2026");
    QTest::newRow("combining marks") << QStringLiteral("\u0301 e\u0301 a\u0308b");
    QTest::newRow("arabic") << QStringLiteral("\u0627\u0644\u062c\u0645\u0627\u0631\u0643 \u0661\u0662");
    QTest::newRow("cjk and kana") << QStringLiteral("\u6d77\u5173 \u30ab\u30bf\u30ab\u30ca");
    QTest::newRow("math letters and ligatures") << QStringLiteral("\U0001D400bc \uFB01ne \u216B");
    QTest::newRow("zero width and private use") << QStringLiteral("a\u200Bb \uE000 c\u00ADd");
}

void TestSearchQuery::wordsAgreeWithTheIndex()
{
    QFETCH(QString, text);
    TestLibrary library;
    QVERIFY(library.store->addArticles({article(QStringLiteral("t"), text)}, {}).ok());
    QSqlQuery vocab(library.database->connection());
    QVERIFY2(vocab.exec(QStringLiteral(
                 "CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, articles_fts, 'instance')")),
             qPrintable(vocab.lastError().text()));
    QVERIFY(vocab.exec(QStringLiteral("SELECT count(*) FROM temp.vocab WHERE col = 'body'")));
    QVERIFY(vocab.next());
    const QStringList words = FtsTokenizer::words(text);
    QCOMPARE(words.size(), vocab.value(0).toInt());
    for (const QString &word : words) {
        ArticleFilter filter;
        filter.search = word;
        const auto count = library.store->countArticles(filter);
        QVERIFY2(count.ok(), qPrintable(count.error()));
        QVERIFY2(*count == 1, qPrintable(word));
    }
}

// A search for "wco" plus something the index never holds finds what "wco" finds; a number it does
// hold narrows the search to the article that has it.
void TestSearchQuery::searchIgnoresWhatTheIndexIgnores_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("expected");
    QTest::newRow("word") << QStringLiteral("wco") << 2;
    QTest::newRow("emoji") << QStringLiteral("wco \U0001F600") << 2;
    QTest::newRow("flag") << QStringLiteral("\U0001F1F2\U0001F1F1 wco") << 2;
    QTest::newRow("lone combining mark") << QStringLiteral("wco \u0301") << 2;
    QTest::newRow("arrow in a phrase") << QStringLiteral("\"wco \u2192 meets\"") << 1;
    QTest::newRow("half is a word") << QStringLiteral("wco \u00BD") << 1;
    QTest::newRow("circled one is a word") << QStringLiteral("\u2460 wco") << 1;
}

void TestSearchQuery::searchIgnoresWhatTheIndexIgnores()
{
    QFETCH(QString, search);
    QFETCH(int, expected);
    TestLibrary library;
    QVERIFY(library.store
                ->addArticles({article(QStringLiteral("a"), QStringLiteral("WCO meets \u00BD \u2460")),
                               article(QStringLiteral("b"), QStringLiteral("The WCO \U0001F600 report"))},
                              {})
                .ok());
    ArticleFilter filter;
    filter.search = search;
    const auto count = library.store->countArticles(filter);
    QVERIFY2(count.ok(), qPrintable(count.error()));
    QCOMPARE(*count, expected);
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
