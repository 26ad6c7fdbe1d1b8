#include "FacetFilterProxyModel.h"

#include "Roles.h"
#include "tagging/Tokenizer.h"

namespace Clearance {

FacetFilterProxyModel::FacetFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A kind row is kept when one of its values matches.
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void FacetFilterProxyModel::setFindText(const QString &text)
{
    if (text == m_findText)
        return;
    m_findText = text;
    m_folded = Tokenizer::fold(text.simplified());
    invalidateFilter();
}

bool FacetFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_folded.isEmpty())
        return true;
    if (!sourceParent.isValid())
        return false; // a kind row: kept only as the parent of a match (recursive filtering)
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString label = index.data(Qt::DisplayRole).toString();
    return Tokenizer::fold(label.simplified()).contains(m_folded);
}

bool FacetFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!left.parent().isValid())
        return left.row() < right.row(); // kinds in the source's order
    const qint64 a = left.data(CountRole).toLongLong();
    const qint64 b = right.data(CountRole).toLongLong();
    if (a != b)
        return a > b;
    const int byLabel = QString::compare(left.data(Qt::DisplayRole).toString(),
                                         right.data(Qt::DisplayRole).toString(), Qt::CaseInsensitive);
    if (byLabel != 0)
        return byLabel < 0;
    return left.row() < right.row();
}

} // namespace Clearance
