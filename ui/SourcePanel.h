#pragma once

#include "domain/ArticleFilter.h"
#include "service/Reply.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QToolButton;
class QTreeView;

namespace Clearance {

class FacetModel;
class LibraryService;
class SourceTreeModel;

// The sources of the library, above the filters: folders and sources with their unread counts, a
// warning on a source whose last fetch failed (the reason on hover). Selecting a source or a folder
// shows only its articles; Add, Edit, Enable/Disable and Remove change the sources.
class SourcePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SourcePanel(QWidget *parent = nullptr);
    ~SourcePanel() override;
    Q_DISABLE_COPY_MOVE(SourcePanel)

    // Shows `model`'s sources, filtering `facets`' filter by the selection (after a library was opened).
    void setLibrary(SourceTreeModel *model, FacetModel *facets, LibraryService *service);

    QTreeView *tree() const { return m_tree; }
    QToolButton *addButton() const { return m_add; }

public Q_SLOTS:
    void addSource();
    void editSelectedSource();
    void toggleSelectedSource();
    void removeSelectedSource();

Q_SIGNALS:
    void errorOccurred(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onSelectionChanged();
    void onFilterChanged(const Clearance::ArticleFilter &filter);
    void restoreSelection();
    void updateButtons();
    void showMenu(const QPoint &position);
    QStringList folders() const;
    template<typename T>
    void reportFailure(const QFuture<T> &reply, const QString &title);

    QPointer<SourceTreeModel> m_model;
    QPointer<FacetModel> m_facets;
    QPointer<LibraryService> m_service;
    QLabel *m_heading;
    QTreeView *m_tree;
    QToolButton *m_add;
    QToolButton *m_edit;
    QLabel *m_empty;
    // What is selected, kept across rebuilds of the tree: a source's id, or a folder's path.
    qint64 m_selectedSource = 0;
    QString m_selectedFolder;
    bool m_restoring = false;
};

} // namespace Clearance
