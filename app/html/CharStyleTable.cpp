#include "CharStyleTable.h"

namespace Clearance {

namespace {

bool sameFormat(const CharStyleTable::Style &a, const CharStyleTable::Style &b)
{
    return a.bold == b.bold && a.italic == b.italic && a.code == b.code && a.href == b.href;
}

} // namespace

int CharStyleTable::index(const Style &style)
{
    const qsizetype found = m_styles.indexOf(style);
    if (found >= 0)
        return static_cast<int>(found);
    m_styles.append(style);
    return static_cast<int>(m_styles.size() - 1);
}

QList<BodyBlock::Range> CharStyleTable::pieces(QStringView text, qsizetype start,
                                               const QList<int> &styles) const
{
    const qsizetype n = styles.size();
    int firstCell = -1;
    bool cells = false;
    for (const int s : styles) {
        const Style &style = at(s);
        if (style.separator)
            continue;
        if (firstCell < 0)
            firstCell = style.cell;
        cells = cells || style.cell != firstCell;
    }
    if (!cells)
        return {{start, n}};
    QList<BodyBlock::Range> out;
    qsizetype i = 0;
    while (i < n) {
        if (at(styles.at(i)).separator) {
            ++i;
            continue;
        }
        const int cell = at(styles.at(i)).cell;
        qsizetype j = i;
        while (j < n && !at(styles.at(j)).separator && at(styles.at(j)).cell == cell)
            ++j;
        qsizetype a = i;
        qsizetype z = j;
        while (a < z && text.at(start + a).isSpace())
            ++a;
        while (z > a && text.at(start + z - 1).isSpace())
            --z;
        if (a < z)
            out.append({start + a, z - a});
        i = j;
    }
    return out;
}

QList<BodyBlock::Run> CharStyleTable::runs(qsizetype start, const QList<int> &styles) const
{
    QList<BodyBlock::Run> out;
    const qsizetype n = styles.size();
    qsizetype i = 0;
    while (i < n) {
        const Style &style = at(styles.at(i));
        qsizetype j = i + 1;
        while (j < n && sameFormat(at(styles.at(j)), style))
            ++j;
        if (style.bold || style.italic || style.code || !style.href.isEmpty())
            out.append({{start + i, j - i}, style.bold, style.italic, style.code, style.href});
        i = j;
    }
    return out;
}

} // namespace Clearance
