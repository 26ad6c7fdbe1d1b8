#pragma once

#include "domain/ArticleFilter.h"

#include <QCoreApplication>
#include <QString>

namespace Clearance {

class Taxonomy;

// A filter in words, for a briefing pack's default title and its title page: the facet labels in the
// reader's language joined by " · " ("Francophone Africa · Post-clearance audit"), then the search
// text and the read/starred flags.
class FilterDescription final
{
    Q_DECLARE_TR_FUNCTIONS(FilterDescription)

public:
    // An empty filter gives an empty string; `language` is an ISO 639-1 code.
    static QString describe(const ArticleFilter &filter, const Taxonomy &taxonomy, const QString &language);
    // The title a pack gets when the reader gives none.
    static QString defaultTitle(const ArticleFilter &filter, const Taxonomy &taxonomy,
                                const QString &language);
};

} // namespace Clearance
