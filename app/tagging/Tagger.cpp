#include "Tagger.h"

#include "Logging.h"

#include <QMutex>

#include <algorithm>

namespace Clearance {

namespace {
// Sorted and each value once: an article's few values need no hash set.
void sortUnique(QStringList &list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}
} // namespace

Tagger::Tagger(Taxonomy taxonomy)
    : m_matcher(std::move(taxonomy))
{
    for (const Region &r : m_matcher.taxonomy().regions()) {
        if (!r.impliedByMembers)
            continue;
        for (const QString &code : r.members)
            m_regionsOfCountry[code].append(r.id);
    }
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

void Tagger::addRegionWithParents(const QString &id, QStringList &regions) const
{
    if (regions.contains(id))
        return;
    regions.append(id);
    if (const Region *r = taxonomy().region(id)) {
        for (const QString &parent : r->within)
            addRegionWithParents(parent, regions);
    }
}

TagSet Tagger::tags(const QList<Mention> &mentions) const
{
    TagSet set;
    QStringList &organizations = set.values(FacetKind::Organization);
    QStringList &countries = set.values(FacetKind::Country);
    QStringList &initiatives = set.values(FacetKind::Initiative);
    QStringList &regions = set.values(FacetKind::Region);
    for (const Mention &m : mentions) {
        switch (m.kind) {
        case FacetKind::Organization:
            organizations.append(m.id);
            if (const Organization *org = taxonomy().organization(m.id); org && !org->country.isEmpty())
                countries.append(org->country);
            break;
        case FacetKind::Country:
            countries.append(m.id);
            break;
        case FacetKind::Initiative:
            initiatives.append(m.id);
            break;
        case FacetKind::Region:
            addRegionWithParents(m.id, regions);
            break;
        }
    }
    sortUnique(countries);
    for (const QString &code : std::as_const(countries)) {
        if (const auto it = m_regionsOfCountry.constFind(code); it != m_regionsOfCountry.cend()) {
            for (const QString &region : *it)
                addRegionWithParents(region, regions);
        }
    }
    sortUnique(regions);
    sortUnique(initiatives);
    sortUnique(organizations);
    return set;
}

} // namespace Clearance
