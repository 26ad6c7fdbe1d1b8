#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Clearance {

// The way out when a library cannot be opened (locked, corrupt, from a newer Clearance): says why and
// offers another file, a new library or quitting.
class LibraryChooser final
{
    Q_DECLARE_TR_FUNCTIONS(LibraryChooser)

public:
    // The library to try next, or an empty string when the reader chose to quit.
    static QString recover(QWidget *parent, const QString &path, const QString &error);
};

} // namespace Clearance
