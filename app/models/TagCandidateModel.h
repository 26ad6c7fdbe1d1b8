#pragma once

#include "domain/Facet.h"
#include "domain/FacetKind.h"

#include <QAbstractListModel>
#include <QList>
#include <QLocale>

#include <memory>
#include <optional>

namespace Clearance {

class Tagger;

// The tags a reader may add to an article by hand: the taxonomy's regions and initiatives it does not
// carry yet, labelled in the interface language and sorted as the locale sorts. Display text says the
// kind ("Mercator Programme — initiative"), the tooltip gives the definition, KindRole/KeyRole/LabelRole
// identify the tag. resolve() turns what was typed into one candidate, for a line edit that completes
// over this model.
class TagCandidateModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit TagCandidateModel(std::shared_ptr<const Tagger> tagger, QObject *parent = nullptr);
    ~TagCandidateModel() override;
    Q_DISABLE_COPY_MOVE(TagCandidateModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Rebuilds the list without the tags already present, labelled and sorted for the locale.
    void rebuild(const QList<Facet> &present, const QLocale &locale);

    struct Candidate
    {
        FacetKind kind = FacetKind::Region;
        QString key;
        QString label;
    };
    // The candidate whose label or display text is the text (ignoring case), else the only one whose
    // label contains it; nothing when none or several do.
    std::optional<Candidate> resolve(const QString &typed) const;
    // The taxonomy's definition of a region or an initiative (the tooltip of a candidate or a chip).
    QString definition(FacetKind kind, const QString &key) const;

private:
    QString displayText(const Candidate &candidate) const;

    std::shared_ptr<const Tagger> m_tagger;
    QList<Candidate> m_candidates;
};

} // namespace Clearance
