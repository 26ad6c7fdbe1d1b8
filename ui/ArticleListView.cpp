#include "ArticleListView.h"

#include "ArticleDelegate.h"
#include "models/ArticleListModel.h"
#include "models/Roles.h"

#include <QEvent>
#include <QFocusEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>

namespace Clearance {

namespace {
constexpr int kNarrowWidth = 480;
} // namespace

ArticleListView::ArticleListView(std::shared_ptr<const Tagger> tagger, QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("articleList"));
    retranslate();
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setItemDelegate(new ArticleDelegate(std::move(tagger), this));
    setSortingEnabled(true);
    header()->setStretchLastSection(false);
    header()->setSortIndicator(static_cast<int>(ArticleListModel::Column::Date), Qt::DescendingOrder);
}

void ArticleListView::retranslate()
{
    setAccessibleName(tr("Articles"));
    setAccessibleDescription(tr("The articles matching the filters, in the order of the sorted column"));
}

void ArticleListView::fitDateColumn()
{
    if (!model())
        return;
    // The widest date of a year in bold (unread rows), whatever the month's name.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (int month = 1; month <= 12; ++month)
        widest =
            std::max(widest, metrics.horizontalAdvance(ArticleListModel::dateText(QDate(2026, month, 28))));
    header()->resizeSection(static_cast<int>(ArticleListModel::Column::Date), widest + 24);
}

void ArticleListView::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fitDateColumn(); // month names change with the language
    }
}

void ArticleListView::setModel(QAbstractItemModel *model)
{
    // The view makes a new selection model for each model; the old one is not deleted by Qt.
    QItemSelectionModel *previous = selectionModel();
    QTreeView::setModel(model);
    if (previous && previous != selectionModel())
        previous->deleteLater();
    if (!model)
        return;
    header()->setSectionResizeMode(static_cast<int>(ArticleListModel::Column::Title), QHeaderView::Stretch);
    // Date and source keep a modest width (a bold date fits) so the title gets the rest.
    header()->setSectionResizeMode(static_cast<int>(ArticleListModel::Column::Date),
                                   QHeaderView::Interactive);
    fitDateColumn();
    header()->setSectionResizeMode(static_cast<int>(ArticleListModel::Column::Source),
                                   QHeaderView::Interactive);
    header()->resizeSection(static_cast<int>(ArticleListModel::Column::Source), 100);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    m_announced = 0;
    onCurrentChanged(currentIndex());
}

void ArticleListView::doItemsLayout()
{
    // QTreeView's layout asks for a page whenever the model has more, and every page that arrives
    // schedules another layout: left alone, one start pages in the whole library. The next page is
    // asked for when the last row comes into sight instead (QAbstractItemView does that after each
    // layout and at the end of the scroll bar).
    auto *list = qobject_cast<ArticleListModel *>(model());
    if (list)
        list->holdFetching(true);
    QTreeView::doItemsLayout();
    if (list)
        list->holdFetching(false);
}

qint64 ArticleListView::currentArticleId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(ArticleIdRole).toLongLong() : 0;
}

QList<qint64> ArticleListView::selectedArticleIds() const
{
    QList<qint64> ids;
    if (!selectionModel())
        return ids;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        ids.append(index.data(ArticleIdRole).toLongLong());
    return ids;
}

bool ArticleListView::selectRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return false;
    const QModelIndex index = model()->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void ArticleListView::selectNext()
{
    if (!model())
        return;
    const int row = currentIndex().isValid() ? currentIndex().row() + 1 : 0;
    if (!selectRow(row) && model()->canFetchMore({}))
        model()->fetchMore({});
}

void ArticleListView::selectPrevious()
{
    const int row = currentIndex().isValid() ? currentIndex().row() - 1 : 0;
    selectRow(std::max(0, row));
}

void ArticleListView::focusInEvent(QFocusEvent *event)
{
    // QAbstractItemView makes the first row current when it gains focus by keyboard with no current
    // row. The window picks the row to start on (the last session's article, which may be pages down
    // and still on its way), so focus alone must not: it is passed on as a mouse focus, for which
    // the view leaves the current row alone. The arrows and j/k still start from the top.
    if (!currentIndex().isValid() && event->reason() != Qt::MouseFocusReason) {
        QFocusEvent asMouse(event->type(), Qt::MouseFocusReason);
        QTreeView::focusInEvent(&asMouse);
        return;
    }
    QTreeView::focusInEvent(event);
}

void ArticleListView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier) {
        if (event->key() == Qt::Key_J) {
            selectNext();
            return event->accept();
        }
        if (event->key() == Qt::Key_K) {
            selectPrevious();
            return event->accept();
        }
    }
    QTreeView::keyPressEvent(event);
}

void ArticleListView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    // A narrow list gives the source's room to the title.
    if (model())
        setColumnHidden(static_cast<int>(ArticleListModel::Column::Source),
                        viewport()->width() < kNarrowWidth);
}

void ArticleListView::onCurrentChanged(const QModelIndex &current)
{
    const qint64 id = current.isValid() ? current.data(ArticleIdRole).toLongLong() : 0;
    if (id == m_announced)
        return;
    m_announced = id;
    Q_EMIT currentArticleChanged(id);
}

} // namespace Clearance
