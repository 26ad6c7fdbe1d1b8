#pragma once

#include <QSortFilterProxyModel>

namespace Clearance {

// The facet panel's "find a value" line over a FacetModel: keeps the values whose label contains the
// text, ignoring case and accents ("cote" finds "Côte d'Ivoire"), and the kinds above them. Kind rows
// stay in their order; values sort by count, most first, then by label.
class FacetFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FacetFilterProxyModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FacetFilterProxyModel)

    const QString &findText() const { return m_findText; }

public Q_SLOTS:
    void setFindText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_findText;
    QString m_folded; // m_findText folded as the tagger folds words
};

} // namespace Clearance
