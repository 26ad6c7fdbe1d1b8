#include "ArticleBitset.h"

#include <algorithm>

namespace Clearance {

namespace {

size_t wordsFor(qint64 bits)
{
    return static_cast<size_t>((bits + 63) / 64);
}

} // namespace

ArticleBitset::ArticleBitset(qint64 size)
    : m_words(wordsFor(std::max<qint64>(size, 0)), 0)
    , m_size(std::max<qint64>(size, 0))
{}

ArticleBitset ArticleBitset::filled(qint64 size)
{
    ArticleBitset set(size);
    std::fill(set.m_words.begin(), set.m_words.end(), ~quint64(0));
    if (const int tail = static_cast<int>(set.m_size % 64); tail != 0)
        set.m_words.back() = (quint64(1) << tail) - 1;
    return set;
}

void ArticleBitset::resize(qint64 size)
{
    size = std::max<qint64>(size, 0);
    m_words.resize(wordsFor(size), 0);
    if (const int tail = static_cast<int>(size % 64); tail != 0 && size < m_size)
        m_words.back() &= (quint64(1) << tail) - 1;
    m_size = size;
}

qint64 ArticleBitset::count() const
{
    qint64 total = 0;
    for (const quint64 w : m_words)
        total += std::popcount(w);
    return total;
}

bool ArticleBitset::any() const
{
    return std::any_of(m_words.cbegin(), m_words.cend(), [](quint64 w) { return w != 0; });
}

void ArticleBitset::resetAll()
{
    std::fill(m_words.begin(), m_words.end(), 0);
}

ArticleBitset &ArticleBitset::operator&=(const ArticleBitset &other)
{
    const size_t common = std::min(m_words.size(), other.m_words.size());
    for (size_t i = 0; i < common; ++i)
        m_words[i] &= other.m_words[i];
    std::fill(m_words.begin() + static_cast<std::ptrdiff_t>(common), m_words.end(), 0);
    return *this;
}

ArticleBitset &ArticleBitset::operator|=(const ArticleBitset &other)
{
    if (other.m_size > m_size)
        resize(other.m_size);
    const size_t n = other.m_words.size();
    for (size_t i = 0; i < n; ++i)
        m_words[i] |= other.m_words[i];
    return *this;
}

ArticleBitset &ArticleBitset::andNot(const ArticleBitset &other)
{
    const size_t common = std::min(m_words.size(), other.m_words.size());
    for (size_t i = 0; i < common; ++i)
        m_words[i] &= ~other.m_words[i];
    return *this;
}

qint64 ArticleBitset::countAnd(const ArticleBitset &other) const
{
    const size_t common = std::min(m_words.size(), other.m_words.size());
    const quint64 *a = m_words.data();
    const quint64 *b = other.m_words.data();
    qint64 total = 0;
    for (size_t i = 0; i < common; ++i)
        total += std::popcount(a[i] & b[i]);
    return total;
}

quint32 ArticleBitset::nextSetBit(quint32 from) const
{
    if (from >= m_size)
        return npos;
    size_t i = from >> 6;
    quint64 w = m_words[i] & (~quint64(0) << (from & 63));
    while (true) {
        if (w != 0)
            return static_cast<quint32>(i * 64 + static_cast<size_t>(std::countr_zero(w)));
        if (++i == m_words.size())
            return npos;
        w = m_words[i];
    }
}

QList<quint32> ArticleBitset::toList() const
{
    QList<quint32> ids;
    ids.reserve(count());
    forEach([&](quint32 id) { ids.append(id); });
    return ids;
}

bool operator==(const ArticleBitset &a, const ArticleBitset &b)
{
    const size_t common = std::min(a.m_words.size(), b.m_words.size());
    if (!std::equal(a.m_words.cbegin(), a.m_words.cbegin() + static_cast<std::ptrdiff_t>(common),
                    b.m_words.cbegin()))
        return false;
    const auto zero = [](quint64 w) { return w == 0; };
    return std::all_of(a.m_words.cbegin() + static_cast<std::ptrdiff_t>(common), a.m_words.cend(), zero) &&
           std::all_of(b.m_words.cbegin() + static_cast<std::ptrdiff_t>(common), b.m_words.cend(), zero);
}

} // namespace Clearance
