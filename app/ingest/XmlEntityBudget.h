#pragma once

#include "XmlProlog.h"

#include <QHash>
#include <QString>
#include <QStringView>

namespace Clearance {

// Keeps the entities of a document's internal subset from expanding it beyond reason. QXmlStreamReader
// expands every reference to a declared entity into one text token, whatever its size: a feed of a
// few hundred kilobytes that references a 4,000-character entity 50,000 times becomes 200 million
// characters (the "billion laughs"). XmlInput counts what the references in each block would add
// before it hands the block over, and stops reading once the entities have added more than ten times
// the bytes read so far (and a megabyte of slack), or more than an absolute ceiling.
class XmlEntityBudget final
{
public:
    explicit XmlEntityBudget(const QList<XmlProlog::Entity> &entities);

    // Counts the references in the next block of the document (its text, and its size in the file);
    // false once the entities expand beyond the budget.
    bool add(QStringView block, qint64 bytes);
    // Characters the references counted so far add to the document.
    qint64 expansion() const { return m_expansion; }

    static constexpr qint64 kFactor = 10;
    static constexpr qint64 kSlack = 1024 * 1024;
    static constexpr qint64 kCeiling = qint64(64) * 1024 * 1024;

private:
    qint64 expandedLength(const QString &name, int depth);

    QHash<QString, QString> m_values;
    QHash<QString, qint64> m_lengths; // fully expanded, references to other entities included
    qsizetype m_longestName = 0;
    QString m_carry; // a reference cut by the end of the last block
    qint64 m_expansion = 0;
    qint64 m_input = 0;
};

} // namespace Clearance
