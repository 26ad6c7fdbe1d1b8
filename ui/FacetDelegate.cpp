#include "FacetDelegate.h"

#include "PaletteColors.h"
#include "models/Roles.h"
#include "render/PlainText.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace Clearance {

namespace {

bool isValueRow(const QModelIndex &index)
{
    return index.parent().isValid();
}

QString countText(const QModelIndex &index)
{
    return QLocale().toString(index.data(CountRole).toLongLong());
}

} // namespace

FacetDelegate::FacetDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void FacetDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!isValueRow(index))
        option->font.setBold(true);
    else
        option->text = option->text + QStringLiteral(" (") + countText(index) + QLatin1Char(')');
}

void FacetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    if (!isValueRow(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Check box, selection and focus as the style draws them; the label and the count are ours, the
    // count on the far side and muted, the label elided before it.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString label = index.data(Qt::DisplayRole).toString();
    const QString count = countText(index);
    opt.text.clear();
    if (isDarkPalette(opt.palette)) {
        // Fusion (the style under GTK and most Linux desktops) outlines a check box in the window
        // colour made darker: on a dark palette the box all but disappears. A window colour half-way to
        // the text colour gives it an outline as visible as on a light palette.
        for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
            opt.palette.setColor(group, QPalette::Window,
                                 mixColors(opt.palette.color(group, QPalette::Window),
                                           opt.palette.color(group, QPalette::Text), 0.55));
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics fm(opt.font);
    const int countWidth = fm.horizontalAdvance(count) + 8;
    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const bool rtl = opt.direction == Qt::RightToLeft;
    const QRect labelRect =
        rtl ? textRect.adjusted(countWidth, 0, 0, 0) : textRect.adjusted(0, 0, -countWidth, 0);
    const QRect countRect =
        rtl ? QRect(textRect.left(), textRect.top(), countWidth, textRect.height())
            : QRect(textRect.right() - countWidth + 1, textRect.top(), countWidth, textRect.height());
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    // A label the taxonomy has only in English reads left to right in an Arabic window too. Absolute
    // alignments: the painter would mirror plain ones again in a right-to-left layout.
    painter->setLayoutDirection(PlainText::direction(label, opt.direction));
    painter->drawText(labelRect,
                      Qt::AlignVCenter | Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft),
                      fm.elidedText(label, Qt::ElideRight, labelRect.width()));
    painter->setLayoutDirection(opt.direction);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(countRect,
                      Qt::AlignVCenter | Qt::AlignAbsolute | (rtl ? Qt::AlignLeft : Qt::AlignRight), count);
    painter->restore();
}

} // namespace Clearance
