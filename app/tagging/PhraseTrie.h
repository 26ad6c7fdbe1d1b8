#pragma once

#include <QString>
#include <QStringList>

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace Clearance {

// A trie over words: every phrase of the taxonomy is a path of word ids from the root. Matching
// walks it from each word of a text, so finding all phrases costs the text's length times the
// longest phrase (a handful of words), whatever the number of phrases.
//
// Both lookups run for every word of every text, so both tables are open-addressed (linear probing,
// at most half full) rather than node-based maps: a lookup is usually one cache line.
class PhraseTrie final
{
public:
    static constexpr int kRoot = 0;
    static constexpr int kNone = -1;

    PhraseTrie();

    int addWord(const QString &folded);
    int wordId(const QString &folded) const { return wordId(view(folded)); }
    int wordId(std::u16string_view folded) const
    {
        const quint64 hash = hashOf(folded);
        const quint32 check = static_cast<quint32>(hash >> 32);
        for (size_t i = hash & m_wordMask;; i = (i + 1) & m_wordMask) {
            const WordSlot &slot = m_wordSlots[i];
            if (slot.id == kNone)
                return kNone;
            if (slot.check == check && isWord(slot.id, folded))
                return slot.id;
        }
    }
    // A further root: a second trie sharing this one's words.
    int addRoot() { return m_nodeCount++; }
    // The node at the end of the phrase, created if needed.
    int addPhrase(const QStringList &foldedWords, int root = kRoot);
    int child(int node, int word) const
    {
        if (word < 0)
            return kNone;
        if (node == kRoot)
            return m_rootChildren[static_cast<size_t>(word)];
        const quint64 key = edgeKey(node, word);
        for (size_t i = edgeSlotOf(key);; i = (i + 1) & m_edgeMask) {
            const Edge &e = m_edges[i];
            if (e.key == key)
                return e.node;
            if (e.key == kNoEdge)
                return kNone;
        }
    }
    int nodeCount() const { return m_nodeCount; }
    int wordCount() const { return m_wordCount; }

private:
    static std::u16string_view view(const QString &s)
    {
        return {reinterpret_cast<const char16_t *>(s.utf16()), static_cast<size_t>(s.size())};
    }
    // Four UTF-16 units at a time; the low bits pick the slot, the high ones are kept to compare.
    // The units are read one by one, not as one 64-bit load: the word was just written unit by
    // unit into the tokenizer's buffer, and a wider load would wait for those stores to complete.
    static quint64 hashOf(std::u16string_view s)
    {
        quint64 h = 0x9E3779B97F4A7C15ull ^ s.size();
        const char16_t *p = s.data();
        size_t n = s.size();
        for (; n >= 4; p += 4, n -= 4) {
            h = (h ^ unitsOf(p, 4)) * 0xFF51AFD7ED558CCDull;
            h ^= h >> 32;
        }
        h = (h ^ unitsOf(p, n)) * 0xC4CEB9FE1A85EC53ull;
        return h ^ (h >> 29);
    }
    // Up to four units, the first in the low bits.
    static quint64 unitsOf(const char16_t *p, size_t n)
    {
        quint64 v = 0;
        for (size_t k = 0; k < n; ++k)
            v |= static_cast<quint64>(p[k]) << (16 * k);
        return v;
    }
    // Equality by memcmp: std::u16string_view's == compares unit by unit, in order.
    bool isWord(int id, std::u16string_view word) const
    {
        const std::u16string_view known = wordText(id);
        return known.size() == word.size() &&
               std::memcmp(known.data(), word.data(), word.size() * sizeof(char16_t)) == 0;
    }
    std::u16string_view wordText(int id) const
    {
        const size_t from = m_wordOffsets[static_cast<size_t>(id)];
        return std::u16string_view(m_wordText)
            .substr(from, m_wordOffsets[static_cast<size_t>(id) + 1] - from);
    }

    // Eight bytes, so that the table, probed for every word of every text, stays small in the cache;
    // the word itself is compared only when the high half of the hash agrees.
    struct WordSlot
    {
        quint32 check = 0; // the high half of the hash
        int id = kNone;
    };
    void insertWord(quint64 hash, const WordSlot &word);

    struct Edge
    {
        quint64 key;
        int node;
    };
    static constexpr quint64 kNoEdge = ~quint64(0); // node and word are never negative
    static quint64 edgeKey(int node, int word)
    {
        return (static_cast<quint64>(static_cast<quint32>(node)) << 32) | static_cast<quint32>(word);
    }
    size_t edgeSlotOf(quint64 key) const
    {
        return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> m_edgeShift);
    }
    void insertEdge(quint64 key, int node);

    std::u16string m_wordText;            // every word, one after the other
    std::vector<size_t> m_wordOffsets{0}; // word id -> where it starts in m_wordText; one past the last
    std::vector<WordSlot> m_wordSlots;
    int m_wordCount = 0;
    size_t m_wordMask = 0;
    std::vector<Edge> m_edges; // (node << 32 | word) -> node
    size_t m_edgeMask = 0;
    int m_edgeShift = 64;
    size_t m_edgeCount = 0;
    int m_nodeCount = 1;
    // The root's children by word id: matching asks for one at every word of a text, and this array
    // is a fraction of the size of the edge table.
    std::vector<int> m_rootChildren;
};

} // namespace Clearance
