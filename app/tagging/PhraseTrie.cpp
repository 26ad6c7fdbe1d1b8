#include "PhraseTrie.h"

namespace Clearance {

namespace {
quint64 edgeKey(int node, int word)
{
    return (static_cast<quint64>(static_cast<quint32>(node)) << 32) | static_cast<quint32>(word);
}
} // namespace

PhraseTrie::PhraseTrie() = default;

int PhraseTrie::addWord(const QString &folded)
{
    const auto it = m_words.find(view(folded));
    if (it != m_words.end())
        return it->second;
    const int id = static_cast<int>(m_words.size());
    m_words.emplace(std::u16string(view(folded)), id);
    return id;
}

int PhraseTrie::wordId(const QString &folded) const
{
    const auto it = m_words.find(view(folded));
    return it == m_words.end() ? kNone : it->second;
}

int PhraseTrie::addPhrase(const QStringList &foldedWords, int root)
{
    int node = root;
    for (const QString &word : foldedWords) {
        const quint64 key = edgeKey(node, addWord(word));
        const auto it = m_edges.find(key);
        if (it != m_edges.end()) {
            node = it->second;
        } else {
            const int next = m_nodeCount++;
            m_edges.emplace(key, next);
            node = next;
        }
    }
    return node;
}

int PhraseTrie::child(int node, int word) const
{
    if (word < 0)
        return kNone;
    const auto it = m_edges.find(edgeKey(node, word));
    return it == m_edges.end() ? kNone : it->second;
}

} // namespace Clearance
