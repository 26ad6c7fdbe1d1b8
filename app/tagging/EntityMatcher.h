#pragma once

#include "PhraseTrie.h"
#include "Taxonomy.h"
#include "domain/Mention.h"

#include <QList>

#include <vector>

namespace Clearance {

struct Token;

// Finds the taxonomy's organizations, countries, regions and initiatives in a text: whole words,
// longest match first, acronyms in exact case, names ignoring case and accents, ambiguous acronyms
// only in context, "Name (ACRONYM)" and possessives handled, national administrations recognised by
// pattern. Built once from a taxonomy (a trie of every phrase); matching is linear in the text.
// Thread-safe for matching once constructed.
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
    int phraseCount() const { return m_phraseCount; }

private:
    enum class CaseRule : quint8
    {
        Any,         // case- and accent-insensitive
        Exact,       // every word as written (acronyms, abbreviations)
        Capitalized, // words [capFrom, capTo) start with a capital (country names that are common words)
    };

    struct Condition
    {
        QStringList countries;
        std::vector<std::vector<int>> context; // phrases as word ids
        bool isDefault = false;
    };

    struct Entry
    {
        FacetKind kind = FacetKind::Organization;
        QString id;
        CaseRule rule = CaseRule::Any;
        QStringList exactWords;
        qint8 capFrom = 0;
        qint8 capTo = 0;
        qint8 markFrom = -1; // words highlighted as the mention; -1: the whole match
        qint8 markTo = -1;
        qint8 countryFrom = -1; // where a pattern's {country}/{demonym} sits
        qint8 countryTo = -1;
        QString country;  // the country the match names (patterns, national bodies)
        QString language; // empty: any language
        bool weak = false;
        bool isName = false;   // a full name or alias (may be followed by "(ACRONYM)")
        int condition = -1;    // index into m_conditions: an ambiguous acronym
    };

    void addEntry(const QString &phrase, Entry entry);
    void addExactEntry(const QString &word, Entry entry);
    void addCountries();
    void addRegions();
    void addOrganizations();
    void addInitiatives();
    void addAdministrationPatterns();
    int addCondition(const AmbiguousAcronym &acronym);
    bool accepts(const Entry &entry, const std::vector<Token> &tokens, qsizetype first, const QString &text,
                 const QString &language) const;

    Taxonomy m_taxonomy;
    PhraseTrie m_trie;
    std::vector<std::vector<Entry>> m_entries; // by trie node
    std::vector<Condition> m_conditions;
    int m_phraseCount = 0;
};

} // namespace Clearance
