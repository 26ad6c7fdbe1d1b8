#pragma once

#include "EntityMatcher.h"
#include "domain/Article.h"
#include "domain/FacetKeyHash.h"
#include "domain/TagSet.h"

#include <QVarLengthArray>

#include <memory>
#include <unordered_map>

namespace Clearance {

// Turns an article into its tags: the organizations, countries and initiatives it names, the
// regions it names, the regions those lie within, and the groups its countries belong to
// (an article about Mali is about an LLDC and about Francophone Africa).
class Tagger final
{
public:
    explicit Tagger(Taxonomy taxonomy);
    Q_DISABLE_COPY_MOVE(Tagger)

    // The bundled taxonomy plus the user's files; built once, shared, thread-safe. A user's file that
    // does not load leaves the bundled taxonomy alone, and standardProblem() says why.
    static std::shared_ptr<const Tagger> standard();
    // Why the user's taxonomy files were left out of standard() (one sentence); empty when they were
    // not. Loads standard() first.
    static QString standardProblem();

    TagSet tag(const Article &article) const;
    TagSet tags(const QList<Mention> &mentions) const;
    // The text the tagger reads for an article: title and body, as one string.
    static QString textOf(const Article &article);

    const EntityMatcher &matcher() const { return m_matcher; }
    const Taxonomy &taxonomy() const { return m_matcher.taxonomy(); }
    QString label(FacetKind kind, const QString &key) const { return taxonomy().label(kind, key); }

private:
    template<typename Value>
    using KeyMap = std::unordered_map<QString, Value, FacetKeyHash>;

    // Regions as bits over m_regionKeys: an article's regions are the union of a few sets worked
    // out beforehand, read out already sorted.
    using RegionBits = QVarLengthArray<quint64, 4>;

    // A region and every region it lies within, directly or not.
    QStringList regionWithParents(const QString &id) const;
    RegionBits noRegions() const;
    RegionBits regionBits(const QStringList &regions) const;
    QStringList regionsOf(const RegionBits &bits) const;
    const QString *countryOfOrganization(const QString &id) const;

    EntityMatcher m_matcher;
    // Worked out once rather than per article: the country of each organization, the regions each
    // region tag brings (itself and those it lies within) and each country brings (those implied by
    // their members, and theirs).
    KeyMap<const QString *> m_countryOfOrganization;
    QStringList m_regionKeys; // every region those bring, sorted
    KeyMap<RegionBits> m_regionsOfRegion;
    KeyMap<RegionBits> m_regionsOfCountry;
};

} // namespace Clearance
