#include "Tagger.h"

#include "Logging.h"

#include <QMutex>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <functional>

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

void append(Ids &ids, const QStringList &list)
{
    for (const QString &id : list)
        ids.append(&id);
}

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

size_t Tagger::KeyHash::operator()(const QString &key) const noexcept
{
    quint64 h = 0xCBF29CE484222325ull;
    for (QChar c : key)
        h = (h ^ c.unicode()) * 0x100000001B3ull;
    return static_cast<size_t>(h);
}

Tagger::Tagger(Taxonomy taxonomy)
    : m_matcher(std::move(taxonomy))
{
    for (const Organization &org : m_matcher.taxonomy().organizations())
        m_countryOfOrganization.emplace(org.id, &m_matcher.taxonomy().organization(org.id)->country);
    for (const Region &r : m_matcher.taxonomy().regions())
        m_regionsOfRegion.emplace(r.id, regionWithParents(r.id));
    for (const Region &r : m_matcher.taxonomy().regions()) {
        if (!r.impliedByMembers)
            continue;
        for (const QString &code : r.members)
            m_regionsOfCountry[code].append(m_regionsOfRegion.at(r.id));
    }
    for (auto &[code, regions] : m_regionsOfCountry)
        sortUnique(regions);
}

std::shared_ptr<const Tagger> Tagger::standard()
{
    static QMutex mutex;
    static std::shared_ptr<const Tagger> tagger;
    QMutexLocker lock(&mutex);
    if (!tagger) {
        Result<Taxonomy> taxonomy = Taxonomy::load(Taxonomy::defaultFiles());
        if (!taxonomy) {
            // A broken user file must not take the bundled knowledge down with it.
            qCWarning(lcTagging) << taxonomy.error() << "- using the bundled taxonomy only";
            tagger = std::make_shared<const Tagger>(Taxonomy::builtin());
        } else {
            tagger = std::make_shared<const Tagger>(std::move(taxonomy.value()));
        }
    }
    return tagger;
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
    // Each region with those it lies within (a region missing from the taxonomy lies within none),
    // and the regions each country implies.
    const qsizetype regionMentions = regions.size();
    for (qsizetype i = 0; i < regionMentions; ++i) {
        if (const auto it = m_regionsOfRegion.find(*regions[i]); it != m_regionsOfRegion.end())
            append(regions, it->second);
    }
    for (const QString *code : countries) {
        if (const auto it = m_regionsOfCountry.find(*code); it != m_regionsOfCountry.end())
            append(regions, it->second);
    }
    set.values(FacetKind::Region) = sortedUnique(regions);
    set.values(FacetKind::Initiative) = sortedUnique(ids[static_cast<size_t>(FacetKind::Initiative)]);
    return set;
}

} // namespace Clearance
