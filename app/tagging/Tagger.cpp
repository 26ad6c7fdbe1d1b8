#include "Tagger.h"

#include "Logging.h"

#include <QMutex>
#include <QSet>

namespace Clearance {

namespace {
QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
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

void Tagger::addRegionWithParents(const QString &id, QSet<QString> &regions) const
{
    if (regions.contains(id))
        return;
    regions.insert(id);
    if (const Region *r = taxonomy().region(id)) {
        for (const QString &parent : r->within)
            addRegionWithParents(parent, regions);
    }
}

TagSet Tagger::tags(const QList<Mention> &mentions) const
{
    QSet<QString> organizations;
    QSet<QString> countries;
    QSet<QString> initiatives;
    QSet<QString> regions;
    for (const Mention &m : mentions) {
        switch (m.kind) {
        case FacetKind::Organization:
            organizations.insert(m.id);
            if (const Organization *org = taxonomy().organization(m.id); org && !org->country.isEmpty())
                countries.insert(org->country);
            break;
        case FacetKind::Country:
            countries.insert(m.id);
            break;
        case FacetKind::Initiative:
            initiatives.insert(m.id);
            break;
        case FacetKind::Region:
            addRegionWithParents(m.id, regions);
            break;
        }
    }
    for (const QString &code : std::as_const(countries)) {
        for (const QString &region : m_regionsOfCountry.value(code))
            addRegionWithParents(region, regions);
    }
    TagSet set;
    set.values(FacetKind::Region) = sorted(regions);
    set.values(FacetKind::Initiative) = sorted(initiatives);
    set.values(FacetKind::Organization) = sorted(organizations);
    set.values(FacetKind::Country) = sorted(countries);
    return set;
}

} // namespace Clearance
