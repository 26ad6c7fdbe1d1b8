#pragma once

#include <QStyledItemDelegate>

#include <memory>

namespace Clearance {

class Tagger;

// Draws a row of the article list: unread rows in bold, a star before a starred title, and the
// article's regions as small rounded chips after the title. Chip colours are mixed from the view's
// palette, so they stay readable on light and dark themes.
class ArticleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // `tagger` gives the region labels; nullptr shows the keys.
    explicit ArticleDelegate(std::shared_ptr<const Tagger> tagger, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ArticleDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The labels of the chips drawn for a row.
    QStringList regionLabels(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintTitle(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    std::shared_ptr<const Tagger> m_tagger;
};

} // namespace Clearance
