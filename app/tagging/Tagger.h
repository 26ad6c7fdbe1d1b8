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
    void addRegionWithParents(const QString &id, QStringList &regions) const;

    EntityMatcher m_matcher;
    QHash<QString, QStringList> m_regionsOfCountry; // only regions implied by their members
};

} // namespace Clearance
