#pragma once

#include <QString>

namespace Clearance::Bench {

// window-bench's library: generated and imported in a child process (the same program run with
// --generate-into), so the peak memory the parent reads at the end is the window's alone.
class LibraryGenerator final
{
public:
    LibraryGenerator() = delete;

    // In the child process: N synthetic articles imported into a new library at `path`; the exit
    // status of the program (it dies on failure).
    static int generate(const QString &path, int n, quint64 seed);

    // In the parent: runs the child on `path` and waits for it, so the corpus never lives here.
    static void generateInChild(const QString &path, int n, quint64 seed);
};

} // namespace Clearance::Bench
