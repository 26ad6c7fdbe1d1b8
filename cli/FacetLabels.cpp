#include "FacetLabels.h"

#include "i18n/InterfaceLanguage.h"
#include "tagging/Tagger.h"

#include <QCollator>

#include <algorithm>

namespace Clearance {

QString FacetLabels::language()
{
    return InterfaceLanguage::taxonomyLanguage();
}

QString FacetLabels::of(FacetKind kind, const QString &key, const QString &stored)
{
    const QString label = Tagger::standard()->taxonomy().label(kind, key, language());
    // The taxonomy answers with the key itself for a value it does not know.
    return label == key && !stored.isEmpty() ? stored : label;
}

void FacetLabels::sort(QList<Facet> &facets)
{
    QCollator collator; // the default locale, which --lang set
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto before = [&collator](const Facet &a, const Facet &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (const int c = collator.compare(a.label, b.label); c != 0)
            return c < 0;
        return a.key < b.key;
    };
    // The kinds come grouped, in the order the contract gives them; each group is sorted on its own.
    for (auto from = facets.begin(); from != facets.end();) {
        const auto to =
            std::find_if(from, facets.end(), [&](const Facet &f) { return f.kind != from->kind; });
        std::sort(from, to, before);
        from = to;
    }
}

} // namespace Clearance
