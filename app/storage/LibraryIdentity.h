#pragma once

struct sqlite3;

namespace Clearance {

// What an SQLite file is, read before anything is written to it: Clearance stamps its libraries with
// an application id; a library of a release before the stamp is recognised by its exact set of
// tables at its user_version. Anything else belongs to another program.
class LibraryIdentity final
{
public:
    // PRAGMA application_id of every library: "CLRN".
    static constexpr int kApplicationId = 0x434C524E;

    enum class Kind
    {
        Empty,     // no table, no version, no stamp: a new file
        Clearance, // a library, of `version`
        Foreign,
    };
    struct Verdict
    {
        Kind kind = Kind::Foreign;
        int version = 0;
        bool stamped = false; // carries kApplicationId already
        int sqliteError = 0;  // nonzero: the file could not be read (not a database, locked...)
    };

    static Verdict inspect(sqlite3 *db);
};

} // namespace Clearance
