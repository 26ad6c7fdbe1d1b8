#pragma once

#include "PhraseTrie.h"
#include "Taxonomy.h"
#include "domain/Mention.h"

#include <QHash>
#include <QList>

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
    int phraseCount() const { return m_phraseCount; }

private:
    enum class CaseRule : quint8
    {
        Any,         // case- and accent-insensitive
        Exact,       // every word as written (acronyms, abbreviations)
        Capitalized, // words [capFrom, capTo) start with a capital (country names that are common words)
    };
    enum class Slot : quint8
    {
        None,
        CountryName, // may fill a pattern's {country}
        Demonym,     // may fill a pattern's {demonym}
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
        Slot slot = Slot::None;
        bool patternOnly = false; // a language-name demonym: only inside a pattern ("French Customs")
        bool silent = false;      // consumes its words and names nothing ("Gulf of Guinea")
        QStringList exactWords;
        qint8 capFrom = 0;
        qint8 capTo = 0;
        qint8 markFrom = -1; // words of the match highlighted as the mention; -1: all
        qint8 markTo = -1;
        qint8 countryFrom = -1; // where a pattern's country sits in the match
        qint8 countryTo = -1;
        QString country;  // the country the match names (national bodies, patterns)
        QString language; // empty: any language
        bool weak = false;
        bool isName = false; // a full name (may be followed by "(ACRONYM)")
        int condition = -1;  // index into m_conditions: an ambiguous acronym
    };

    struct PatternEntry
    {
        QString kind; // national_customs_administration or tax_administration
        int elements = 0;
        int markFrom = -1;
        int markTo = -1;
        int slotIndex = -1;
    };

    struct Found
    {
        qsizetype from = 0; // token range
        qsizetype to = 0;
        std::vector<const Entry *> entries;
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
    };

    void addEntry(const QString &phrase, Entry entry);
    void addExactEntry(const QString &word, Entry entry);
    void addCountries();
    void addRegions();
    void addOrganizations();
    void addInitiatives();
    void addAdministrationPatterns();
    void addWordFlags();
    int addCondition(const AmbiguousAcronym &acronym);

    bool accepts(const Entry &entry, const Scan &scan, qsizetype first) const;
    std::vector<Found> findLongest(Scan &scan) const;
    Found longestPattern(Scan &scan, qsizetype from) const;
    // The longest country name (or demonym) starting at `from`: its end and country, or end -1.
    std::pair<qsizetype, QString> countryAt(const Scan &scan, qsizetype from, Slot slot) const;
    void resolveAmbiguous(const Scan &scan, std::vector<Found> &found) const;
    void applyDefinedAcronyms(Scan &scan, std::vector<Found> &found) const;
    QList<Mention> mentionsOf(const Scan &scan, const std::vector<Found> &found) const;

    Taxonomy m_taxonomy;
    PhraseTrie m_trie;
    std::vector<std::vector<Entry>> m_entries; // by node of the phrase trie
    std::vector<Condition> m_conditions;
    int m_patternRoot = PhraseTrie::kNone;
    int m_countrySlot = PhraseTrie::kNone; // the word ids standing for {country} and {demonym}
    int m_demonymSlot = PhraseTrie::kNone;
    std::vector<std::vector<PatternEntry>> m_patterns; // by node of the pattern trie
    // By word id: the languages (bit k: Tokenizer::functionWords()[k]) a word is a function word of,
    // and whether an administration pattern may start at the word (walking the pattern trie from
    // every other word finds nothing).
    enum WordFlag : quint8
    {
        FunctionWordMask = 0x07,
        PatternStart = 0x08,
    };
    std::vector<quint8> m_wordFlags;
    int m_possessiveS = PhraseTrie::kNone;     // the word id of the "s" of "WCO's"
    QHash<QString, QString> m_administrations; // "CC\tkind" -> organization id
    int m_phraseCount = 0;
};

} // namespace Clearance
