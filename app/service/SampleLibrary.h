#pragma once

#include "Importer.h"

namespace Clearance {

// The library a new user opens: the default file, filled on first use with the bundled sample articles.
class SampleLibrary final
{
public:
    // <AppData>/library.sqlite
    static QString defaultPath();
    // The bundled sample articles (resources/sample/).
    static QStringList files();
    static Result<ImportReport> populate(Importer &importer);
};

} // namespace Clearance
