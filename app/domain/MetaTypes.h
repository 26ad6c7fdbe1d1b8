#pragma once

#include "domain/Article.h"
#include "domain/ArticleFilter.h"
#include "domain/ArticleSummary.h"
#include "domain/Facet.h"
#include "domain/FacetKind.h"

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
