#include "Logging.h"

namespace Clearance {
Q_LOGGING_CATEGORY(lcLibrary, "clearance.library", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIngest, "clearance.ingest", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTagging, "clearance.tagging", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "clearance.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFetch, "clearance.fetch", QtWarningMsg)
} // namespace Clearance
