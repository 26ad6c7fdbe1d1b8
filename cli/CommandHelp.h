#pragma once

#include <QString>

#include <optional>

namespace Clearance {

// The usage of the whole program and of each command ("clearance-cli COMMAND --help").
class CommandHelp final
{
public:
    static QString program();
    // nullopt for a command that does not exist.
    static std::optional<QString> of(const QString &command);
};

} // namespace Clearance
