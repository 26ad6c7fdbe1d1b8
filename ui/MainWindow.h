#pragma once

#include "domain/ArticleFilter.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QSplitter;

namespace Clearance {

class ArticleListModel;
class ArticleListView;
class ArticleView;
class ExportController;
class FacetModel;
class FacetPanel;
class ImportController;
class LibraryService;
class LibraryThread;
class ReaderActions;
class ReadingController;
class SearchBar;
class SourcePanel;
class SourceTreeModel;
class Tagger;

// The reading window: search bar on top; facet panel | article list | reading pane. It only wires
// the models (app/models) to the widgets and the reader's actions to LibraryService requests; the
// library runs on its own thread (LibraryThread). Geometry, splitter, filter, sort and the last
// article are kept in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &libraryPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // First use of the default library: once it is open, the sample articles are imported into it (on
    // the library thread, like any import), so a new user starts with something to read.
    void addSamplesWhenOpened() { m_addSamples = true; }
    Q_DISABLE_COPY_MOVE(MainWindow)

    const QString &libraryPath() const { return m_path; }
    // The article shown in the reading pane; 0 for none.
    qint64 shownArticleId() const;

    // The open library's service (requests and replies); null while none is open.
    LibraryService *service() const;
    FacetModel *facetModel() const { return m_facets; }
    ArticleListModel *articleModel() const { return m_list; }
    FacetPanel *facetPanel() const { return m_panel; }
    SourcePanel *sourcePanel() const { return m_sourcePanel; }
    SourceTreeModel *sourceModel() const { return m_sources; }
    ArticleListView *articleListView() const { return m_listView; }
    ArticleView *articleView() const { return m_articleView; }
    SearchBar *searchBar() const { return m_search; }
    QSplitter *splitter() const { return m_splitter; }
    QLabel *countLabel() const { return m_countLabel; }

public Q_SLOTS:
    void saveState() const;
    // Imports the files into the open library as File > Import does (nothing for an empty list). It may
    // be called before the library has finished opening: the request waits for it.
    void importFiles(const QStringList &files);

    // Tools > Preferences: the settings dialog, applied when accepted.
    void showPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void restoreState();
    void openLibrary(const QString &path);
    void closeLibrary();
    void onOpened(const QString &error);
    void onFilterChanged(const Clearance::ArticleFilter &filter);
    void onCountChanged(qint64 count);
    void onRowsLoaded();
    void onCurrentArticleChanged(qint64 id);
    void showMessage(const QString &message);
    void pageOrNextUnread();
    void selectNextUnread();
    void showAbout();

    std::shared_ptr<const Tagger> m_tagger;
    QString m_path;
    std::unique_ptr<LibraryThread> m_library;
    FacetModel *m_facets = nullptr;
    SourceTreeModel *m_sources = nullptr;
    ArticleListModel *m_list = nullptr;

    SearchBar *m_search;
    FacetPanel *m_panel;
    SourcePanel *m_sourcePanel;
    ArticleListView *m_listView;
    ArticleView *m_articleView;
    QSplitter *m_splitter;
    QLabel *m_countLabel;
    ImportController *m_import;
    ExportController *m_export;
    ReaderActions *m_readerActions;
    ReadingController *m_reading;

    // Menus and actions, named again in retranslate() when the language changes.
    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_articleMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextUnreadAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    qint64 m_count = -1; // the count shown in the status bar

    std::optional<ArticleFilter> m_restoredFilter; // applied to each library opened
    bool m_addSamples = false;
    bool m_readOnly = false;       // the library was opened for reading only
    qint64 m_restoreArticleId = 0; // selected again when its row loads
};

} // namespace Clearance
