#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <string_view>
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
    // The words of a text one at a time, each folded into a buffer reused from word to word: what
    // tokenize() does, without an allocation per word (the matcher reads every article this way).
    class WordReader final
    {
    public:
        explicit WordReader(QStringView text)
            : m_text(text)
        {}
        // Moves to the next word; false at the end of the text.
        bool next();
        qsizetype start() const { return m_start; }
        qsizetype end() const { return m_end; }
        // The folded form of the current word, valid until the next call of next().
        std::u16string_view folded() const { return {m_data, m_length}; }

    private:
        QStringView m_text;
        qsizetype m_position = 0;
        qsizetype m_start = 0;
        qsizetype m_end = 0;
        std::array<char16_t, 64> m_buffer; // the folded word, unless it is long or unusual:
        QString m_whole;                   // then it is folded by fold(), here
        const char16_t *m_data = nullptr;
        size_t m_length = 0;
    };

    static std::vector<Token> tokenize(QStringView text);
    // The folded form of one word: what makes "Guatémala", "GUATEMALA" and "guatemala" equal.
    static QString fold(QStringView word);
    // The words of a phrase, folded.
    static QStringList foldedWords(QStringView phrase);
    // A best guess of the language of a text: "en", "fr", "es", "ar", "zh" or "" when unsure.
    static QString guessLanguage(const std::vector<Token> &tokens, QStringView text);

    // What guessLanguage() reads in Latin text: the function words of English, French and Spanish
    // (folded), and how many of each occur among the first kFunctionWordLimit words of the text.
    static constexpr size_t kFunctionWordLimit = 2000;
    static const std::array<QStringList, 3> &functionWords();
    static QString guessLanguage(const std::array<int, 3> &functionWordCounts, QStringView text);
};

} // namespace Clearance
