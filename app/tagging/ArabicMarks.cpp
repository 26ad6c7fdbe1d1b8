#include "ArabicMarks.h"

#include <algorithm>
#include <vector>

namespace Clearance::ArabicMarks {

namespace {

constexpr char16_t kFirstMark = 0x064B; // fathatan
constexpr char16_t kShadda = 0x0651;
constexpr char16_t kSukun = 0x0652;
constexpr char16_t kTatweel = 0x0640;

// The marks on each letter of a word, as bits: bit 0 shadda, bits 1-7 the vowels, tanween and sukun.
// Tatweel is no letter; anything else is one.
std::vector<quint8> marksByLetter(QStringView word)
{
    std::vector<quint8> marks;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= kFirstMark && u <= kSukun) {
            if (!marks.empty())
                marks.back() |=
                    u == kShadda ? 1 : static_cast<quint8>(1u << (u == kSukun ? 7 : u - kFirstMark + 1));
        } else if (u != kTatweel) {
            marks.push_back(0);
        }
    }
    return marks;
}

} // namespace

bool present(QStringView phrase)
{
    return std::any_of(phrase.cbegin(), phrase.cend(),
                       [](QChar c) { return c.unicode() >= kFirstMark && c.unicode() <= kSukun; });
}

bool agree(QStringView text, QStringView name)
{
    const std::vector<quint8> written = marksByLetter(text);
    const std::vector<quint8> meant = marksByLetter(name);
    if (written.size() != meant.size())
        return true; // letters that fold alike but do not line up: nothing to compare
    for (size_t i = 0; i < written.size(); ++i) {
        if ((written[i] & 1) && !(meant[i] & 1))
            return false;
        const quint8 writtenVowels = written[i] & 0xFE;
        const quint8 meantVowels = meant[i] & 0xFE;
        if (writtenVowels && meantVowels && writtenVowels != meantVowels)
            return false;
    }
    return true;
}

} // namespace Clearance::ArabicMarks
