#include "SourcePanel.h"

#include "SourceDelegate.h"
#include "SourceDialog.h"
#include "models/FacetModel.h"
#include "models/SourceTreeModel.h"
#include "service/LibraryService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Clearance {

SourcePanel::SourcePanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_add(new QToolButton(this))
    , m_edit(new QToolButton(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("sourcePanel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_tree->setObjectName(QStringLiteral("sourceTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new SourceDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &SourcePanel::showMenu);
    connect(m_tree, &QTreeView::activated, this, &SourcePanel::editSelectedSource);

    m_add->setObjectName(QStringLiteral("addSource"));
    connect(m_add, &QToolButton::clicked, this, &SourcePanel::addSource);
    m_edit->setObjectName(QStringLiteral("editSource"));
    connect(m_edit, &QToolButton::clicked, this, &SourcePanel::editSelectedSource);
    m_empty->setObjectName(QStringLiteral("noSources"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_add);
    top->addWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);
    retranslate();
    updateButtons();
}

SourcePanel::~SourcePanel() = default;

void SourcePanel::retranslate()
{
    m_heading->setText(tr("Sources"));
    setAccessibleName(tr("Sources"));
    m_tree->setAccessibleName(tr("Sources"));
    m_tree->setAccessibleDescription(
        tr("Feeds and news pages by folder, with their unread articles; select one to see its articles"));
    m_add->setText(tr("Add…"));
    m_add->setAccessibleName(tr("Add a source"));
    m_add->setToolTip(tr("Follow a feed or a news page"));
    m_edit->setText(tr("Edit…"));
    m_edit->setAccessibleName(tr("Edit the selected source"));
    m_empty->setText(tr("No sources yet: add the feeds and news pages you follow."));
}

void SourcePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SourcePanel::setLibrary(SourceTreeModel *model, FacetModel *facets, LibraryService *service)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    if (m_facets)
        disconnect(m_facets, nullptr, this, nullptr);
    m_model = model;
    m_facets = facets;
    m_service = service;
    m_selectedSource = 0;
    m_selectedFolder.clear();
    m_tree->setModel(model);
    if (model) {
        m_tree->header()->setStretchLastSection(false);
        m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &SourcePanel::onSelectionChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &SourcePanel::restoreSelection);
        connect(model, &SourceTreeModel::errorOccurred, this, &SourcePanel::errorOccurred);
        model->refresh();
    }
    if (facets)
        connect(facets, &FacetModel::filterChanged, this, &SourcePanel::onFilterChanged);
    updateButtons();
}

void SourcePanel::onSelectionChanged()
{
    if (m_restoring || !m_model)
        return;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    const QModelIndex index = rows.isEmpty() ? QModelIndex() : rows.constFirst();
    const Source *source = m_model->source(index);
    m_selectedSource = source ? source->id : 0;
    m_selectedFolder = m_model->folderPath(index);
    if (m_facets)
        m_facets->setSources(m_model->sourceIds(index));
    updateButtons();
}

void SourcePanel::onFilterChanged(const ArticleFilter &filter)
{
    // "Clear filters" or a saved view without sources: nothing selected here any more.
    if (filter.sources.isEmpty() && (m_selectedSource != 0 || !m_selectedFolder.isEmpty())) {
        m_selectedSource = 0;
        m_selectedFolder.clear();
        restoreSelection();
    }
}

void SourcePanel::restoreSelection()
{
    if (!m_model)
        return;
    m_restoring = true;
    m_tree->expandAll();
    const QModelIndex index = m_selectedSource != 0 ? m_model->indexOfSource(m_selectedSource)
                                                    : m_model->indexOfFolder(m_selectedFolder);
    if (index.isValid() && (m_selectedSource != 0 || !m_selectedFolder.isEmpty()))
        m_tree->selectionModel()->select(index,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_tree->selectionModel()->clearSelection();
    m_restoring = false;
    // A source removed, or a folder emptied: the filter follows what is left.
    if ((m_selectedSource != 0 || !m_selectedFolder.isEmpty()) && !index.isValid())
        onSelectionChanged();
    updateButtons();
}

void SourcePanel::updateButtons()
{
    const bool open = m_service != nullptr;
    m_add->setEnabled(open);
    m_edit->setEnabled(open && m_selectedSource != 0);
    const bool none = m_model && m_model->rowCount() == 0;
    m_empty->setVisible(none);
}

QStringList SourcePanel::folders() const
{
    QStringList list;
    if (!m_model)
        return list;
    std::vector<QModelIndex> stack{QModelIndex()};
    while (!stack.empty()) {
        const QModelIndex parent = stack.back();
        stack.pop_back();
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            if (!m_model->source(child)) {
                list.append(m_model->folderPath(child));
                stack.push_back(child);
            }
        }
    }
    list.sort(Qt::CaseInsensitive);
    return list;
}

template<typename T>
void SourcePanel::reportFailure(const QFuture<T> &reply, const QString &title)
{
    // The tree follows a change by itself (sourcesChanged).
    onAnswer(reply, this, [this, title](const T &answer) {
        if (!answer)
            QMessageBox::warning(this, title, answer.error());
    });
}

void SourcePanel::addSource()
{
    if (!m_service)
        return;
    SourceDialog dialog(folders(), Source{}, this);
    if (dialog.exec() == QDialog::Accepted)
        reportFailure(m_service->addSource(dialog.source()), tr("Add Source"));
}

void SourcePanel::editSelectedSource()
{
    const Source *selected = m_model ? m_model->source(m_model->indexOfSource(m_selectedSource)) : nullptr;
    if (!selected || !m_service)
        return;
    SourceDialog dialog(folders(), *selected, this);
    if (dialog.exec() == QDialog::Accepted)
        reportFailure(m_service->updateSource(dialog.source()), tr("Edit Source"));
}

void SourcePanel::toggleSelectedSource()
{
    const Source *selected = m_model ? m_model->source(m_model->indexOfSource(m_selectedSource)) : nullptr;
    if (selected && m_service)
        reportFailure(m_service->setSourceEnabled(selected->id, !selected->enabled), tr("Sources"));
}

void SourcePanel::removeSelectedSource()
{
    const Source *selected = m_model ? m_model->source(m_model->indexOfSource(m_selectedSource)) : nullptr;
    if (!selected || !m_service)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Source"),
        tr("Stop following \"%1\"? The articles already fetched from it stay in the library.")
            .arg(selected->title.isEmpty() ? selected->url : selected->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        reportFailure(m_service->removeSource(selected->id), tr("Remove Source"));
}

void SourcePanel::showMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (index.isValid())
        m_tree->selectionModel()->select(index,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const Source *selected = m_model ? m_model->source(index) : nullptr;
    QMenu menu(this);
    menu.addAction(tr("Add Source…"), this, &SourcePanel::addSource);
    if (selected) {
        menu.addAction(tr("Edit…"), this, &SourcePanel::editSelectedSource);
        menu.addAction(selected->enabled ? tr("Disable") : tr("Enable"), this,
                       &SourcePanel::toggleSelectedSource);
        menu.addSeparator();
        menu.addAction(tr("Remove…"), this, &SourcePanel::removeSelectedSource);
    }
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

} // namespace Clearance
