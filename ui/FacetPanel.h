#pragma once

#include "domain/ArticleFilter.h"
#include "service/Reply.h"
#include "storage/SavedViewStore.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QToolButton;
class QTreeView;

namespace Clearance {

class FacetFilterProxyModel;
class FacetModel;
class LibraryService;

// The left side of the window: the facet tree (checkable values with live counts, a line to find a
// value, "clear filters") and the saved views of the library (apply, save, rename, delete). A change
// to a view that fails says why in a dialog.
class FacetPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FacetPanel(QWidget *parent = nullptr);
    ~FacetPanel() override;
    Q_DISABLE_COPY_MOVE(FacetPanel)

    // Shows `model`'s facets and `service`'s saved views (after a library was opened).
    void setLibrary(FacetModel *model, LibraryService *service);

    QTreeView *tree() const { return m_tree; }
    // Puts `panel` (the sources) above the filters, in the same splitter.
    void addPanelAbove(QWidget *panel);
    QListWidget *viewList() const { return m_views; }
    FacetFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    // The saved views could not be listed (for the status bar).
    void errorOccurred(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void expandKinds();
    void refreshViews();
    void onViewsListed();
    // Shows why a save, rename or removal failed.
    template<typename T>
    void reportFailure(const QFuture<T> &reply);
    void applySelectedView();
    void saveCurrentView();
    void renameSelectedView();
    void deleteSelectedView();
    void updateViewButtons();
    void showError(const QString &error);

    QPointer<FacetModel> m_model;
    QPointer<LibraryService> m_service;
    QLineEdit *m_find;
    QTreeView *m_tree;
    FacetFilterProxyModel *m_proxy;
    QToolButton *m_clear;
    QListWidget *m_views;
    QToolButton *m_saveView;
    QToolButton *m_renameView;
    QToolButton *m_deleteView;
    QLabel *m_filtersHeading = nullptr;
    QLabel *m_viewsHeading = nullptr;
    QSplitter *m_split = nullptr;
    QFutureWatcher<Result<QList<SavedView>>> m_viewsReply; // the latest list of views asked for
};

} // namespace Clearance
