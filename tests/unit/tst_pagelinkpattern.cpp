#include "ingest/PageLinkPattern.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Clearance;

// The link patterns of page sources: what they match, what they refuse.
class TestPageLinkPattern final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void refuses_data();
    void refuses();
    void staysLinearOnManyStars();
};

void TestPageLinkPattern::matches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("match");
    const char *newsroom = "/en/media/newsroom/*";
    QTest::newRow("below a folder") << newsroom << "https://www.wcoomd.org/en/media/newsroom/2024/june/a.aspx"
                                    << true;
    QTest::newRow("the folder's own page is not below it")
        << newsroom << "https://www.wcoomd.org/en/media/newsroom.aspx" << false;
    QTest::newRow("case ignored") << newsroom << "https://www.wcoomd.org/EN/Media/NewsRoom/2024/x.aspx"
                                  << true;
    QTest::newRow("another folder") << newsroom << "https://www.wcoomd.org/fr/media/newsroom/2024/x.aspx"
                                    << false;
    QTest::newRow("no star: the whole path") << "/news/latest"
                                             << "https://x.example/news/latest" << true;
    QTest::newRow("no star: not a prefix") << "/news/latest"
                                           << "https://x.example/news/latest/more" << false;
    QTest::newRow("stars between") << "/news/*/*.aspx"
                                   << "https://x.example/news/2024/june/a.aspx" << true;
    QTest::newRow("stars between, wrong ending") << "/news/*/*.aspx"
                                                 << "https://x.example/news/2024/a.html" << false;
    QTest::newRow("the middle must come after the start") << "/news*news*"
                                                          << "https://x.example/news" << false;
    QTest::newRow("overlapping start and end") << "/ab*ba"
                                               << "https://x.example/aba" << false;
    QTest::newRow("start and end meet") << "/ab*b"
                                        << "https://x.example/ab" << false;
    QTest::newRow("start, empty star, end") << "/ab*b"
                                            << "https://x.example/abb" << true;
    QTest::newRow("query ignored without '?'") << "/article.aspx"
                                               << "https://x.example/article.aspx?id=4" << true;
    QTest::newRow("query matched with '?'") << "/article.aspx?id=*"
                                            << "https://x.example/article.aspx?id=4" << true;
    QTest::newRow("query matched with '?', none there") << "/article.aspx?id=*"
                                                        << "https://x.example/article.aspx" << false;
    QTest::newRow("a full address: its path")
        << "https://www.wcoomd.org/en/media/newsroom/*"
        << "https://www.wcoomd.org/en/media/newsroom/2024/a.aspx" << true;
    QTest::newRow("percent-escapes on both sides") << "/actualit%C3%A9s/*"
                                                   << "https://x.example/actualités/une" << true;
    QTest::newRow("decoded pattern, encoded link") << "/actualités/*"
                                                   << "https://x.example/actualit%C3%A9s/une" << true;
    QTest::newRow("everything") << "*"
                                << "https://x.example/" << true;
    QTest::newRow("regex characters are literal") << "/news/(.*)+"
                                                  << "https://x.example/news/aaa" << false;
}

void TestPageLinkPattern::matches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, url);
    QFETCH(bool, match);
    const Result<PageLinkPattern> parsed = PageLinkPattern::parse(pattern);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->matches(QUrl(url)), match);
}

void TestPageLinkPattern::refuses_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << "  "
                           << "is empty";
    QTest::newRow("relative") << "news/*"
                              << "neither a path";
    QTest::newRow("another scheme") << "ftp://x.example/news/*"
                                    << "neither a path";
    QTest::newRow("too long")
        << QString(PageLinkPattern::kMaxLength + 1, QLatin1Char('a')).prepend(QLatin1Char('/'))
        << "longer than 2000 characters";
}

void TestPageLinkPattern::refuses()
{
    QFETCH(QString, pattern);
    QFETCH(QString, messagePart);
    const Result<PageLinkPattern> parsed = PageLinkPattern::parse(pattern);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(messagePart), qPrintable(parsed.error()));
}

void TestPageLinkPattern::staysLinearOnManyStars()
{
    // "/*a*a*...*a*c*b" against "/aaa...ab": a matcher that backtracks (as a regular expression such as
    // (a*)*b does) tries every way of placing the a's before it finds there is no c, which takes
    // exponential time; this one places each part once, where it first fits.
    QString pattern = QStringLiteral("/");
    for (int i = 0; i < 40; ++i)
        pattern += QStringLiteral("*a");
    pattern += QStringLiteral("*c*b");
    const Result<PageLinkPattern> parsed = PageLinkPattern::parse(pattern);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const QUrl url(QStringLiteral("https://x.example/") + QString(100'000, QLatin1Char('a')) +
                   QLatin1Char('b'));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!parsed->matches(url));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestPageLinkPattern)
#include "tst_pagelinkpattern.moc"
