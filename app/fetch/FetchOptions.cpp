#include "FetchOptions.h"

namespace Clearance {

QByteArray FetchOptions::defaultUserAgent()
{
    return QByteArrayLiteral("Clearance/" CLEARANCE_VERSION " (+" CLEARANCE_HOMEPAGE_URL ")");
}

} // namespace Clearance
