#include "TagCandidateModel.h"

#include "Roles.h"
#include "tagging/Tagger.h"

#include <QCollator>

#include <algorithm>

namespace Clearance {

TagCandidateModel::TagCandidateModel(std::shared_ptr<const Tagger> tagger, QObject *parent)
    : QAbstractListModel(parent)
    , m_tagger(std::move(tagger))
{}

TagCandidateModel::~TagCandidateModel() = default;

int TagCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_candidates.size());
}

QVariant TagCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate &c = m_candidates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayText(c);
    case Qt::ToolTipRole: {
        const QString text = definition(c.kind, c.key);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case KindRole:
        return static_cast<int>(c.kind);
    case KeyRole:
        return c.key;
    case LabelRole:
        return c.label;
    default:
        return {};
    }
}

void TagCandidateModel::rebuild(const QList<Facet> &present, const QLocale &locale)
{
    const auto carries = [&present](FacetKind kind, const QString &key) {
        return std::any_of(present.cbegin(), present.cend(),
                           [&](const Facet &f) { return f.kind == kind && f.key == key; });
    };
    const Taxonomy &taxonomy = m_tagger->taxonomy();
    const QString language = QLocale::languageToCode(locale.language());
    QList<Candidate> candidates;
    for (const Region &region : taxonomy.regions()) {
        if (!carries(FacetKind::Region, region.id))
            candidates.append(
                {FacetKind::Region, region.id, taxonomy.label(FacetKind::Region, region.id, language)});
    }
    for (const Initiative &initiative : taxonomy.initiatives()) {
        if (!carries(FacetKind::Initiative, initiative.id))
            candidates.append({FacetKind::Initiative, initiative.id,
                               taxonomy.label(FacetKind::Initiative, initiative.id, language)});
    }
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&collator](const Candidate &a, const Candidate &b) {
                         return collator.compare(a.label, b.label) < 0;
                     });
    beginResetModel();
    m_candidates = std::move(candidates);
    endResetModel();
}

std::optional<TagCandidateModel::Candidate> TagCandidateModel::resolve(const QString &typed) const
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const Candidate *only = nullptr;
    int containing = 0;
    for (const Candidate &c : m_candidates) {
        if (c.label.compare(text, Qt::CaseInsensitive) == 0 ||
            displayText(c).compare(text, Qt::CaseInsensitive) == 0)
            return c;
        if (c.label.contains(text, Qt::CaseInsensitive)) {
            only = &c;
            ++containing;
        }
    }
    if (containing != 1)
        return std::nullopt;
    return *only;
}

QString TagCandidateModel::displayText(const Candidate &candidate) const
{
    return candidate.kind == FacetKind::Region
               ? tr("%1 — region", "add-tag completion").arg(candidate.label)
               : tr("%1 — initiative", "add-tag completion").arg(candidate.label);
}

QString TagCandidateModel::definition(FacetKind kind, const QString &key) const
{
    if (kind == FacetKind::Region) {
        const Region *region = m_tagger->taxonomy().region(key);
        return region ? region->definition : QString();
    }
    const Initiative *initiative = m_tagger->taxonomy().initiative(key);
    return initiative ? initiative->definition : QString();
}

} // namespace Clearance
