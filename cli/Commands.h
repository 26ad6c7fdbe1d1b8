#pragma once

namespace Clearance {

class CommandContext;

// One function per subcommand of clearance-cli; each returns the process's exit status.
int runImport(CommandContext &context);
int runList(CommandContext &context);
int runFacets(CommandContext &context);
int runShow(CommandContext &context);
int runAnnotate(CommandContext &context);
int runRetag(CommandContext &context);
int runTaxonomy(CommandContext &context);
int runExportPdf(CommandContext &context);
int runSources(CommandContext &context);
int runFetch(CommandContext &context);

} // namespace Clearance
