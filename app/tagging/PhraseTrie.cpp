#include "PhraseTrie.h"

namespace Clearance {

namespace {
constexpr size_t kInitialSlots = 64;
constexpr int kInitialBits = 6;
} // namespace

PhraseTrie::PhraseTrie()
    : m_wordSlots(kInitialSlots)
    , m_wordMask(kInitialSlots - 1)
    , m_edges(kInitialSlots, Edge{kNoEdge, kNone})
    , m_edgeMask(kInitialSlots - 1)
    , m_edgeShift(64 - kInitialBits)
{}

int PhraseTrie::addWord(const QString &folded)
{
    const std::u16string_view word = view(folded);
    if (const int id = wordId(word); id != kNone)
        return id;
    const WordSlot added{0, m_wordCount++};
    m_rootChildren.push_back(kNone);
    m_wordText.append(word);
    m_wordOffsets.push_back(m_wordText.size());
    if (2 * static_cast<size_t>(m_wordCount) > m_wordSlots.size()) {
        std::vector<WordSlot> old(2 * m_wordSlots.size());
        old.swap(m_wordSlots);
        m_wordMask = m_wordSlots.size() - 1;
        for (const WordSlot &slot : old) {
            if (slot.id != kNone)
                insertWord(hashOf(wordText(slot.id)), slot);
        }
    }
    insertWord(hashOf(word), added);
    return added.id;
}

void PhraseTrie::insertWord(quint64 hash, const WordSlot &word)
{
    size_t i = hash & m_wordMask;
    while (m_wordSlots[i].id != kNone)
        i = (i + 1) & m_wordMask;
    m_wordSlots[i] = word;
    m_wordSlots[i].check = static_cast<quint32>(hash >> 32);
}

int PhraseTrie::addPhrase(const QStringList &foldedWords, int root)
{
    int node = root;
    for (const QString &word : foldedWords) {
        const int wordId = addWord(word);
        const int existing = child(node, wordId);
        if (existing != kNone) {
            node = existing;
        } else {
            const int next = m_nodeCount++;
            if (node == kRoot)
                m_rootChildren[static_cast<size_t>(wordId)] = next;
            else
                insertEdge(edgeKey(node, wordId), next);
            node = next;
        }
    }
    return node;
}

void PhraseTrie::insertEdge(quint64 key, int node)
{
    if (2 * (m_edgeCount + 1) > m_edges.size()) {
        std::vector<Edge> old(2 * m_edges.size(), Edge{kNoEdge, kNone});
        old.swap(m_edges);
        m_edgeMask = m_edges.size() - 1;
        --m_edgeShift;
        m_edgeCount = 0;
        for (const Edge &e : old) {
            if (e.key != kNoEdge)
                insertEdge(e.key, e.node);
        }
    }
    size_t i = edgeSlotOf(key);
    while (m_edges[i].key != kNoEdge)
        i = (i + 1) & m_edgeMask;
    m_edges[i] = Edge{key, node};
    ++m_edgeCount;
}

} // namespace Clearance
