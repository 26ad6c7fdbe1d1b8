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
    for (const Region &r : m_matcher.taxonomy().regions())
        m_regionsOfRegion.insert(r.id, regionWithParents(r.id));
    for (const Region &r : m_matcher.taxonomy().regions()) {
        if (!r.impliedByMembers)
            continue;
        for (const QString &code : r.members)
            m_regionsOfCountry[code].append(m_regionsOfRegion.value(r.id));
    }
    for (QStringList &regions : m_regionsOfCountry)
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

TagSet Tagger::tags(const QList<Mention> &mentions) const
{
    TagSet set;
    QStringList &organizations = set.values(FacetKind::Organization);
    QStringList &countries = set.values(FacetKind::Country);
    QStringList &initiatives = set.values(FacetKind::Initiative);
    QStringList &regions = set.values(FacetKind::Region);
    // A text names the same few entries again and again: each is looked up once, after sorting.
    QStringList regionMentions;
    for (const Mention &m : mentions) {
        switch (m.kind) {
        case FacetKind::Organization:
            organizations.append(m.id);
            break;
        case FacetKind::Country:
            countries.append(m.id);
            break;
        case FacetKind::Initiative:
            initiatives.append(m.id);
            break;
        case FacetKind::Region:
            regionMentions.append(m.id);
            break;
        }
    }
    sortUnique(organizations);
    for (const QString &id : std::as_const(organizations)) {
        if (const Organization *org = taxonomy().organization(id); org && !org->country.isEmpty())
            countries.append(org->country);
    }
    sortUnique(countries);
    sortUnique(regionMentions);
    for (const QString &id : std::as_const(regionMentions)) {
        // A region missing from the taxonomy is a tag all the same, within nothing.
        const auto it = m_regionsOfRegion.constFind(id);
        if (it == m_regionsOfRegion.cend())
            regions.append(id);
        else
            regions.append(*it);
    }
    for (const QString &code : std::as_const(countries)) {
        if (const auto it = m_regionsOfCountry.constFind(code); it != m_regionsOfCountry.cend())
            regions.append(*it);
    }
    sortUnique(regions);
    sortUnique(initiatives);
    return set;
}

} // namespace Clearance
