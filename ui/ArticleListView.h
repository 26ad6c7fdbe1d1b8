#pragma once

#include <QTreeView>

#include <memory>

namespace Clearance {

class Tagger;

// The article list: a flat, multi-select tree view over an ArticleListModel with ArticleDelegate
// rows. j/k (and the arrows) move the current article; the current article is announced with its id.
class ArticleListView final : public QTreeView
{
    Q_OBJECT

public:
    explicit ArticleListView(std::shared_ptr<const Tagger> tagger, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ArticleListView)

    void setModel(QAbstractItemModel *model) override;
    // Lays the rows out without asking for more of them: see ArticleListModel::holdFetching().
    void doItemsLayout() override;

    // 0 when no row is current.
    qint64 currentArticleId() const;
    QList<qint64> selectedArticleIds() const;
    // Makes a row current and the only one selected; false when the row does not exist.
    bool selectRow(int row);

public Q_SLOTS:
    void selectNext();
    void selectPrevious();

Q_SIGNALS:
    // The current row changed to the article `id` (0: none).
    void currentArticleChanged(qint64 id);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void fitDateColumn();
    void onCurrentChanged(const QModelIndex &current);

    qint64 m_announced = 0;
};

} // namespace Clearance
