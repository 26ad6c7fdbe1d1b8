#include "FilterIds.h"

#include "tagging/Tagger.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace Clearance {

namespace {

// Levenshtein distance, case-insensitive; ids are short, so the plain two-row table is enough.
qsizetype editDistance(const QString &a, const QString &b)
{
    std::vector<qsizetype> previous(static_cast<size_t>(b.size()) + 1);
    std::vector<qsizetype> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<qsizetype>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const bool same = a.at(i - 1).toCaseFolded() == b.at(j - 1).toCaseFolded();
            const auto uj = static_cast<size_t>(j);
            current[uj] =
                std::min({previous[uj] + 1, current[uj - 1] + 1, previous[uj - 1] + (same ? 0 : 1)});
        }
        std::swap(previous, current);
    }
    return previous[static_cast<size_t>(b.size())];
}

} // namespace

FilterIds::FilterIds(FacetKind kind, const QStringList &libraryKeys)
    : m_kind(kind)
    , m_ids(libraryKeys)
{}

void FilterIds::addTaxonomy()
{
    if (std::exchange(m_withTaxonomy, true))
        return;
    // The tagger's taxonomy (the bundled files and the user's), which labels and export use too.
    // Loading it takes about 0.1 s, so it is loaded only for a value the library has no tag for.
    const std::shared_ptr<const Tagger> tagger = Tagger::standard(); // owns the taxonomy read below
    const Taxonomy &t = tagger->taxonomy();
    switch (m_kind) {
    case FacetKind::Region:
        for (const Region &r : t.regions())
            m_ids.append(r.id);
        break;
    case FacetKind::Initiative:
        for (const Initiative &i : t.initiatives())
            m_ids.append(i.id);
        break;
    case FacetKind::Organization:
        for (const Organization &o : t.organizations())
            m_ids.append(o.id);
        break;
    case FacetKind::Country:
        for (const Country &c : t.countries())
            m_ids.append(c.code);
        break;
    }
    m_ids.removeDuplicates();
}

std::optional<QString> FilterIds::resolve(const QString &value)
{
    const auto find = [this, &value]() -> std::optional<QString> {
        for (const QString &id : std::as_const(m_ids)) {
            if (id.compare(value, Qt::CaseInsensitive) == 0)
                return id;
        }
        return std::nullopt;
    };
    if (auto id = find())
        return id;
    if (m_withTaxonomy)
        return std::nullopt;
    addTaxonomy();
    return find();
}

QStringList FilterIds::closeMatches(const QString &value)
{
    addTaxonomy();
    // A typo is a few edits; a prefix ("francophone") names the start of what the user means.
    const qsizetype allowed = std::max<qsizetype>(1, value.size() / 3);
    std::vector<std::pair<qsizetype, QString>> scored;
    for (const QString &id : std::as_const(m_ids)) {
        const qsizetype distance = editDistance(value, id);
        if (distance <= allowed)
            scored.emplace_back(distance, id);
        else if (value.size() >= 2 && id.startsWith(value, Qt::CaseInsensitive))
            scored.emplace_back(allowed + 1, id);
    }
    std::sort(scored.begin(), scored.end());
    QStringList out;
    for (const auto &[distance, id] : scored) {
        if (out.size() == 5)
            break;
        out.append(id);
    }
    return out;
}

} // namespace Clearance
