#pragma once

#include <QStyledItemDelegate>

namespace Clearance {

// Draws a source's row in the sources panel: a warning icon when its last fetch failed, greyed out
// when it is disabled; the reason is the row's tooltip (SourceTreeModel).
class SourceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Clearance
