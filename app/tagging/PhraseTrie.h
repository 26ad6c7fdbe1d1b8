#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Clearance {

// A trie over words: every phrase of the taxonomy is a path of word ids from the root. Matching
// walks it from each word of a text, so finding all phrases costs the text's length times the
// longest phrase (a handful of words), whatever the number of phrases.
class PhraseTrie final
{
public:
    static constexpr int kRoot = 0;
    static constexpr int kNone = -1;

    PhraseTrie();

    int addWord(const QString &folded);
    int wordId(const QString &folded) const;
    // A further root: a second trie sharing this one's words.
    int addRoot() { return m_nodeCount++; }
    // The node at the end of the phrase, created if needed.
    int addPhrase(const QStringList &foldedWords, int root = kRoot);
    int child(int node, int word) const;
    int nodeCount() const { return m_nodeCount; }
    int wordCount() const { return static_cast<int>(m_words.size()); }

private:
    struct ViewHash
    {
        using is_transparent = void;
        size_t operator()(std::u16string_view v) const { return std::hash<std::u16string_view>{}(v); }
    };
    static std::u16string_view view(const QString &s)
    {
        return {reinterpret_cast<const char16_t *>(s.utf16()), static_cast<size_t>(s.size())};
    }

    std::unordered_map<std::u16string, int, ViewHash, std::equal_to<>> m_words;
    std::unordered_map<quint64, int> m_edges; // (node << 32 | word) -> node
    int m_nodeCount = 1;
};

} // namespace Clearance
