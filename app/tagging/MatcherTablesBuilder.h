#pragma once

#include "MatcherTables.h"
#include "Taxonomy.h"

namespace Clearance {

// Turns a taxonomy into the tables EntityMatcher matches with: every name, alias, acronym, keyword
// and phrase into the phrase trie, each with what it names and its case rule; the administration
// patterns into the pattern trie; the flags that let matching skip words quickly.
class MatcherTablesBuilder final
{
public:
    static MatcherTables build(const Taxonomy &taxonomy);
    // The key of MatcherTables::administrations.
    static QString administrationKey(const QString &country, const QString &kind);

private:
    using CaseRule = MatcherTables::CaseRule;
    using Slot = MatcherTables::Slot;
    using Condition = MatcherTables::Condition;
    using Entry = MatcherTables::Entry;
    using PatternEntry = MatcherTables::PatternEntry;

    MatcherTablesBuilder(const Taxonomy &taxonomy, MatcherTables &tables);

    void addEntry(const QString &phrase, Entry entry);
    void addExactEntry(const QString &word, Entry entry);
    void addCountries();
    void addRegions();
    void addOrganizations();
    void addInitiatives();
    void addAdministrationPatterns();
    void addWordFlags();
    int addCondition(const AmbiguousAcronym &acronym);

    const Taxonomy &m_taxonomy;
    MatcherTables &m_t;
};

} // namespace Clearance
