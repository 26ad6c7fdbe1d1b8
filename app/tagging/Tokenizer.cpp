#include "Tokenizer.h"

#include <QSet>
#include <QStringList>

#include <array>

namespace Clearance {

namespace {

bool isIdeographic(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana;
}

bool isWordCodePoint(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
           cat == QChar::Mark_Enclosing;
}

// The code point at i (a surrogate pair counts as one) and its length in UTF-16 units.
std::pair<char32_t, qsizetype> codePointAt(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text.at(i + 1)), 2};
    return {c.unicode(), 1};
}

bool isAscii(QStringView word)
{
    for (QChar c : word) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

QChar foldArabic(QChar c)
{
    switch (c.unicode()) {
    case 0x0622: // alef with madda
    case 0x0623: // alef with hamza above
    case 0x0625: // alef with hamza below
    case 0x0671: // alef wasla
        return QChar(0x0627);
    case 0x0649: // alef maksura reads as yeh at word ends
        return QChar(0x064A);
    default:
        return c;
    }
}

} // namespace

QString Tokenizer::fold(QStringView word)
{
    if (isAscii(word)) {
        QString out(word.size(), Qt::Uninitialized);
        QChar *dst = out.data();
        for (QChar c : word) {
            const char16_t u = c.unicode();
            *dst++ = QChar(u >= u'A' && u <= u'Z' ? u + 32 : u);
        }
        return out;
    }
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
            cat == QChar::Mark_Enclosing)
            continue;
        if (c.unicode() == 0x0640) // tatweel
            continue;
        out.append(foldArabic(c));
    }
    return out.toCaseFolded();
}

std::vector<Token> Tokenizer::tokenize(QStringView text)
{
    std::vector<Token> tokens;
    tokens.reserve(static_cast<size_t>(text.size() / 6));
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const auto [c, length] = codePointAt(text, i);
        if (!isWordCodePoint(c)) {
            i += length;
            continue;
        }
        if (isIdeographic(c)) {
            tokens.push_back(Token{i, i + length, fold(text.mid(i, length))});
            i += length;
            continue;
        }
        qsizetype end = i + length;
        while (end < n) {
            const auto [next, nextLength] = codePointAt(text, end);
            if (!isWordCodePoint(next) || isIdeographic(next))
                break;
            end += nextLength;
        }
        tokens.push_back(Token{i, end, fold(text.mid(i, end - i))});
        i = end;
    }
    return tokens;
}

QStringList Tokenizer::foldedWords(QStringView phrase)
{
    QStringList words;
    for (const Token &t : tokenize(phrase))
        words.append(t.folded);
    return words;
}

QString Tokenizer::guessLanguage(const std::vector<Token> &tokens, QStringView text)
{
    // Scripts decide at once; Latin text by its commonest function words.
    int arabic = 0;
    int han = 0;
    int latin = 0;
    for (QChar c : text.left(4000)) {
        const QChar::Script s = c.script(); // BMP is enough to tell the script of a text
        if (s == QChar::Script_Arabic)
            ++arabic;
        else if (s == QChar::Script_Han)
            ++han;
        else if (s == QChar::Script_Latin)
            ++latin;
    }
    if (arabic > latin && arabic >= han)
        return QStringLiteral("ar");
    if (han > latin)
        return QStringLiteral("zh");

    static const QSet<QString> en{QStringLiteral("the"), QStringLiteral("and"),  QStringLiteral("of"),
                                  QStringLiteral("to"),  QStringLiteral("with"), QStringLiteral("is"),
                                  QStringLiteral("for"), QStringLiteral("this"), QStringLiteral("that")};
    static const QSet<QString> fr{QStringLiteral("le"),   QStringLiteral("les"), QStringLiteral("des"),
                                  QStringLiteral("du"),   QStringLiteral("et"),  QStringLiteral("pour"),
                                  QStringLiteral("dans"), QStringLiteral("une"), QStringLiteral("aux"),
                                  QStringLiteral("est"),  QStringLiteral("sur"), QStringLiteral("au")};
    static const QSet<QString> es{QStringLiteral("el"),   QStringLiteral("los"), QStringLiteral("las"),
                                  QStringLiteral("del"),  QStringLiteral("y"),   QStringLiteral("para"),
                                  QStringLiteral("una"),  QStringLiteral("con"), QStringLiteral("por"),
                                  QStringLiteral("sobre")};
    std::array<int, 3> score{0, 0, 0};
    const size_t limit = std::min<size_t>(tokens.size(), 2000);
    for (size_t i = 0; i < limit; ++i) {
        const QString &w = tokens[i].folded;
        score[0] += en.contains(w);
        score[1] += fr.contains(w);
        score[2] += es.contains(w);
    }
    const auto best = std::max_element(score.begin(), score.end());
    if (*best < 2)
        return {};
    static const std::array<QString, 3> codes{QStringLiteral("en"), QStringLiteral("fr"),
                                              QStringLiteral("es")};
    return codes[static_cast<size_t>(best - score.begin())];
}

} // namespace Clearance
