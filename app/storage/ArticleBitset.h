#pragma once

#include <QList>
#include <QtGlobal>

#include <bit>
#include <vector>

namespace Clearance {

// A set of article ids as a bit vector: bit `id` of the words is set when the article is in the set.
// Sized by the largest id (SQLite rowids are dense), so 1,000,000 articles take 122 KiB.
class ArticleBitset final
{
public:
    static constexpr quint32 npos = ~quint32(0);

    ArticleBitset() = default;
    // An empty set able to hold ids below `size` without growing.
    explicit ArticleBitset(qint64 size);
    // Every id below `size`.
    static ArticleBitset filled(qint64 size);
    template<typename Container>
    static ArticleBitset fromIds(const Container &ids)
    {
        ArticleBitset set;
        for (const auto id : ids)
            set.set(static_cast<quint32>(id));
        return set;
    }

    // One past the largest id the set can hold without growing (not the number of ids in it).
    qint64 size() const { return m_size; }
    // Grows (with empty bits) or shrinks (dropping ids >= size).
    void resize(qint64 size);
    // The number of ids in the set.
    qint64 count() const;
    bool any() const;

    bool test(quint32 id) const { return id < m_size && ((m_words[id >> 6] >> (id & 63)) & 1u) != 0; }
    // Grows the set when `id` is past the end.
    void set(quint32 id)
    {
        if (id >= m_size)
            resize(qint64(id) + 1);
        m_words[id >> 6] |= quint64(1) << (id & 63);
    }
    void reset(quint32 id)
    {
        if (id < m_size)
            m_words[id >> 6] &= ~(quint64(1) << (id & 63));
    }
    // Removes every id, keeping the size.
    void resetAll();

    // Intersection: ids past other's end are dropped.
    ArticleBitset &operator&=(const ArticleBitset &other);
    // Union: grows to other's size.
    ArticleBitset &operator|=(const ArticleBitset &other);
    // Difference: removes other's ids.
    ArticleBitset &andNot(const ArticleBitset &other);
    // |this AND other| without building it.
    qint64 countAnd(const ArticleBitset &other) const;

    // The first id >= from in the set, or npos.
    quint32 nextSetBit(quint32 from) const;
    // Calls f(quint32 id) for each id, ascending.
    template<typename F>
    void forEach(F &&f) const
    {
        const size_t n = m_words.size();
        for (size_t i = 0; i < n; ++i) {
            quint64 w = m_words[i];
            while (w != 0) {
                f(static_cast<quint32>(i * 64 + static_cast<size_t>(std::countr_zero(w))));
                w &= w - 1;
            }
        }
    }
    QList<quint32> toList() const;

    // The raw words, for word-wise loops; bits at or past size() are always zero.
    const std::vector<quint64> &words() const { return m_words; }
    qint64 memoryUsage() const { return qint64(m_words.capacity() * sizeof(quint64)); }

    // Same ids (the sizes may differ).
    friend bool operator==(const ArticleBitset &a, const ArticleBitset &b);

private:
    std::vector<quint64> m_words;
    qint64 m_size = 0;
};

} // namespace Clearance
