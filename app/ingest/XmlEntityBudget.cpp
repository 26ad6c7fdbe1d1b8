#include "XmlEntityBudget.h"

namespace Clearance {

namespace {

// Deeper nesting than this, or a cycle, counts as beyond any budget (QXmlStreamReader refuses a cycle
// itself, but only once it expands one).
constexpr int kMaxDepth = 32;

} // namespace

XmlEntityBudget::XmlEntityBudget(const QList<XmlProlog::Entity> &entities)
{
    for (const XmlProlog::Entity &e : entities) {
        // The first declaration of a name is the one that counts.
        if (!m_values.contains(e.name))
            m_values.insert(e.name, e.value);
        m_longestName = std::max(m_longestName, e.name.size());
    }
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        m_lengths.insert(it.key(), expandedLength(it.key(), 0));
}

qint64 XmlEntityBudget::expandedLength(const QString &name, int depth)
{
    if (const auto known = m_lengths.constFind(name); known != m_lengths.cend())
        return *known;
    if (depth > kMaxDepth)
        return kCeiling + 1;
    const QString value = m_values.value(name);
    qint64 length = 0;
    for (qsizetype i = 0; i < value.size() && length <= kCeiling; ++i) {
        const qsizetype end = value.at(i) == QLatin1Char('&') ? value.indexOf(QLatin1Char(';'), i) : -1;
        if (end < 0) {
            ++length;
            continue;
        }
        const QString inner = value.sliced(i + 1, end - i - 1);
        // A character reference or a predefined or HTML entity is a character or two.
        length += m_values.contains(inner) ? expandedLength(inner, depth + 1) : 2;
        i = end;
    }
    length = std::min(length, kCeiling + 1);
    m_lengths.insert(name, length); // each once: nested entities ("billion laughs") are not walked again
    return length;
}

bool XmlEntityBudget::add(QStringView block, qint64 bytes)
{
    const QString joined = m_carry + block;
    m_carry.clear();
    const QStringView text(joined);
    for (qsizetype at = text.indexOf(QLatin1Char('&')); at >= 0;
         at = text.indexOf(QLatin1Char('&'), at + 1)) {
        const qsizetype reach = std::min(text.size(), at + m_longestName + 2);
        const qsizetype end = text.first(reach).indexOf(QLatin1Char(';'), at + 1);
        if (end < 0) {
            if (reach == text.size() && reach < at + m_longestName + 2) {
                m_carry = text.sliced(at).toString(); // may go on in the next block
                break;
            }
            continue;
        }
        const auto length = m_lengths.constFind(text.sliced(at + 1, end - at - 1).toString());
        if (length != m_lengths.cend())
            m_expansion += std::max<qint64>(0, *length - (end - at + 1));
    }
    m_input += bytes;
    return m_expansion <= kFactor * m_input + kSlack && m_expansion <= kCeiling;
}

} // namespace Clearance
