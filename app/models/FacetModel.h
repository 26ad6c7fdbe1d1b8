#pragma once

#include "domain/ArticleFilter.h"
#include "domain/Facet.h"
#include "service/Reply.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <array>
#include <memory>

namespace Clearance {

class LibraryService;
class Tagger;

// The facet panel's tree: one row per kind (regions, initiatives, organizations, countries), under it
// the values with their live counts, checkable. The model holds the whole filter the reader builds
// (checked values, search text, read/starred flags); every change emits filterChanged() and asks the
// service for fresh counts, which update the rows in place. Values are in label order (a proxy may
// sort by count); a value with no article is hidden unless checked.
class FacetModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit FacetModel(LibraryService *service, QObject *parent = nullptr);
    ~FacetModel() override;
    Q_DISABLE_COPY_MOVE(FacetModel)

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ArticleFilter &filter() const { return m_filter; }
    QModelIndex kindIndex(FacetKind kind) const;
    // The row of a value; invalid when it is not shown.
    QModelIndex valueIndex(FacetKind kind, const QString &key) const;
    // Checks or unchecks one value (what a click on an organization in the reading pane does).
    void setChecked(FacetKind kind, const QString &key, bool checked);
    static QString kindTitle(FacetKind kind);
    // Values are labelled from this tagger's taxonomy in the interface language (the library stores
    // one label, English); values the taxonomy does not know keep the stored label.
    void setTagger(std::shared_ptr<const Tagger> tagger);

    // A language change (sent by the window the model belongs to) renames the kinds and relabels and
    // re-sorts the values.
    bool event(QEvent *event) override;

public Q_SLOTS:
    // Replaces the whole filter (a saved view, a restored session): checks follow, counts refresh.
    void setFilter(const Clearance::ArticleFilter &filter);
    void setSearchText(const QString &text);
    // Unchecks every value and shows every source; the search text and the read/starred flags stay.
    void clearChecks();
    // Shows only the articles fetched from these sources (the sources panel's selection); empty: all.
    void setSources(const QList<qint64> &sourceIds);
    // Asks the service for the counts under the current filter.
    void refresh();

Q_SIGNALS:
    void filterChanged(const Clearance::ArticleFilter &filter);
    // Fresh counts have been applied.
    void countsUpdated();
    void errorOccurred(const QString &error);

private:
    void changeFilter(const ArticleFilter &filter);
    void onFacetsCounted();
    void applyCounts(FacetKind kind, QList<Facet> values);
    void emitCheckChanges(const ArticleFilter &before);
    bool isChecked(const Facet &facet) const;
    QString displayLabel(const Facet &facet) const;
    const QList<Facet> &values(FacetKind kind) const { return m_values[static_cast<size_t>(kind)]; }

    QPointer<LibraryService> m_service;
    std::shared_ptr<const Tagger> m_tagger;
    ArticleFilter m_filter;
    std::array<QList<Facet>, 4> m_values;               // by kind, in label order
    QFutureWatcher<Result<QList<Facet>>> m_countsReply; // the latest counts asked for
};

} // namespace Clearance
