#pragma once

#include "Article.h"
#include "ArticleFilter.h"
#include "ArticleSummary.h"
#include "Facet.h"
#include "FacetKind.h"

#include <QMetaType>

// The value types that travel through queued signals and QVariant roles. Declared here once;
// registerMetaTypes() registers them (and their lists) by name for queued connections and QSignalSpy.
Q_DECLARE_METATYPE(Clearance::Article)
Q_DECLARE_METATYPE(Clearance::ArticleFilter)
Q_DECLARE_METATYPE(Clearance::ArticleSummary)
Q_DECLARE_METATYPE(Clearance::Facet)
Q_DECLARE_METATYPE(Clearance::FacetKind)

namespace Clearance {

// Idempotent and thread-safe; LibraryService and the models call it.
void registerMetaTypes();

} // namespace Clearance
