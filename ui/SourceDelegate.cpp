#include "SourceDelegate.h"

#include "domain/Source.h"
#include "models/Roles.h"

#include <QApplication>
#include <QStyle>

namespace Clearance {

void SourceDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != 0 || index.data(SourceIdRole).toLongLong() == 0)
        return;
    const auto status = static_cast<FetchStatus>(index.data(FetchStatusRole).toInt());
    if (status == FetchStatus::Failed || status == FetchStatus::Gone || status == FetchStatus::RateLimited) {
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    if (!index.data(EnabledRole).toBool())
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
}

} // namespace Clearance
