#include "CommandContext.h"
#include "Commands.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "tagging/Tagger.h"

#include <QCoreApplication>

namespace Clearance {

int runRetag(CommandContext &context)
{
    if (!context.rejectUnknownOptions())
        return ExitUsage;
    if (!context.arguments().isEmpty())
        return context.usage(QCoreApplication::translate("clearance-cli", "retag takes no argument."));
    Database *database = context.openLibrary(CommandContext::Create);
    if (!database)
        return ExitBadInput;
    ArticleStore store(*database);
    const auto tagger = Tagger::standard();
    const auto report =
        store.retag([&](const Article &a) { return tagger->tag(a); },
                    [&](FacetKind kind, const QString &key) { return tagger->label(kind, key); });
    if (!report)
        return context.fail(report.error());
    context.out() << QCoreApplication::translate("clearance-cli", "Re-tagged %n article(s)", nullptr,
                                                 report->articles)
                  << QCoreApplication::translate("clearance-cli", "; %n changed.", nullptr, report->changed)
                  << Qt::endl;
    return ExitOk;
}

} // namespace Clearance
