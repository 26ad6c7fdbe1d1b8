#include "FacetPanel.h"

#include "FacetDelegate.h"
#include "models/FacetFilterProxyModel.h"
#include "models/FacetModel.h"
#include "service/LibraryService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Clearance {

namespace {

constexpr int kViewIdRole = Qt::UserRole + 1;
constexpr int kViewFilterRole = Qt::UserRole + 2;

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

FacetPanel::FacetPanel(QWidget *parent)
    : QWidget(parent)
    , m_find(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_proxy(new FacetFilterProxyModel(this))
    , m_clear(new QToolButton(this))
    , m_views(new QListWidget(this))
    , m_saveView(new QToolButton(this))
    , m_renameView(new QToolButton(this))
    , m_deleteView(new QToolButton(this))
{
    setObjectName(QStringLiteral("facetPanel"));

    m_find->setObjectName(QStringLiteral("facetFind"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::textChanged, m_proxy, &FacetFilterProxyModel::setFindText);

    m_tree->setObjectName(QStringLiteral("facetTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new FacetDelegate(m_tree));
    m_tree->setModel(m_proxy);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Enter or a double click on a value toggles it, like its check box.
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.parent().isValid())
            return;
        const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        m_proxy->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FacetPanel::expandKinds);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FacetPanel::expandKinds);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FacetPanel::expandKinds);

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    connect(m_clear, &QToolButton::clicked, this, [this] {
        if (m_model)
            m_model->clearChecks();
    });

    m_views->setObjectName(QStringLiteral("savedViews"));
    connect(m_views, &QListWidget::itemClicked, this, &FacetPanel::applySelectedView);
    connect(m_views, &QListWidget::itemActivated, this, &FacetPanel::applySelectedView);
    connect(m_views, &QListWidget::currentRowChanged, this, &FacetPanel::updateViewButtons);
    connect(m_saveView, &QToolButton::clicked, this, &FacetPanel::saveCurrentView);
    connect(m_renameView, &QToolButton::clicked, this, &FacetPanel::renameSelectedView);
    connect(m_deleteView, &QToolButton::clicked, this, &FacetPanel::deleteSelectedView);
    connect(&m_viewsReply, &QFutureWatcherBase::finished, this, &FacetPanel::onViewsListed);

    auto *filters = new QWidget(this);
    auto *filtersLayout = new QVBoxLayout(filters);
    filtersLayout->setContentsMargins(0, 0, 0, 0);
    auto *filtersTop = new QHBoxLayout;
    m_filtersHeading = heading(filters);
    filtersTop->addWidget(m_filtersHeading, 1);
    filtersTop->addWidget(m_clear);
    filtersLayout->addLayout(filtersTop);
    filtersLayout->addWidget(m_find);
    filtersLayout->addWidget(m_tree, 1);

    auto *views = new QWidget(this);
    auto *viewsLayout = new QVBoxLayout(views);
    viewsLayout->setContentsMargins(0, 0, 0, 0);
    m_viewsHeading = heading(views);
    viewsLayout->addWidget(m_viewsHeading);
    viewsLayout->addWidget(m_views, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveView);
    buttons->addWidget(m_renameView);
    buttons->addWidget(m_deleteView);
    buttons->addStretch(1);
    viewsLayout->addLayout(buttons);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("facetSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(filters);
    m_split->addWidget(views);
    m_split->setStretchFactor(0, 4);
    m_split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);
    retranslate();
    updateViewButtons();
}

FacetPanel::~FacetPanel() = default;

void FacetPanel::addPanelAbove(QWidget *panel)
{
    m_split->insertWidget(0, panel);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 4);
    m_split->setStretchFactor(2, 1);
}

void FacetPanel::retranslate()
{
    setAccessibleName(tr("Filters"));
    m_filtersHeading->setText(tr("Filters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setToolTip(tr("Uncheck every value and show every source; the search stays"));
    m_find->setPlaceholderText(tr("Find a value"));
    m_find->setAccessibleName(tr("Find a filter value"));
    m_tree->setAccessibleName(tr("Filter values"));
    m_tree->setAccessibleDescription(
        tr("Regions, initiatives, organizations and countries; check values to filter the articles"));
    m_viewsHeading->setText(tr("Saved views"));
    m_views->setAccessibleName(tr("Saved views"));
    m_views->setAccessibleDescription(tr("Click a view to apply its filter"));
    m_saveView->setText(tr("Save current…"));
    m_saveView->setAccessibleName(tr("Save the current filter as a view"));
    m_renameView->setText(tr("Rename…"));
    m_renameView->setAccessibleName(tr("Rename the selected view"));
    m_deleteView->setText(tr("Delete"));
    m_deleteView->setAccessibleName(tr("Delete the selected view"));
    for (int row = 0; row < m_views->count(); ++row) {
        QListWidgetItem *item = m_views->item(row);
        item->setToolTip(tr("Click to apply the view \"%1\"").arg(item->text()));
    }
}

void FacetPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void FacetPanel::setLibrary(FacetModel *model, LibraryService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_model = model;
    m_service = service;
    m_proxy->setSourceModel(model);
    m_views->clear();
    m_viewsReply.cancel(); // the other library's views
    if (service) {
        connect(service, &LibraryService::viewsChanged, this, &FacetPanel::refreshViews);
        refreshViews();
    }
    expandKinds();
    updateViewButtons();
}

void FacetPanel::expandKinds()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_tree->expand(m_proxy->index(row, 0));
}

void FacetPanel::refreshViews()
{
    if (m_service)
        m_viewsReply.setFuture(m_service->listViews());
}

void FacetPanel::onViewsListed()
{
    const std::optional<Result<QList<SavedView>>> views = answerOf(m_viewsReply.future());
    if (!views)
        return;
    if (!*views)
        return Q_EMIT errorOccurred(views->error());
    const qint64 selected =
        m_views->currentItem() ? m_views->currentItem()->data(kViewIdRole).toLongLong() : 0;
    m_views->clear();
    for (const SavedView &view : views->value()) {
        auto *item = new QListWidgetItem(view.name, m_views);
        item->setData(kViewIdRole, view.id);
        item->setData(kViewFilterRole, QVariant::fromValue(view.filter));
        item->setToolTip(tr("Click to apply the view \"%1\"").arg(view.name));
        if (view.id == selected)
            m_views->setCurrentItem(item);
    }
    updateViewButtons();
}

template<typename T>
void FacetPanel::reportFailure(const QFuture<T> &reply)
{
    // The list follows a change by itself (viewsChanged).
    onAnswer(reply, this, [this](const T &answer) {
        if (!answer)
            showError(answer.error());
    });
}

void FacetPanel::applySelectedView()
{
    const QListWidgetItem *item = m_views->currentItem();
    if (item && m_model)
        m_model->setFilter(item->data(kViewFilterRole).value<ArticleFilter>());
}

void FacetPanel::saveCurrentView()
{
    if (!m_service || !m_model)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save View"), tr("Name of the view:"), QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (ok && !name.isEmpty())
        reportFailure(m_service->saveView(name, m_model->filter()));
}

void FacetPanel::renameSelectedView()
{
    const QListWidgetItem *item = m_views->currentItem();
    if (!item || !m_service)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename View"), tr("New name of the view:"),
                                               QLineEdit::Normal, item->text(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty() && name != item->text())
        reportFailure(m_service->renameView(item->data(kViewIdRole).toLongLong(), name));
}

void FacetPanel::deleteSelectedView()
{
    const QListWidgetItem *item = m_views->currentItem();
    if (!item || !m_service)
        return;
    const auto answer =
        QMessageBox::question(this, tr("Delete View"), tr("Delete the saved view \"%1\"?").arg(item->text()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        reportFailure(m_service->removeView(item->data(kViewIdRole).toLongLong()));
}

void FacetPanel::updateViewButtons()
{
    const bool hasView = m_views->currentItem() != nullptr;
    m_saveView->setEnabled(m_service != nullptr);
    m_renameView->setEnabled(hasView);
    m_deleteView->setEnabled(hasView);
}

void FacetPanel::showError(const QString &error)
{
    QMessageBox::warning(this, tr("Saved Views"), error);
}

} // namespace Clearance
