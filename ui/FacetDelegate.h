#pragma once

#include <QStyledItemDelegate>

namespace Clearance {

// Draws a facet value with its live count right-aligned in a muted colour, and a kind row as a
// bold heading.
class FacetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit FacetDelegate(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FacetDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Clearance
