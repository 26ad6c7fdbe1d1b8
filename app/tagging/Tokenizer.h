#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace Clearance {

// One word of a text: its place (UTF-16 indices) and its folded form.
struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString folded; // lower case, accents, tashkeel and tatweel removed
};

// Splits text into the words the tagger matches on, the same way for the taxonomy's phrases and for
// an article, so both sides agree. Words are runs of letters, digits and combining marks;
// apostrophes, hyphens and punctuation separate; each Han or Kana character is a word by itself.
class Tokenizer final
{
public:
    static std::vector<Token> tokenize(QStringView text);
    // The folded form of one word: what makes "Guatémala", "GUATEMALA" and "guatemala" equal.
    static QString fold(QStringView word);
    // The words of a phrase, folded.
    static QStringList foldedWords(QStringView phrase);
    // A best guess of the language of a text: "en", "fr", "es", "ar", "zh" or "" when unsure.
    static QString guessLanguage(const std::vector<Token> &tokens, QStringView text);
};

} // namespace Clearance
