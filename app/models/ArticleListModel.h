#pragma once

#include "domain/ArticleFilter.h"
#include "domain/ArticleSort.h"
#include "domain/ArticleSummary.h"
#include "service/Reply.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QLocale>
#include <QPointer>

namespace Clearance {

class LibraryService;

// The article list: the rows of the current filter in the current order (newest first unless sorted
// otherwise), loaded lazily in keyset pages from a LibraryService (canFetchMore/fetchMore), never the
// whole library. Only the latest request of each kind is answered (one QFutureWatcher each), so a quick
// change of filter or order never shows stale rows. sort() orders by any column, both ways; the service does
// the sorting.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 count READ count NOTIFY countChanged)

public:
    enum class Column
    {
        Title,
        Date,
        Source,
    };
    static constexpr int kColumnCount = 3;
    static constexpr int kPageSize = 100;

    explicit ArticleListModel(LibraryService *service, QObject *parent = nullptr);
    ~ArticleListModel() override;
    Q_DISABLE_COPY_MOVE(ArticleListModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A language change (sent by the window the model belongs to) renames the columns and rewrites the
    // dates in the new locale.
    bool event(QEvent *event) override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The date column's text: day, abbreviated month and four-digit year in the locale's order
    // ("Nov 26, 2026", "26 nov. 2026", "2026年11月26日"). The locale's short format can be ambiguous
    // (11/26/26 reads as a different day in most of the world); the long one spends width on the weekday.
    static QString dateText(const QDate &date, const QLocale &locale = QLocale());

    const ArticleFilter &filter() const { return m_filter; }
    const ArticleSort &sortOrder() const { return m_sort; }
    // Matching articles under the filter; -1 until the service has answered.
    qint64 count() const { return m_count; }
    const ArticleSummary &summary(int row) const { return m_rows.at(row); }
    // The row of an article among those loaded; -1 when it is not loaded.
    int rowOf(qint64 articleId) const;
    // The last error the service reported for this model; empty when the last reply was fine.
    const QString &lastError() const { return m_lastError; }
    // While held, canFetchMore() is false. ArticleListView holds it while it lays its rows out: Qt 6's
    // QTreeView asks for more rows on every layout, in sight or not, and each page that arrives is
    // laid out again, so the view would page in the whole library.
    void holdFetching(bool held) { m_fetchHeld = held; }

public Q_SLOTS:
    // Drops the rows, then asks for the first page and the count of the new filter.
    void setFilter(const Clearance::ArticleFilter &filter);
    // Asks again for the rows loaded so far and the count (after a change to the library).
    void reload();

Q_SIGNALS:
    void countChanged(qint64 count);
    // A page or a reload has arrived (the view may now select the first row, say).
    void rowsLoaded();
    void errorOccurred(const QString &error);

private:
    void requestCount();
    void onPageListed();
    void onReloadListed();
    void onCounted();
    void appendPage(const QList<ArticleSummary> &rows);
    void applyReload(const QList<ArticleSummary> &rows, int limit);
    void reportError(const QString &error);
    // Drops the rows, then asks for the first page (and the count when the filter changed).
    void restart(bool countAgain);

    QPointer<LibraryService> m_service;
    ArticleFilter m_filter;
    ArticleSort m_sort;
    QList<ArticleSummary> m_rows;
    qint64 m_count = -1;
    bool m_atEnd = false;
    // A watcher per kind of request: a newer request replaces the older one's future, whose answer is
    // then never delivered. The flags say an answer is awaited (the watchers' own state is the
    // future's, which finishes on the service's thread before its answer reaches this one).
    QFutureWatcher<Result<QList<ArticleSummary>>> m_pageReply;
    QFutureWatcher<Result<QList<ArticleSummary>>> m_reloadReply;
    QFutureWatcher<Result<qint64>> m_countReply;
    bool m_pageAwaited = false;
    bool m_reloadAwaited = false;
    int m_reloadLimit = 0;
    QString m_lastError;
    // True between begin*() and the change itself: a view's or a tester's fetchMore() called from the
    // about-to signals must wait for the rows to be in place.
    bool m_changing = false;
    bool m_fetchHeld = false; // see holdFetching()
};

} // namespace Clearance
