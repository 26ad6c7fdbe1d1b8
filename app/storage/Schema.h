#pragma once

#include <QStringList>

namespace Clearance::Schema {

// The statements that bring a library from version `from - 1` to version `from`. Index 0 creates
// version 1. Append new versions; never edit a released one.
const QList<QStringList> &migrations();

} // namespace Clearance::Schema
