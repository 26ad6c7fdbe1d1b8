#include "ArticleDelegate.h"

#include "PaletteColors.h"
#include "i18n/InterfaceLanguage.h"
#include "models/ArticleListModel.h"
#include "models/Roles.h"
#include "render/PlainText.h"
#include "tagging/Tagger.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Clearance {

namespace {

constexpr int kChipPaddingX = 6;
constexpr int kChipSpacing = 4;
constexpr int kChipRadius = 4;
constexpr int kMinTitleWidth = 80;
const QChar kStar(0x2605); // BLACK STAR

} // namespace

ArticleDelegate::ArticleDelegate(std::shared_ptr<const Tagger> tagger, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_tagger(std::move(tagger))
{}

QStringList ArticleDelegate::regionLabels(const QModelIndex &index) const
{
    QStringList labels;
    for (const QString &key : index.data(RegionsRole).toStringList())
        labels.append(m_tagger ? m_tagger->taxonomy().label(FacetKind::Region, key,
                                                            InterfaceLanguage::taxonomyLanguage())
                               : key);
    return labels;
}

void ArticleDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(ReadRole).toBool())
        option->font.setBold(true);
}

QSize ArticleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Room for the chips' frame around the text.
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

void ArticleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (index.column() != static_cast<int>(ArticleListModel::Column::Title)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    paintTitle(painter, option, index);
}

void ArticleDelegate::paintTitle(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them; the text is ours.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    rect.adjust(2, 0, -2, 0);
    const bool rtl = opt.direction == Qt::RightToLeft;

    painter->save();
    painter->setClipRect(opt.rect);

    // The star slot is always there, so titles line up.
    const QFontMetrics fm(opt.font);
    const int starWidth = fm.horizontalAdvance(kStar) + 4;
    if (index.data(StarredRole).toBool()) {
        const QColor gold =
            selected ? text : (isDarkPalette(palette) ? QColor(0xff, 0xcc, 0x4d) : QColor(0xa6, 0x6a, 0x00));
        painter->setPen(gold);
        painter->setFont(opt.font);
        const QRect starRect = rtl ? QRect(rect.right() - starWidth, rect.top(), starWidth, rect.height())
                                   : QRect(rect.left(), rect.top(), starWidth, rect.height());
        painter->drawText(starRect, Qt::AlignCenter, QString(kStar));
    }
    if (rtl)
        rect.setRight(rect.right() - starWidth);
    else
        rect.setLeft(rect.left() + starWidth);

    // Chips: a smaller font, each label in a rounded rectangle.
    QFont chipFont = option.font;
    chipFont.setBold(false);
    chipFont.setPointSizeF(std::max(6.0, chipFont.pointSizeF() * 0.85));
    const QFontMetrics chipMetrics(chipFont);
    const QStringList chips = regionLabels(index);
    QList<int> chipWidths;
    int chipsWidth = 0;
    for (const QString &label : chips) {
        const int w = chipMetrics.horizontalAdvance(label) + 2 * kChipPaddingX;
        chipWidths.append(w);
        chipsWidth += w + kChipSpacing;
    }
    // The title keeps most of the room; chips that do not fit after it are left out, and with none
    // left the title takes the whole width.
    int titleRoom = std::max({kMinTitleWidth, rect.width() - chipsWidth,
                              std::min(fm.horizontalAdvance(title), rect.width() * 3 / 5)});
    int shownChips = 0;
    for (int used = titleRoom + kChipSpacing; shownChips < chipWidths.size(); ++shownChips) {
        used += chipWidths.at(shownChips) + kChipSpacing;
        if (used > rect.width())
            break;
    }
    if (shownChips == 0)
        titleRoom = rect.width();
    const QString elided = fm.elidedText(title, Qt::ElideRight, titleRoom);
    const int titleWidth = std::min(fm.horizontalAdvance(elided), titleRoom);

    painter->setFont(opt.font);
    painter->setPen(text);
    // Absolute: the painter mirrors a plain AlignRight in a right-to-left layout, which would put the
    // title under the chips.
    // The title in its own direction (an English title in an Arabic window), so it is cut at its end.
    const Qt::LayoutDirection windowDirection = painter->layoutDirection();
    painter->setLayoutDirection(PlainText::direction(title, opt.direction));
    painter->drawText(rect, Qt::AlignVCenter | Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft),
                      elided);
    painter->setLayoutDirection(windowDirection);

    const QColor chipBackground =
        selected ? mixColors(palette.color(QPalette::Highlight), text, 0.22)
                 : mixColors(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
                             isDarkPalette(palette) ? 0.35 : 0.15);
    const QColor chipBorder = selected ? mixColors(palette.color(QPalette::Highlight), text, 0.5)
                                       : mixColors(chipBackground, palette.color(QPalette::Text), 0.25);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(chipFont);
    const int chipHeight = chipMetrics.height() + 2;
    const int top = rect.top() + (rect.height() - chipHeight) / 2;
    int x = rtl ? rect.right() - titleWidth - 2 * kChipSpacing : rect.left() + titleWidth + 2 * kChipSpacing;
    for (int i = 0; i < shownChips; ++i) {
        const int w = chipWidths.at(i);
        const QRect chip = rtl ? QRect(x - w, top, w, chipHeight) : QRect(x, top, w, chipHeight);
        QPainterPath path;
        path.addRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), kChipRadius, kChipRadius);
        painter->fillPath(path, chipBackground);
        painter->setPen(chipBorder);
        painter->drawPath(path);
        painter->setPen(text);
        painter->drawText(chip, Qt::AlignCenter, chips.at(i));
        x = rtl ? x - w - kChipSpacing : x + w + kChipSpacing;
    }
    painter->restore();
}

} // namespace Clearance
