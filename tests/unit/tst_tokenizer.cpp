#include "tagging/Tokenizer.h"

#include <QTest>

using namespace Clearance;

class TestTokenizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folds_data();
    void folds();
    void splits_data();
    void splits();
    void keepsOffsets();
    void guessesLanguage_data();
    void guessesLanguage();
};

void TestTokenizer::folds_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << QStringLiteral("GuateMALA") << QStringLiteral("guatemala");
    QTest::newRow("acute") << QStringLiteral("Guatémala") << QStringLiteral("guatemala");
    QTest::newRow("cedilla and circumflex") << QStringLiteral("Français") << QStringLiteral("francais");
    QTest::newRow("tilde") << QStringLiteral("ESPAÑA") << QStringLiteral("espana");
    QTest::newRow("arabic tashkeel") << QStringLiteral("الجَمَارِك") << QStringLiteral("الجمارك");
    QTest::newRow("arabic tatweel") << QStringLiteral("الجـمارك") << QStringLiteral("الجمارك");
    QTest::newRow("arabic alef with hamza") << QStringLiteral("أمن") << QStringLiteral("امن");
    QTest::newRow("ligature") << QStringLiteral("ﬁscal") << QStringLiteral("fiscal");
}

void TestTokenizer::folds()
{
    QFETCH(QString, word);
    QFETCH(QString, folded);
    QCOMPARE(Tokenizer::fold(word), folded);
}

void TestTokenizer::splits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("spaces and punctuation") << QStringLiteral("The WCO, in Brussels.")
                                            << QStringList{QStringLiteral("the"), QStringLiteral("wco"),
                                                           QStringLiteral("in"), QStringLiteral("brussels")};
    QTest::newRow("hyphen separates") << QStringLiteral("Post-Clearance")
                                      << QStringList{QStringLiteral("post"), QStringLiteral("clearance")};
    QTest::newRow("straight possessive")
        << QStringLiteral("WCO's") << QStringList{QStringLiteral("wco"), QStringLiteral("s")};
    QTest::newRow("curly possessive")
        << QStringLiteral("WCO’s") << QStringList{QStringLiteral("wco"), QStringLiteral("s")};
    QTest::newRow("french elision") << QStringLiteral("l'Organisation")
                                    << QStringList{QStringLiteral("l"), QStringLiteral("organisation")};
    QTest::newRow("digits stay in words")
        << QStringLiteral("COVID-19 ICS2")
        << QStringList{QStringLiteral("covid"), QStringLiteral("19"), QStringLiteral("ics2")};
    QTest::newRow("han characters one by one") << QStringLiteral("中国海关")
                                               << QStringList{QStringLiteral("中"), QStringLiteral("国"),
                                                              QStringLiteral("海"), QStringLiteral("关")};
    QTest::newRow("arabic words") << QStringLiteral("منظمة الجمارك العالمية")
                                  << QStringList{QStringLiteral("منظمة"), QStringLiteral("الجمارك"),
                                                 QStringLiteral("العالمية")};
}

void TestTokenizer::splits()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(Tokenizer::foldedWords(text), words);
}

void TestTokenizer::keepsOffsets()
{
    const QString text = QStringLiteral("😀 Guatémala's SAT");
    const auto tokens = Tokenizer::tokenize(text);
    QCOMPARE(tokens.size(), size_t(3));
    QCOMPARE(text.mid(tokens[0].start, tokens[0].end - tokens[0].start), QStringLiteral("Guatémala"));
    QCOMPARE(text.mid(tokens[2].start, tokens[2].end - tokens[2].start), QStringLiteral("SAT"));
}

void TestTokenizer::guessesLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("english") << QStringLiteral("The World Customs Organization and the WTO met for the day.")
                             << QStringLiteral("en");
    QTest::newRow("french")
        << QStringLiteral("L'Organisation mondiale des douanes et les pays d'Afrique pour le commerce.")
        << QStringLiteral("fr");
    QTest::newRow("spanish")
        << QStringLiteral("La Organización Mundial de Aduanas y los países del Caribe para el comercio.")
        << QStringLiteral("es");
    QTest::newRow("arabic") << QStringLiteral("أصدرت منظمة الجمارك العالمية النسخة العربية")
                            << QStringLiteral("ar");
    QTest::newRow("chinese") << QStringLiteral("中国海关积极参与世界海关组织") << QStringLiteral("zh");
    QTest::newRow("too short to tell") << QStringLiteral("WCO") << QString();
}

void TestTokenizer::guessesLanguage()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(Tokenizer::guessLanguage(Tokenizer::tokenize(text), text), language);
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
