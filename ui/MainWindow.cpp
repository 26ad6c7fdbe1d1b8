#include "MainWindow.h"

#include "ArticleListView.h"
#include "ArticleView.h"
#include "ExportController.h"
#include "FacetPanel.h"
#include "ImportController.h"
#include "LibraryChooser.h"
#include "ReaderActions.h"
#include "ReadingController.h"
#include "SearchBar.h"
#include "SettingsDialog.h"
#include "SourcePanel.h"
#include "models/ArticleListModel.h"
#include "models/FacetModel.h"
#include "models/Roles.h"
#include "models/SourceTreeModel.h"
#include "service/LibraryService.h"
#include "service/LibraryThread.h"
#include "service/SampleLibrary.h"
#include "storage/Database.h"
#include "tagging/Tagger.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Clearance {

namespace {

// Restoring the last article looks this far down a long list, then gives up for the first row.
constexpr int kRestoreSearchRows = 1000;

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kFilterKey = QStringLiteral("window/filter");
const QString kSortColumnKey = QStringLiteral("window/sortColumn");
const QString kSortOrderKey = QStringLiteral("window/sortOrder");
const QString kLastArticleKey = QStringLiteral("window/lastArticle");

} // namespace

MainWindow::MainWindow(const QString &libraryPath, QWidget *parent)
    : QMainWindow(parent)
    , m_tagger(Tagger::standard())
    , m_search(new SearchBar(this))
    , m_panel(new FacetPanel(this))
    , m_sourcePanel(new SourcePanel(this))
    , m_listView(new ArticleListView(m_tagger, this))
    , m_articleView(new ArticleView(m_tagger, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_countLabel(new QLabel(this))
    , m_import(new ImportController(this))
    , m_export(new ExportController(this, m_listView, m_tagger))
    , m_readerActions(new ReaderActions(m_listView, this))
    , m_reading(new ReadingController(m_articleView))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_articleView->setObjectName(QStringLiteral("articleView"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_panel->addPanelAbove(m_sourcePanel);
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(m_listView);
    m_splitter->addWidget(m_articleView);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_countLabel->setObjectName(QStringLiteral("articleCount"));
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_search, &SearchBar::searchChanged, this, [this](const QString &text) {
        if (m_facets)
            m_facets->setSearchText(text);
    });
    connect(m_listView, &ArticleListView::currentArticleChanged, this, &MainWindow::onCurrentArticleChanged);
    connect(m_articleView, &ArticleView::organizationActivated, this, [this](const QString &id) {
        if (m_facets)
            m_facets->setChecked(FacetKind::Organization, id, true);
    });
    connect(m_reading, &ReadingController::articleShown, m_readerActions, &ReaderActions::update);
    // Every error the reader's requests meet reaches the status bar (a dialog says those the reader
    // must act on).
    connect(m_reading, &ReadingController::messageChanged, this, &MainWindow::showMessage);
    connect(m_readerActions, &ReaderActions::messageChanged, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_panel, &FacetPanel::errorOccurred, this, &MainWindow::showMessage);
    connect(m_sourcePanel, &SourcePanel::errorOccurred, this, &MainWindow::showMessage);
    connect(m_import, &ImportController::finished, this, &MainWindow::showMessage);

    createMenus();
    restoreState();
    openLibrary(libraryPath);
    m_listView->setFocus(); // j/k and Space work at once
    // A taxonomy file of the reader's own that does not load is left out: they should know why.
    if (const QString problem = Tagger::standardProblem(); !problem.isEmpty())
        statusBar()->showMessage(tr("Your own taxonomy files are not used. %1").arg(problem));
}

MainWindow::~MainWindow()
{
    saveState();
    closeLibrary();
}

qint64 MainWindow::shownArticleId() const
{
    return m_reading->shownArticleId();
}

LibraryService *MainWindow::service() const
{
    return m_library ? m_library->service() : nullptr;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), m_import, &ImportController::chooseAndImport);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_fileMenu->addAction(m_export->action());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_goMenu = menuBar()->addMenu(QString());
    m_nextAction = m_goMenu->addAction(QString(), m_listView, &ArticleListView::selectNext);
    m_nextAction->setShortcuts({QKeySequence(Qt::Key_J)});
    m_nextAction->setObjectName(QStringLiteral("nextAction"));
    m_previousAction = m_goMenu->addAction(QString(), m_listView, &ArticleListView::selectPrevious);
    m_previousAction->setShortcuts({QKeySequence(Qt::Key_K)});
    m_previousAction->setObjectName(QStringLiteral("previousAction"));
    // Space pages through the reading pane, then moves on. It only applies in the list and the pane:
    // elsewhere Space keeps its usual meaning (a check box in the facet tree, a button).
    m_nextUnreadAction = m_goMenu->addAction(QString(), this, &MainWindow::pageOrNextUnread);
    m_nextUnreadAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_nextUnreadAction->setObjectName(QStringLiteral("nextUnreadAction"));
    m_nextUnreadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_listView->addAction(m_nextUnreadAction);
    m_articleView->addAction(m_nextUnreadAction);
    m_goMenu->addSeparator();
    m_searchAction = m_goMenu->addAction(QString(), m_search, &SearchBar::focusSearch);
    m_searchAction->setShortcut(QKeySequence::Find);
    m_searchAction->setObjectName(QStringLiteral("searchAction"));

    m_articleMenu = menuBar()->addMenu(QString());
    m_readerActions->addTo(m_articleMenu);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_preferencesAction = m_toolsMenu->addAction(QString(), this, &MainWindow::showPreferences);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    retranslate();
}

void MainWindow::retranslate()
{
    setAccessibleName(tr("Clearance"));
    m_articleView->setAccessibleName(tr("Reading pane"));
    m_splitter->setAccessibleName(tr("Filters, articles and reading pane"));
    m_countLabel->setAccessibleName(tr("Number of matching articles"));
    onCountChanged(m_count);
    setWindowTitle(tr("Clearance — %1").arg(QFileInfo(m_path).fileName()));

    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import…"));
    m_importAction->setStatusTip(tr("Import articles from files into this library"));
    m_quitAction->setText(tr("&Quit"));
    m_goMenu->setTitle(tr("&Go"));
    m_nextAction->setText(tr("&Next Article"));
    m_previousAction->setText(tr("&Previous Article"));
    m_nextUnreadAction->setText(tr("Next &Unread (Page Down First)"));
    m_searchAction->setText(tr("&Search…"));
    m_articleMenu->setTitle(tr("&Article"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_preferencesAction->setStatusTip(tr("Choose the language of the interface"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Clearance"));
    m_readerActions->retranslate();
    m_export->retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MainWindow::showPreferences()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreState()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (!settings.value(kGeometryKey).isValid()) {
        // First start: 1400×900, or the whole screen when it is not much larger.
        const QSize available = screen()->availableGeometry().size();
        resize(std::min(1400, available.width()), std::min(900, available.height()));
        if (available.width() < 1500 || available.height() < 1000)
            setWindowState(Qt::WindowMaximized);
    }
    // The splitter must have its final width before its sizes are restored, or the first layout
    // redistributes them.
    layout()->activate();
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray())) {
        const int panel = std::clamp(width() / 5, 240, 300);
        const int rest = std::max(600, width() - panel);
        m_splitter->setSizes({panel, rest / 2, rest - rest / 2});
    }
    const QByteArray filter = settings.value(kFilterKey).toString().toUtf8();
    if (!filter.isEmpty()) {
        m_restoredFilter = ArticleFilter::fromJson(QJsonDocument::fromJson(filter).object());
        m_search->setText(m_restoredFilter->search);
    }
    if (settings.contains(kSortColumnKey)) {
        m_listView->header()->setSortIndicator(
            settings.value(kSortColumnKey).toInt(),
            static_cast<Qt::SortOrder>(settings.value(kSortOrderKey).toInt()));
    }
    m_restoreArticleId = settings.value(kLastArticleKey).toLongLong();
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    if (m_facets) {
        settings.setValue(
            kFilterKey,
            QString::fromUtf8(QJsonDocument(m_facets->filter().toJson()).toJson(QJsonDocument::Compact)));
    }
    settings.setValue(kSortColumnKey, m_listView->header()->sortIndicatorSection());
    settings.setValue(kSortOrderKey, static_cast<int>(m_listView->header()->sortIndicatorOrder()));
    if (shownArticleId())
        settings.setValue(kLastArticleKey, shownArticleId());
}

void MainWindow::importFiles(const QStringList &files)
{
    // On first use the samples come first, in the same import (one import runs at a time); alone, they
    // need no summary.
    if (!std::exchange(m_addSamples, false))
        m_import->importFiles(files);
    else if (files.isEmpty())
        m_import->importQuietly(SampleLibrary::files());
    else
        m_import->importFiles(SampleLibrary::files() + files);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::openLibrary(const QString &path)
{
    closeLibrary();
    m_path = path;
    m_readOnly = false;
    setWindowTitle(tr("Clearance — %1").arg(QFileInfo(path).fileName()));
    m_library = std::make_unique<LibraryThread>(path, m_tagger);
    LibraryService *service = m_library->service();
    connect(service, &LibraryService::opened, this, &MainWindow::onOpened);

    m_facets = new FacetModel(service, this);
    m_facets->setTagger(m_tagger);
    m_list = new ArticleListModel(service, this);
    connect(m_facets, &FacetModel::filterChanged, m_list, &ArticleListModel::setFilter);
    connect(m_facets, &FacetModel::filterChanged, this, &MainWindow::onFilterChanged);
    connect(m_list, &ArticleListModel::countChanged, this, &MainWindow::onCountChanged);
    connect(m_list, &ArticleListModel::rowsLoaded, this, &MainWindow::onRowsLoaded);
    // Every error a model meets reaches the reader.
    connect(m_list, &ArticleListModel::errorOccurred, this, &MainWindow::showMessage);
    connect(m_facets, &FacetModel::errorOccurred, this, &MainWindow::showMessage);
    m_listView->setModel(m_list);
    m_panel->setLibrary(m_facets, service);
    m_sources = new SourceTreeModel(service, this);
    m_sourcePanel->setLibrary(m_sources, m_facets, service);
    m_import->setService(service);
    m_export->setLibrary(path, m_list);
    m_readerActions->setLibrary(service, m_list);
    m_reading->setLibrary(service);
    onCountChanged(-1);
    if (m_restoredFilter)
        m_facets->setFilter(*m_restoredFilter);
}

void MainWindow::closeLibrary()
{
    if (!m_library)
        return;
    m_import->setService(nullptr);
    m_export->setLibrary({}, nullptr);
    m_readerActions->setLibrary(nullptr, nullptr);
    m_reading->setLibrary(nullptr);
    m_panel->setLibrary(nullptr, nullptr);
    m_sourcePanel->setLibrary(nullptr, nullptr, nullptr);
    delete m_sources;
    m_sources = nullptr;
    m_listView->setModel(nullptr);
    delete m_list;
    m_list = nullptr;
    delete m_facets;
    m_facets = nullptr;
    m_library.reset();
}

void MainWindow::onOpened(const QString &error)
{
    if (error.isEmpty()) {
        // Opened for reading only (LibraryService): the title says so, and the window makes no write
        // of its own; one the user asks for is refused with Database::readOnlyMessage.
        m_readOnly = !Database::isWritable(m_path);
        m_reading->setReadOnly(m_readOnly);
        if (m_readOnly) {
            setWindowTitle(tr("Clearance — %1 (read-only)").arg(QFileInfo(m_path).fileName()));
            statusBar()->showMessage(tr("This library is read-only: you can read, search and export it, "
                                        "not change it."),
                                     8000);
        }
        if (std::exchange(m_addSamples, false) && !m_readOnly)
            m_import->importQuietly(SampleLibrary::files());
        return;
    }
    // Out of the service's signal first: the library thread is replaced below.
    QTimer::singleShot(0, this, [this, error] {
        const QString next = LibraryChooser::recover(this, m_path, error);
        if (next.isEmpty()) {
            closeLibrary();
            close();
            QCoreApplication::quit();
            return;
        }
        openLibrary(next);
    });
}

void MainWindow::onFilterChanged(const ArticleFilter &filter)
{
    m_search->setText(filter.search);
    m_articleView->setSearchText(filter.search);
}

void MainWindow::onCountChanged(qint64 count)
{
    m_count = count;
    m_countLabel->setText(count < 0 ? tr("Counting articles…")
                                    : tr("%Ln article(s)", "", static_cast<int>(count)));
}

void MainWindow::onRowsLoaded()
{
    if (m_listView->currentIndex().isValid() || !m_list)
        return;
    if (m_list->rowCount() == 0) {
        if (m_list->count() == 0 || !m_list->canFetchMore({})) {
            m_reading->clear();
            m_readerActions->update();
        }
        return;
    }
    // Select again the article of the last session, else the one shown (after a filter change),
    // else the first.
    if (m_restoreArticleId) {
        const int row = m_list->rowOf(m_restoreArticleId);
        if (row >= 0) {
            m_restoreArticleId = 0;
            m_listView->selectRow(row);
            return;
        }
        if (m_list->canFetchMore({}) && m_list->rowCount() < kRestoreSearchRows)
            return m_list->fetchMore({});
        m_restoreArticleId = 0;
    }
    const int shown = shownArticleId() ? m_list->rowOf(shownArticleId()) : -1;
    m_listView->selectRow(shown >= 0 ? shown : 0);
}

void MainWindow::onCurrentArticleChanged(qint64 id)
{
    m_readerActions->update();
    m_reading->show(id);
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::pageOrNextUnread()
{
    // The pane's text (a completer's popup in the tag editor is a scroll area too).
    if (const auto *area = m_articleView->findChild<QTextBrowser *>()) {
        QScrollBar *bar = area->verticalScrollBar();
        if (bar && bar->isVisible() && bar->value() < bar->maximum()) {
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            return;
        }
    }
    selectNextUnread();
}

void MainWindow::selectNextUnread()
{
    if (!m_list)
        return;
    const int start = m_listView->currentIndex().isValid() ? m_listView->currentIndex().row() + 1 : 0;
    for (int row = start; row < m_list->rowCount(); ++row) {
        if (!m_list->index(row, 0).data(ReadRole).toBool()) {
            m_listView->selectRow(row);
            return;
        }
    }
    if (m_list->canFetchMore({}))
        m_list->fetchMore({});
    statusBar()->showMessage(tr("No unread article below this one."), 4000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Clearance"),
                       tr("<h3>Clearance %1</h3>"
                          "<p>A desktop reader for customs and trade news: filter by region, "
                          "initiative, organization and country, search, and read with every "
                          "organization highlighted.</p>")
                           .arg(QStringLiteral(CLEARANCE_VERSION)));
}

} // namespace Clearance
