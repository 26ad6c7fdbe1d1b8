#pragma once

namespace Clearance {

// The namespace of what Clearance adds to an OPML outline (a page source's link pattern), so that other
// readers ignore it and Clearance reads it back.
inline constexpr char kClearanceOpmlNamespace[] = "https://github.com/clearance-reader/clearance/opml";

} // namespace Clearance
