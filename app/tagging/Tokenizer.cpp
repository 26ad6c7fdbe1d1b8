#include "Tokenizer.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <tuple>

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

// Characters below this get their properties from tables made once by the functions above; the
// rest (rare in our texts) ask Qt each time.
constexpr char16_t kTableSize = 0x0800;

enum class Kind : quint8
{
    None,      // not part of a word
    Word,      // letter, digit or mark
    Ideograph, // a word by itself (Han, Kana)
};

Kind kindOf(char32_t c)
{
    if (!isWordCodePoint(c))
        return Kind::None;
    return isIdeographic(c) ? Kind::Ideograph : Kind::Word;
}

enum class Script : quint8
{
    Other,
    Arabic,
    Han,
    Latin,
};

Script scriptOf(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Arabic:
        return Script::Arabic;
    case QChar::Script_Han:
        return Script::Han;
    case QChar::Script_Latin:
        return Script::Latin;
    default:
        return Script::Other;
    }
}

constexpr size_t kMaxFold = 3;

// What the tokenizer needs to know of one character below kTableSize.
struct CharInfo
{
    Kind kind = Kind::None;
    // Tokenizer::fold() of the character alone, for the characters whose fold inside a word is
    // their own fold: a word made of them folds to the concatenation. Length -1: a word with this
    // character is folded as a whole.
    qint8 foldLength = -1;
    std::array<char16_t, kMaxFold> fold{};
};

struct Tables
{
    std::array<CharInfo, kTableSize> chars{};
    std::array<Script, kTableSize> script{};
    // ASCII, the bulk of most texts, by itself: a word character's fold (one unit), else 0.
    std::array<char16_t, 0x80> ascii{};

    static const Tables &instance()
    {
        static const Tables tables;
        return tables;
    }

private:
    Tables()
    {
        for (char16_t u = 0; u < kTableSize; ++u) {
            const QChar c(u);
            CharInfo &info = chars[u];
            info.kind = kindOf(u);
            script[u] = scriptOf(c);
            // Fold decomposes (NFKD), drops marks and lowers, all character by character, except
            // that decomposition reorders the combining characters that follow a base; when every
            // one of those this character decomposes into is a mark, fold drops them anyway.
            const QString alone(c);
            const QString folded = Tokenizer::fold(alone);
            bool local = folded.size() <= static_cast<qsizetype>(kMaxFold);
            for (QChar d : alone.normalized(QString::NormalizationForm_KD)) {
                const QChar::Category cat = d.category();
                const bool mark = cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
                                  cat == QChar::Mark_Enclosing;
                if (d.isSurrogate() || (d.combiningClass() != 0 && !mark))
                    local = false;
            }
            for (QChar f : folded)
                local = local && !f.isSurrogate();
            if (!local)
                continue;
            info.foldLength = static_cast<qint8>(folded.size());
            for (qsizetype k = 0; k < folded.size(); ++k)
                info.fold[static_cast<size_t>(k)] = folded.at(k).unicode();
        }
        for (char16_t u = 0; u < ascii.size(); ++u) {
            Q_ASSERT(chars[u].kind != Kind::Word || chars[u].foldLength == 1);
            ascii[u] = chars[u].kind == Kind::Word ? chars[u].fold[0] : u'\0';
        }
    }
};

// The kind of the code point at i and its length in UTF-16 units.
inline std::pair<Kind, qsizetype> kindAt(const Tables &tables, QStringView text, qsizetype i)
{
    const char16_t u = text.utf16()[i];
    if (u < kTableSize)
        return {tables.chars[u].kind, 1};
    const auto [c, length] = codePointAt(text, i);
    return {kindOf(c), length};
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

bool Tokenizer::WordReader::next()
{
    const Tables &tables = Tables::instance();
    const char16_t *data = m_text.utf16();
    const qsizetype n = m_text.size();
    qsizetype i = m_position;
    Kind kind = Kind::None;
    qsizetype length = 1;
    while (i < n) {
        std::tie(kind, length) = kindAt(tables, m_text, i);
        if (kind != Kind::None)
            break;
        i += length;
    }
    if (i >= n) {
        m_position = n;
        return false;
    }
    m_start = i;
    bool whole = kind == Kind::Ideograph; // fold the word with fold(), not in the buffer
    qsizetype end = i + length;
    char16_t *out = m_buffer.data();
    if (!whole) {
        // Characters of the tables fold one by one into the buffer, as long as it has room.
        char16_t *const outLimit = m_buffer.data() + (m_buffer.size() - kMaxFold);
        end = i;
        while (end < n) {
            const char16_t u = data[end];
            if (u < tables.ascii.size()) {
                // One unit each: where the next goes does not wait for the table, as below.
                const char16_t folded = tables.ascii[u];
                if (folded == u'\0')
                    break;
                if (out > outLimit) {
                    whole = true;
                    break;
                }
                *out++ = folded;
                ++end;
                continue;
            }
            if (u >= kTableSize) {
                whole = true;
                break;
            }
            const CharInfo &c = tables.chars[u];
            if (c.kind != Kind::Word) // never Ideograph below kTableSize
                break;
            if (c.foldLength < 0 || out > outLimit) {
                whole = true;
                break;
            }
            out[0] = c.fold[0];
            out[1] = c.fold[1];
            out[2] = c.fold[2];
            out += c.foldLength;
            ++end;
        }
        // Another character: only find where the word ends (the first one is known to be a word).
        if (whole) {
            do {
                std::tie(kind, length) = kindAt(tables, m_text, end);
                if (end > i && kind != Kind::Word)
                    break;
                end += length;
            } while (end < n);
        }
    }
    m_end = end;
    m_position = end;
    if (whole) {
        m_whole = fold(m_text.mid(m_start, m_end - m_start));
        m_data = reinterpret_cast<const char16_t *>(m_whole.utf16());
        m_length = static_cast<size_t>(m_whole.size());
    } else {
        m_data = m_buffer.data();
        m_length = static_cast<size_t>(out - m_buffer.data());
    }
    return true;
}

std::vector<Token> Tokenizer::tokenize(QStringView text)
{
    std::vector<Token> tokens;
    tokens.reserve(static_cast<size_t>(text.size() / 6));
    WordReader reader(text);
    while (reader.next()) {
        const std::u16string_view folded = reader.folded();
        tokens.push_back(Token{reader.start(), reader.end(),
                               QString::fromUtf16(folded.data(), static_cast<qsizetype>(folded.size()))});
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

const std::array<QStringList, 3> &Tokenizer::functionWords()
{
    static const std::array<QStringList, 3> words{
        QStringList{QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("of"), QStringLiteral("to"),
                    QStringLiteral("with"), QStringLiteral("is"), QStringLiteral("for"),
                    QStringLiteral("this"), QStringLiteral("that")},
        QStringList{QStringLiteral("le"), QStringLiteral("les"), QStringLiteral("des"), QStringLiteral("du"),
                    QStringLiteral("et"), QStringLiteral("pour"), QStringLiteral("dans"),
                    QStringLiteral("une"), QStringLiteral("aux"), QStringLiteral("est"),
                    QStringLiteral("sur"), QStringLiteral("au")},
        QStringList{QStringLiteral("el"), QStringLiteral("los"), QStringLiteral("las"), QStringLiteral("del"),
                    QStringLiteral("y"), QStringLiteral("para"), QStringLiteral("una"), QStringLiteral("con"),
                    QStringLiteral("por"), QStringLiteral("sobre")}};
    return words;
}

QString Tokenizer::guessLanguage(const std::vector<Token> &tokens, QStringView text)
{
    static const std::array<QSet<QString>, 3> sets = [] {
        std::array<QSet<QString>, 3> s;
        for (size_t k = 0; k < s.size(); ++k)
            s[k] = QSet<QString>(functionWords()[k].cbegin(), functionWords()[k].cend());
        return s;
    }();
    std::array<int, 3> score{0, 0, 0};
    const size_t limit = std::min(tokens.size(), kFunctionWordLimit);
    for (size_t i = 0; i < limit; ++i) {
        const QString &w = tokens[i].folded;
        for (size_t k = 0; k < sets.size(); ++k)
            score[k] += sets[k].contains(w);
    }
    return guessLanguage(score, text);
}

QString Tokenizer::guessLanguage(const std::array<int, 3> &functionWordCounts, QStringView text)
{
    // Scripts decide at once; Latin text by its commonest function words.
    const Tables &tables = Tables::instance();
    int arabic = 0;
    int han = 0;
    int latin = 0;
    for (QChar c : text.left(4000)) {
        // BMP is enough to tell the script of a text
        const char16_t u = c.unicode();
        const Script script = u < kTableSize ? tables.script[u] : scriptOf(c);
        // Counted without branches: letters and spaces alternate too often to predict.
        arabic += script == Script::Arabic;
        han += script == Script::Han;
        latin += script == Script::Latin;
    }
    if (arabic > latin && arabic >= han)
        return QStringLiteral("ar");
    if (han > latin)
        return QStringLiteral("zh");

    const auto best = std::max_element(functionWordCounts.begin(), functionWordCounts.end());
    if (*best < 2)
        return {};
    static const std::array<QString, 3> codes{QStringLiteral("en"), QStringLiteral("fr"),
                                              QStringLiteral("es")};
    return codes[static_cast<size_t>(best - functionWordCounts.begin())];
}

} // namespace Clearance
