#include "MatcherTablesBuilder.h"

#include "ArabicMarks.h"
#include "PatternParser.h"
#include "Tokenizer.h"
#include "domain/Logging.h"

#include <algorithm>
#include <array>

namespace Clearance {

namespace {

const QString kCustoms = QStringLiteral("national_customs_administration");
const QString kTax = QStringLiteral("tax_administration");

// The original spelling of each word of a phrase, for exact-case comparison.
QStringList originalWords(const QString &phrase)
{
    QStringList words;
    for (const Token &t : Tokenizer::tokenize(phrase))
        words.append(phrase.mid(t.start, t.end - t.start));
    return words;
}

} // namespace

QString MatcherTablesBuilder::administrationKey(const QString &country, const QString &kind)
{
    return country + QLatin1Char('\t') + kind;
}

MatcherTables MatcherTablesBuilder::build(const Taxonomy &taxonomy)
{
    MatcherTables tables;
    MatcherTablesBuilder builder(taxonomy, tables);
    builder.addCountries();
    builder.addRegions();
    builder.addOrganizations();
    builder.addInitiatives();
    builder.addAdministrationPatterns();
    builder.addWordFlags();
    qCDebug(lcTagging) << "matcher built:" << tables.phraseCount << "phrases," << tables.trie.nodeCount()
                       << "nodes," << tables.trie.wordCount() << "words";
    return tables;
}

MatcherTablesBuilder::MatcherTablesBuilder(const Taxonomy &taxonomy, MatcherTables &tables)
    : m_taxonomy(taxonomy)
    , m_t(tables)
{}

void MatcherTablesBuilder::addEntry(const QString &phrase, Entry entry)
{
    const QStringList words = Tokenizer::foldedWords(phrase);
    if (words.isEmpty() || words.size() > 100)
        return;
    if (entry.rule == CaseRule::Exact)
        entry.exactWords = originalWords(phrase);
    if (ArabicMarks::present(phrase))
        entry.markedWords = originalWords(phrase);
    if (entry.rule == CaseRule::Capitalized && entry.capTo == 0)
        entry.capTo = static_cast<qint8>(words.size());
    const int node = m_t.trie.addPhrase(words);
    if (static_cast<size_t>(node) >= m_t.entries.size())
        m_t.entries.resize(static_cast<size_t>(node) + 1);
    std::vector<Entry> &slot = m_t.entries[static_cast<size_t>(node)];
    const bool duplicate = std::any_of(slot.begin(), slot.end(), [&](const Entry &e) {
        return e.kind == entry.kind && e.id == entry.id && e.rule == entry.rule &&
               e.exactWords == entry.exactWords && e.markedWords == entry.markedWords &&
               e.slot == entry.slot && e.patternOnly == entry.patternOnly && e.silent == entry.silent &&
               e.language == entry.language && e.condition == entry.condition && e.weak == entry.weak;
    });
    if (duplicate)
        return;
    slot.push_back(std::move(entry));
    ++m_t.phraseCount;
}

void MatcherTablesBuilder::addExactEntry(const QString &word, Entry entry)
{
    entry.rule = CaseRule::Exact;
    addEntry(word, entry);
    // "LLDCs", "NGOs": the plural of an acronym names the same thing.
    if (!word.isEmpty() && (word.back().isUpper() || word.back().isDigit()))
        addEntry(word + QLatin1Char('s'), entry);
}

int MatcherTablesBuilder::addCondition(const AmbiguousAcronym &acronym)
{
    Condition condition;
    condition.countries = acronym.countries;
    condition.isDefault = acronym.isDefault;
    for (const QString &phrase : acronym.context) {
        std::vector<int> ids;
        for (const QString &word : Tokenizer::foldedWords(phrase))
            ids.push_back(m_t.trie.addWord(word));
        if (!ids.empty())
            condition.context.push_back(std::move(ids));
    }
    m_t.conditions.push_back(std::move(condition));
    return static_cast<int>(m_t.conditions.size()) - 1;
}

void MatcherTablesBuilder::addCountries()
{
    for (const Country &c : m_taxonomy.countries()) {
        Entry e;
        e.kind = FacetKind::Country;
        e.id = c.code;
        e.country = c.code;
        Entry name = e;
        name.isName = true;
        name.slot = Slot::CountryName;
        name.rule = c.capitalizedOnly ? CaseRule::Capitalized : CaseRule::Any;
        for (const QStringList &names : c.names) {
            for (const QString &text : names)
                addEntry(text, name);
        }
        Entry demonym = e;
        demonym.slot = Slot::Demonym;
        for (const QStringList &demonyms : c.demonyms) {
            for (const QString &text : demonyms)
                addEntry(text, demonym);
        }
        demonym.patternOnly = true;
        for (const QStringList &demonyms : c.patternDemonyms) {
            for (const QString &text : demonyms)
                addEntry(text, demonym);
        }
        for (const QString &abbreviation : c.abbreviations)
            addExactEntry(abbreviation, e);
        Entry silent = e;
        silent.silent = true;
        for (const QString &phrase : c.excludePhrases)
            addEntry(phrase, silent);
    }
}

void MatcherTablesBuilder::addRegions()
{
    for (const Region &r : m_taxonomy.regions()) {
        Entry e;
        e.kind = FacetKind::Region;
        e.id = r.id;
        for (const QStringList &phrases : r.phrases) {
            for (const QString &phrase : phrases)
                addEntry(phrase, e);
        }
        for (const QString &acronym : r.acronyms)
            addExactEntry(acronym, e);
        for (const AmbiguousAcronym &acronym : r.ambiguousAcronyms) {
            Entry conditional = e;
            conditional.condition = addCondition(acronym);
            addExactEntry(acronym.text, conditional);
        }
    }
}

void MatcherTablesBuilder::addOrganizations()
{
    for (const Organization &org : m_taxonomy.organizations()) {
        Entry e;
        e.kind = FacetKind::Organization;
        e.id = org.id;
        e.country = org.country;
        Entry named = e;
        named.isName = true;
        for (const QString &name : org.names)
            addEntry(name, named);
        for (const QStringList &aliases : org.aliases) {
            for (const QString &alias : aliases)
                addEntry(alias, named);
        }
        for (auto it = org.acronyms.cbegin(); it != org.acronyms.cend(); ++it) {
            Entry acronym = e;
            if (it.key() != QLatin1String("any"))
                acronym.language = it.key();
            for (const QString &text : it.value())
                addExactEntry(text, acronym);
        }
        for (const AmbiguousAcronym &acronym : org.ambiguousAcronyms) {
            Entry conditional = e;
            conditional.condition = addCondition(acronym);
            addExactEntry(acronym.text, conditional);
        }
    }
}

void MatcherTablesBuilder::addInitiatives()
{
    for (const Initiative &i : m_taxonomy.initiatives()) {
        Entry e;
        e.kind = FacetKind::Initiative;
        e.id = i.id;
        Entry weak = e;
        weak.weak = true;
        for (const QStringList &keywords : i.keywords) {
            for (const QString &keyword : keywords)
                addEntry(keyword, e);
        }
        for (const QStringList &keywords : i.weakKeywords) {
            for (const QString &keyword : keywords)
                addEntry(keyword, weak);
        }
        for (const QString &acronym : i.acronyms)
            addExactEntry(acronym, e);
        for (const QString &acronym : i.weakAcronyms)
            addExactEntry(acronym, weak);
    }
}

void MatcherTablesBuilder::addAdministrationPatterns()
{
    if (m_taxonomy.administrationPatterns().isEmpty())
        return;
    // The patterns form a second trie over the same words; {country} and {demonym} are words no
    // text can contain, matched through the country names of the first trie.
    m_t.patternRoot = m_t.trie.addRoot();
    m_t.countrySlot = m_t.trie.addWord(QStringLiteral("\u0001country"));
    m_t.demonymSlot = m_t.trie.addWord(QStringLiteral("\u0001demonym"));
    for (const AdministrationPattern &pattern : m_taxonomy.administrationPatterns()) {
        const QString kind = pattern.kind == kTax ? kTax : kCustoms;
        for (const PatternPath &path : PatternParser::paths(pattern.pattern)) {
            QStringList words;
            for (const PatternPath::Element &element : path.elements) {
                switch (element.slot) {
                case PatternPath::Slot::None:
                    words.append(element.word);
                    break;
                case PatternPath::Slot::Country:
                    words.append(QStringLiteral("\u0001country"));
                    break;
                case PatternPath::Slot::Demonym:
                    words.append(QStringLiteral("\u0001demonym"));
                    break;
                }
            }
            const int node = m_t.trie.addPhrase(words, m_t.patternRoot);
            if (static_cast<size_t>(node) >= m_t.patterns.size())
                m_t.patterns.resize(static_cast<size_t>(node) + 1);
            m_t.patterns[static_cast<size_t>(node)].push_back(PatternEntry{
                kind, static_cast<int>(path.elements.size()), path.markFrom, path.markTo, path.slotIndex});
            ++m_t.phraseCount;
        }
    }
    for (const Country &c : m_taxonomy.countries()) {
        for (const QString &kind : {kCustoms, kTax})
            m_t.administrations.insert(administrationKey(c.code, kind),
                                       m_taxonomy.nationalAdministration(c.code, kind));
    }
}

void MatcherTablesBuilder::addWordFlags()
{
    // The function words and "s" join the trie's words, so that a text's words are looked up once;
    // a word no phrase contains has no edge, so this changes no match.
    std::array<std::vector<int>, 3> functionWords;
    for (size_t k = 0; k < functionWords.size(); ++k) {
        for (const QString &word : Tokenizer::functionWords()[k])
            functionWords[k].push_back(m_t.trie.addWord(Tokenizer::fold(word)));
    }
    m_t.possessiveS = m_t.trie.addWord(QStringLiteral("s"));

    m_t.wordFlags.assign(static_cast<size_t>(m_t.trie.wordCount()), 0);
    for (size_t k = 0; k < functionWords.size(); ++k) {
        for (int id : functionWords[k])
            m_t.wordFlags[static_cast<size_t>(id)] |= static_cast<quint8>(1u << k);
    }
    if (m_t.patternRoot != PhraseTrie::kNone) {
        // A pattern starts with a word of its own, or with a slot that a country name (or demonym)
        // fills: only the first words of those can begin a match.
        for (int word = 0; word < m_t.trie.wordCount(); ++word) {
            if (m_t.trie.child(m_t.patternRoot, word) != PhraseTrie::kNone)
                m_t.wordFlags[static_cast<size_t>(word)] |= MatcherTables::PatternStart;
        }
        const bool slotFirst = m_t.trie.child(m_t.patternRoot, m_t.countrySlot) != PhraseTrie::kNone ||
                               m_t.trie.child(m_t.patternRoot, m_t.demonymSlot) != PhraseTrie::kNone;
        auto flagFirstWord = [&](const QString &text) {
            const QStringList words = Tokenizer::foldedWords(text);
            if (const int id = words.isEmpty() ? PhraseTrie::kNone : m_t.trie.wordId(words.first()); id >= 0)
                m_t.wordFlags[static_cast<size_t>(id)] |= MatcherTables::PatternStart;
        };
        for (const Country &c : m_taxonomy.countries()) {
            if (!slotFirst)
                break;
            for (const auto *group : {&c.names, &c.demonyms, &c.patternDemonyms}) {
                for (const QStringList &texts : *group) {
                    for (const QString &text : texts)
                        flagFirstWord(text);
                }
            }
        }
    }
    // Every node has its (possibly empty) lists, so matching indexes them without a check.
    m_t.entries.resize(static_cast<size_t>(m_t.trie.nodeCount()));
    m_t.patterns.resize(static_cast<size_t>(m_t.trie.nodeCount()));
}

} // namespace Clearance
