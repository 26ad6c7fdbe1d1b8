#pragma once

#include <QString>

namespace Clearance {

// An item of an import that the library refused (a constraint of its schema, such as a trigger added
// to it): left out, with what a reader needs to find it in the file, while the rest was stored.
struct RefusedItem
{
    qint64 position = 0; // among the items of the file (1 for the first); 0 when unknown
    QString title;
    QString reason; // the database's own words
};

} // namespace Clearance
