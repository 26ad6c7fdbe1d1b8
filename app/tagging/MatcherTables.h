#pragma once

#include "PhraseTrie.h"
#include "domain/FacetKind.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace Clearance {

// What EntityMatcher matches with: the phrase trie of every name, acronym and keyword with what each
// phrase names, the pattern trie of the national administrations, and per-word flags. Built once
// from a taxonomy by MatcherTablesBuilder; read-only afterwards.
struct MatcherTables
{
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
        // The phrase's words as written when they carry Arabic vowel marks ("عُمان", Oman): marks the
        // text writes must agree with them (ArabicMarks::agree), so "عمّان" (Amman) is not Oman.
        QStringList markedWords;
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
        int condition = -1;  // index into conditions: an ambiguous acronym
    };

    struct PatternEntry
    {
        QString kind; // national_customs_administration or tax_administration
        int elements = 0;
        int markFrom = -1;
        int markTo = -1;
        int slotIndex = -1;
    };

    PhraseTrie trie;
    std::vector<std::vector<Entry>> entries; // by node of the phrase trie
    std::vector<Condition> conditions;
    int patternRoot = PhraseTrie::kNone;
    int countrySlot = PhraseTrie::kNone; // the word ids standing for {country} and {demonym}
    int demonymSlot = PhraseTrie::kNone;
    std::vector<std::vector<PatternEntry>> patterns; // by node of the pattern trie
    // By word id: the languages (bit k: Tokenizer::functionWords()[k]) a word is a function word of,
    // and whether an administration pattern may start at the word (walking the pattern trie from
    // every other word finds nothing).
    enum WordFlag : quint8
    {
        FunctionWordMask = 0x07,
        PatternStart = 0x08,
    };
    std::vector<quint8> wordFlags;
    int possessiveS = PhraseTrie::kNone;     // the word id of the "s" of "WCO's"
    QHash<QString, QString> administrations; // "CC\tkind" -> organization id
    int phraseCount = 0;
};

} // namespace Clearance
