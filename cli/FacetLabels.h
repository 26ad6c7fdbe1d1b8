#pragma once

#include "domain/Facet.h"

#include <QList>
#include <QString>

namespace Clearance {

// Tag labels as the window shows them, for the command line: the taxonomy's label in the language of
// this run (--lang, else the window's choice, else the system's), falling back to English, then to the
// label stored with the tag (a tag the taxonomy no longer knows). Ids and keys never change with the
// language; only the labels beside them do.
class FacetLabels final
{
public:
    // The language code of the taxonomy's labels for this run ("fr", "zh").
    static QString language();
    static QString of(FacetKind kind, const QString &key, const QString &stored = {});
    // Each kind's facets by count, then by label as the language sorts them (as the window's panel).
    static void sort(QList<Facet> &facets);
};

} // namespace Clearance
