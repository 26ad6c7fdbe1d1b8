#include "Tagger.h"

#include "domain/Logging.h"

#include <QMutex>

#include <algorithm>
#include <array>
#include <bit>
#include <functional>
#include <numeric>

namespace Clearance {

namespace {

// Sorted and each value once: an article's few values need no hash set.
void sortUnique(QStringList &list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

// The ids one article tags with, by reference: no copy, no allocation until the result is built.
using Ids = QVarLengthArray<const QString *, 32>;

// Sorted and each value once. The mentions of one entry share their id's characters: repeats are
// dropped by address first, so that only the few distinct ids are compared character by character.
QStringList sortedUnique(Ids &ids)
{
    auto address = [](const QString *id) { return std::pair(id->constData(), id->size()); };
    std::sort(ids.begin(), ids.end(),
              [&](const QString *a, const QString *b) { return std::less<>()(address(a), address(b)); });
    ids.erase(std::unique(ids.begin(), ids.end(),
                          [&](const QString *a, const QString *b) { return address(a) == address(b); }),
              ids.end());
    std::sort(ids.begin(), ids.end(), [](const QString *a, const QString *b) { return *a < *b; });
    ids.erase(
        std::unique(ids.begin(), ids.end(), [](const QString *a, const QString *b) { return *a == *b; }),
        ids.end());
    QStringList list;
    list.reserve(ids.size());
    for (const QString *id : ids)
        list.append(*id);
    return list;
}

} // namespace

Tagger::Tagger(Taxonomy taxonomy)
    : m_matcher(std::move(taxonomy))
{
    for (const Organization &org : m_matcher.taxonomy().organizations())
        m_countryOfOrganization.emplace(org.id, &m_matcher.taxonomy().organization(org.id)->country);
    KeyMap<QStringList> regionsOfRegion;
    for (const Region &r : m_matcher.taxonomy().regions()) {
        const QStringList regions = regionWithParents(r.id);
        regionsOfRegion.emplace(r.id, regions);
        m_regionKeys.append(regions);
    }
    sortUnique(m_regionKeys);
    KeyMap<QStringList> regionsOfCountry;
    for (const Region &r : m_matcher.taxonomy().regions()) {
        if (!r.impliedByMembers)
            continue;
        for (const QString &code : r.members)
            regionsOfCountry[code].append(regionsOfRegion.at(r.id));
    }
    for (const auto &[id, regions] : regionsOfRegion)
        m_regionsOfRegion.emplace(id, regionBits(regions));
    for (const auto &[code, regions] : regionsOfCountry)
        m_regionsOfCountry.emplace(code, regionBits(regions));
}

namespace {

struct Standard
{
    QMutex mutex;
    std::shared_ptr<const Tagger> tagger; // guarded by mutex
    QString problem;                      // guarded by mutex
};

Standard &standardTagger()
{
    static Standard standard;
    return standard;
}

} // namespace

std::shared_ptr<const Tagger> Tagger::standard()
{
    Standard &s = standardTagger();
    QMutexLocker lock(&s.mutex);
    if (!s.tagger) {
        Result<Taxonomy> taxonomy = Taxonomy::load(Taxonomy::defaultFiles());
        if (!taxonomy) {
            // A broken user file must not take the bundled knowledge down with it; the programs say
            // what was left out (standardProblem()).
            qCWarning(lcTagging) << taxonomy.error() << "- using the bundled taxonomy only";
            s.problem = taxonomy.error();
            s.tagger = std::make_shared<const Tagger>(Taxonomy::builtin());
        } else {
            s.tagger = std::make_shared<const Tagger>(std::move(taxonomy.value()));
        }
    }
    return s.tagger;
}

QString Tagger::standardProblem()
{
    standard();
    Standard &s = standardTagger();
    const QMutexLocker lock(&s.mutex);
    return s.problem;
}

QString Tagger::textOf(const Article &article)
{
    return article.title + QStringLiteral("\n\n") + article.body;
}

TagSet Tagger::tag(const Article &article) const
{
    return tags(m_matcher.match(textOf(article), article.language).mentions);
}

QStringList Tagger::regionWithParents(const QString &id) const
{
    QStringList regions{id};
    // Breadth first, each region once: `within` may form a cycle.
    for (qsizetype i = 0; i < regions.size(); ++i) {
        if (const Region *r = taxonomy().region(regions.at(i))) {
            for (const QString &parent : r->within) {
                if (!regions.contains(parent))
                    regions.append(parent);
            }
        }
    }
    sortUnique(regions);
    return regions;
}

Tagger::RegionBits Tagger::noRegions() const
{
    RegionBits bits((m_regionKeys.size() + 63) / 64);
    std::fill(bits.begin(), bits.end(), 0);
    return bits;
}

Tagger::RegionBits Tagger::regionBits(const QStringList &regions) const
{
    RegionBits bits = noRegions();
    for (const QString &region : regions) {
        const auto key = std::lower_bound(m_regionKeys.cbegin(), m_regionKeys.cend(), region);
        const auto k = static_cast<size_t>(key - m_regionKeys.cbegin());
        bits[static_cast<qsizetype>(k / 64)] |= quint64(1) << (k % 64);
    }
    return bits;
}

QStringList Tagger::regionsOf(const RegionBits &bits) const
{
    QStringList regions;
    regions.reserve(std::accumulate(bits.cbegin(), bits.cend(), 0,
                                    [](int sum, quint64 word) { return sum + std::popcount(word); }));
    for (qsizetype w = 0; w < bits.size(); ++w) {
        for (quint64 word = bits[w]; word != 0; word &= word - 1)
            regions.append(m_regionKeys.at(w * 64 + std::countr_zero(word)));
    }
    return regions;
}

const QString *Tagger::countryOfOrganization(const QString &id) const
{
    if (const auto it = m_countryOfOrganization.find(id); it != m_countryOfOrganization.end())
        return it->second;
    // A national administration the patterns name without a taxonomy entry, or an unknown id.
    const Organization *org = taxonomy().organization(id);
    return org ? &org->country : nullptr;
}

TagSet Tagger::tags(const QList<Mention> &mentions) const
{
    std::array<Ids, 4> ids;
    for (const Mention &m : mentions)
        ids[static_cast<size_t>(m.kind)].append(&m.id);
    Ids &organizations = ids[static_cast<size_t>(FacetKind::Organization)];
    Ids &countries = ids[static_cast<size_t>(FacetKind::Country)];
    Ids &regions = ids[static_cast<size_t>(FacetKind::Region)];

    TagSet set;
    set.values(FacetKind::Organization) = sortedUnique(organizations);
    for (const QString *id : organizations) {
        if (const QString *country = countryOfOrganization(*id); country && !country->isEmpty())
            countries.append(country);
    }
    set.values(FacetKind::Country) = sortedUnique(countries);
    // Each region with those it lies within, and the regions each country implies.
    RegionBits bits = noRegions();
    auto add = [&bits](const RegionBits &more) {
        for (qsizetype w = 0; w < bits.size(); ++w)
            bits[w] |= more[w];
    };
    Ids unknownRegions;
    for (const QString *id : regions) {
        if (const auto it = m_regionsOfRegion.find(*id); it != m_regionsOfRegion.end())
            add(it->second);
        else
            unknownRegions.append(id);
    }
    for (const QString *code : countries) {
        if (const auto it = m_regionsOfCountry.find(*code); it != m_regionsOfCountry.end())
            add(it->second);
    }
    QStringList &regionTags = set.values(FacetKind::Region);
    regionTags = regionsOf(bits);
    if (!unknownRegions.isEmpty()) { // a region missing from the taxonomy lies within none
        for (const QString *id : unknownRegions)
            regionTags.append(*id);
        sortUnique(regionTags);
    }
    set.values(FacetKind::Initiative) = sortedUnique(ids[static_cast<size_t>(FacetKind::Initiative)]);
    return set;
}

} // namespace Clearance
