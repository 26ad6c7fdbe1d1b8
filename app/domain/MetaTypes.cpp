#include "MetaTypes.h"

#include <mutex>

namespace Clearance {

void registerMetaTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<Article>();
        qRegisterMetaType<ArticleFilter>();
        qRegisterMetaType<ArticleSummary>();
        qRegisterMetaType<Facet>();
        qRegisterMetaType<FacetKind>();
        qRegisterMetaType<QList<ArticleSummary>>();
        qRegisterMetaType<QList<Facet>>();
        qRegisterMetaType<QList<qint64>>();
    });
}

} // namespace Clearance
