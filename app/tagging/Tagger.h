#pragma once

#include "EntityMatcher.h"
#include "domain/Article.h"
#include "domain/TagSet.h"

#include <QHash>

#include <memory>

namespace Clearance {

// Turns an article into its tags: the organizations, countries and initiatives it names, the
// regions it names, the regions those lie within, and the groups its countries belong to
// (an article about Mali is about an LLDC and about Francophone Africa).
class Tagger final
{
public:
    explicit Tagger(Taxonomy taxonomy);
    Q_DISABLE_COPY_MOVE(Tagger)

    // The bundled taxonomy plus the user's files; built once, shared, thread-safe.
    static std::shared_ptr<const Tagger> standard();

    TagSet tag(const Article &article) const;
    TagSet tags(const QList<Mention> &mentions) const;
    // The text the tagger reads for an article: title and body, as one string.
    static QString textOf(const Article &article);

    const EntityMatcher &matcher() const { return m_matcher; }
    const Taxonomy &taxonomy() const { return m_matcher.taxonomy(); }
    QString label(FacetKind kind, const QString &key) const { return taxonomy().label(kind, key); }

private:
    // A region and every region it lies within, directly or not.
    QStringList regionWithParents(const QString &id) const;

    EntityMatcher m_matcher;
    // Worked out once rather than per article: the regions each region tag brings (itself and those
    // it lies within) and each country brings (those implied by their members, and theirs).
    QHash<QString, QStringList> m_regionsOfRegion;
    QHash<QString, QStringList> m_regionsOfCountry;
};

} // namespace Clearance
