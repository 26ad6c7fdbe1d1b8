#pragma once

#include "MatcherTables.h"
#include "Taxonomy.h"
#include "domain/Mention.h"

#include <QHash>
#include <QList>
#include <QVarLengthArray>

#include <forward_list>
#include <vector>

namespace Clearance {

// Finds the taxonomy's organizations, countries, regions and initiatives in a text: whole words,
// longest match first, acronyms in exact case, names ignoring case and accents, ambiguous acronyms
// only in context, "Name (ACRONYM)" and possessives handled, national administrations recognised by
// pattern over every country's names and demonyms. Built once from a taxonomy (one trie of every
// phrase, a second of the patterns, whose {country} slots match through the first); matching is
// linear in the text. Thread-safe for matching once constructed.
class EntityMatcher final
{
public:
    explicit EntityMatcher(Taxonomy taxonomy);
    Q_DISABLE_COPY_MOVE(EntityMatcher)

    struct Matches
    {
        QList<Mention> mentions; // sorted by start
        QString language;        // given, or guessed from the text
    };

    // `language` ("en", "fr", ...) decides which language-only acronyms apply; empty: guessed.
    Matches match(const QString &text, const QString &language = {}) const;

    const Taxonomy &taxonomy() const { return m_taxonomy; }
    int phraseCount() const { return m_tables.phraseCount; }

private:
    using CaseRule = MatcherTables::CaseRule;
    using Slot = MatcherTables::Slot;
    using Condition = MatcherTables::Condition;
    using Entry = MatcherTables::Entry;
    using PatternEntry = MatcherTables::PatternEntry;

    // What a match names: nearly always one or two entries, kept inline rather than allocated.
    using Entries = QVarLengthArray<const Entry *, 4>;
    struct Found
    {
        qsizetype from = 0; // token range
        qsizetype to = 0;
        Entries entries;
    };

    // Where one word of the text lies (UTF-16 indices).
    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0;
    };

    // What one call of match() works on.
    struct Scan
    {
        const QString &text;
        std::vector<Span> tokens;
        std::vector<int> ids; // word ids in the trie, kNone for words no phrase contains
        QString language;
        std::forward_list<Entry> owned; // entries made for this text (patterns, defined acronyms)
        // longestPattern()'s word boundaries, kept from call to call: most calls find nothing, and
        // an allocation each would cost more than the walk.
        std::vector<qsizetype> boundaries;
    };

    bool accepts(const Entry &entry, const Scan &scan, qsizetype first) const;
    std::vector<Found> findLongest(Scan &scan) const;
    Found longestPattern(Scan &scan, qsizetype from) const;
    // A country name or demonym in the text: where it ends and its country, or end -1.
    struct CountryAt
    {
        qsizetype end = -1;
        const QString *code = nullptr;
    };
    struct CountriesAt
    {
        CountryAt name; // may fill {country}
        CountryAt demonym;
    };
    // The longest country name and the longest demonym starting at `from`, in one walk: patterns
    // and bodies' names ask for both at the same place.
    CountriesAt countriesAt(const Scan &scan, qsizetype from) const;
    void resolveAmbiguous(const Scan &scan, std::vector<Found> &found) const;
    void applyDefinedAcronyms(Scan &scan, std::vector<Found> &found) const;
    QList<Mention> mentionsOf(const Scan &scan, const std::vector<Found> &found) const;

    Taxonomy m_taxonomy;
    MatcherTables m_tables;
};

} // namespace Clearance
