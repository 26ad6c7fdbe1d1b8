#include "EntityMatcher.h"

#include "Logging.h"
#include "Tokenizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>

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

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c.unicode() == 0x2019 || c.unicode() == 0x02BC;
}

// "(ABC)": an acronym as a writer defines one after a name.
bool looksLikeAcronym(QStringView word)
{
    if (word.size() < 2 || word.size() > 12 || !word.front().isUpper())
        return false;
    int upper = 0;
    for (QChar c : word)
        upper += c.isUpper();
    return upper >= 2;
}

// One pattern of administrations.json, parsed: a sequence of parts, expanded per country.
struct PatternPart
{
    enum Type
    {
        Words,
        Choice,
        Country,
        Demonym,
        MarkStart,
        MarkEnd
    } type;
    QList<QStringList> choices; // Words: one choice; Choice: several (possibly empty)
};

QList<PatternPart> parsePattern(const QString &pattern)
{
    QList<PatternPart> parts;
    QString literal;
    auto flush = [&] {
        const QStringList words = Tokenizer::foldedWords(literal);
        if (!words.isEmpty())
            parts.append(PatternPart{PatternPart::Words, {words}});
        literal.clear();
    };
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('{')) {
            flush();
            const qsizetype close = pattern.indexOf(QLatin1Char('}'), i);
            if (close < 0)
                break;
            const QStringView name = QStringView(pattern).mid(i + 1, close - i - 1);
            parts.append(PatternPart{name == QLatin1String("demonym") ? PatternPart::Demonym : PatternPart::Country, {}});
            i = close;
        } else if (c == QLatin1Char('(')) {
            flush();
            const qsizetype close = pattern.indexOf(QLatin1Char(')'), i);
            if (close < 0)
                break;
            PatternPart part{PatternPart::Choice, {}};
            for (const QString &alternative : pattern.mid(i + 1, close - i - 1).split(QLatin1Char('|')))
                part.choices.append(Tokenizer::foldedWords(alternative));
            parts.append(part);
            i = close;
        } else if (c == QLatin1Char('<')) {
            flush();
            parts.append(PatternPart{PatternPart::MarkStart, {}});
        } else if (c == QLatin1Char('>')) {
            flush();
            parts.append(PatternPart{PatternPart::MarkEnd, {}});
        } else {
            literal.append(c);
        }
    }
    flush();
    return parts;
}

struct Expansion
{
    QStringList words;
    int markFrom = -1;
    int markTo = -1;
    int countryFrom = -1;
    int countryTo = -1;
};

// Every phrase a parsed pattern gives for one country name list.
void expand(const QList<PatternPart> &parts, qsizetype index, const QStringList &names, const QStringList &demonyms,
            Expansion current, QList<Expansion> &out)
{
    if (index == parts.size()) {
        if (!current.words.isEmpty() && current.countryFrom >= 0)
            out.append(current);
        return;
    }
    const PatternPart &part = parts.at(index);
    switch (part.type) {
    case PatternPart::Words:
    case PatternPart::Choice:
        for (const QStringList &choice : part.choices) {
            Expansion next = current;
            next.words += choice;
            expand(parts, index + 1, names, demonyms, next, out);
        }
        break;
    case PatternPart::Country:
    case PatternPart::Demonym:
        for (const QString &name : part.type == PatternPart::Country ? names : demonyms) {
            Expansion next = current;
            next.countryFrom = static_cast<int>(next.words.size());
            next.words += Tokenizer::foldedWords(name);
            next.countryTo = static_cast<int>(next.words.size());
            expand(parts, index + 1, names, demonyms, next, out);
        }
        break;
    case PatternPart::MarkStart:
        current.markFrom = static_cast<int>(current.words.size());
        expand(parts, index + 1, names, demonyms, current, out);
        break;
    case PatternPart::MarkEnd:
        current.markTo = static_cast<int>(current.words.size());
        expand(parts, index + 1, names, demonyms, current, out);
        break;
    }
}

} // namespace

EntityMatcher::EntityMatcher(Taxonomy taxonomy)
    : m_taxonomy(std::move(taxonomy))
{
    addCountries();
    addRegions();
    addOrganizations();
    addInitiatives();
    addAdministrationPatterns();
    qCDebug(lcTagging) << "matcher built:" << m_phraseCount << "phrases," << m_trie.nodeCount() << "nodes,"
                       << m_trie.wordCount() << "words";
}

void EntityMatcher::addEntry(const QString &phrase, Entry entry)
{
    const QStringList words = Tokenizer::foldedWords(phrase);
    if (words.isEmpty() || words.size() > 100)
        return;
    if (entry.rule == CaseRule::Exact)
        entry.exactWords = originalWords(phrase);
    if (entry.rule == CaseRule::Capitalized && entry.capTo == 0)
        entry.capTo = static_cast<qint8>(words.size());
    const int node = m_trie.addPhrase(words);
    if (static_cast<size_t>(node) >= m_entries.size())
        m_entries.resize(static_cast<size_t>(node) + 1);
    std::vector<Entry> &slot = m_entries[static_cast<size_t>(node)];
    const bool duplicate = std::any_of(slot.begin(), slot.end(), [&](const Entry &e) {
        return e.kind == entry.kind && e.id == entry.id && e.rule == entry.rule && e.exactWords == entry.exactWords
               && e.language == entry.language && e.condition == entry.condition && e.weak == entry.weak;
    });
    if (duplicate)
        return;
    slot.push_back(std::move(entry));
    ++m_phraseCount;
}

void EntityMatcher::addExactEntry(const QString &word, Entry entry)
{
    entry.rule = CaseRule::Exact;
    addEntry(word, entry);
    // "LLDCs", "NGOs": the plural of an acronym names the same thing.
    if (!word.isEmpty() && (word.back().isUpper() || word.back().isDigit()))
        addEntry(word + QLatin1Char('s'), entry);
}

int EntityMatcher::addCondition(const AmbiguousAcronym &acronym)
{
    Condition condition;
    condition.countries = acronym.countries;
    condition.isDefault = acronym.isDefault;
    for (const QString &phrase : acronym.context) {
        std::vector<int> ids;
        for (const QString &word : Tokenizer::foldedWords(phrase))
            ids.push_back(m_trie.addWord(word));
        if (!ids.empty())
            condition.context.push_back(std::move(ids));
    }
    m_conditions.push_back(std::move(condition));
    return static_cast<int>(m_conditions.size()) - 1;
}

void EntityMatcher::addCountries()
{
    for (const Country &c : m_taxonomy.countries()) {
        Entry e;
        e.kind = FacetKind::Country;
        e.id = c.code;
        e.country = c.code;
        e.isName = true;
        for (const QStringList &names : c.names) {
            for (const QString &name : names) {
                Entry named = e;
                named.rule = c.capitalizedOnly ? CaseRule::Capitalized : CaseRule::Any;
                addEntry(name, named);
            }
        }
        for (const QStringList &demonyms : c.demonyms) {
            for (const QString &demonym : demonyms)
                addEntry(demonym, e);
        }
        for (const QString &abbreviation : c.abbreviations)
            addExactEntry(abbreviation, e);
    }
}

void EntityMatcher::addRegions()
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

void EntityMatcher::addOrganizations()
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
            Entry acronymEntry = e;
            if (it.key() != QLatin1String("any"))
                acronymEntry.language = it.key();
            for (const QString &acronym : it.value())
                addExactEntry(acronym, acronymEntry);
        }
        for (const AmbiguousAcronym &acronym : org.ambiguousAcronyms) {
            Entry conditional = e;
            conditional.condition = addCondition(acronym);
            addExactEntry(acronym.text, conditional);
        }
    }
}

void EntityMatcher::addInitiatives()
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

void EntityMatcher::addAdministrationPatterns()
{
    QHash<QString, QString> resolved; // "CC\tkind" -> organization id
    for (const AdministrationPattern &pattern : m_taxonomy.administrationPatterns()) {
        const QList<PatternPart> parts = parsePattern(pattern.pattern);
        const QString kind = pattern.kind == kTax ? kTax : kCustoms;
        for (const Country &c : m_taxonomy.countries()) {
            const QStringList names = c.names.value(pattern.lang);
            const QStringList demonyms = c.demonyms.value(pattern.lang) + c.patternDemonyms.value(pattern.lang);
            if (names.isEmpty() && demonyms.isEmpty())
                continue;
            QList<Expansion> expansions;
            expand(parts, 0, names, demonyms, Expansion{}, expansions);
            if (expansions.isEmpty())
                continue;
            const QString key = c.code + QLatin1Char('\t') + kind;
            QString &orgId = resolved[key];
            if (orgId.isEmpty())
                orgId = m_taxonomy.nationalAdministration(c.code, kind);
            for (const Expansion &x : std::as_const(expansions)) {
                if (x.words.size() > 60)
                    continue;
                Entry e;
                e.kind = FacetKind::Organization;
                e.id = orgId;
                e.country = c.code;
                e.isName = true;
                e.markFrom = static_cast<qint8>(x.markFrom);
                e.markTo = static_cast<qint8>(x.markFrom >= 0 && x.markTo < 0 ? x.words.size() : x.markTo);
                e.countryFrom = static_cast<qint8>(x.countryFrom);
                e.countryTo = static_cast<qint8>(x.countryTo);
                if (c.capitalizedOnly) {
                    e.rule = CaseRule::Capitalized;
                    e.capFrom = e.countryFrom;
                    e.capTo = e.countryTo;
                }
                addEntry(x.words.join(QLatin1Char(' ')), e);
            }
        }
    }
}

bool EntityMatcher::accepts(const Entry &entry, const std::vector<Token> &tokens, qsizetype first,
                            const QString &text, const QString &language) const
{
    if (!entry.language.isEmpty() && entry.language != language)
        return false;
    switch (entry.rule) {
    case CaseRule::Any:
        return true;
    case CaseRule::Exact:
        for (qsizetype k = 0; k < entry.exactWords.size(); ++k) {
            const Token &t = tokens[static_cast<size_t>(first + k)];
            if (QStringView(text).mid(t.start, t.end - t.start) != entry.exactWords.at(k))
                return false;
        }
        return true;
    case CaseRule::Capitalized:
        for (qsizetype k = entry.capFrom; k < entry.capTo; ++k) {
            if (!text.at(tokens[static_cast<size_t>(first + k)].start).isUpper())
                return false;
        }
        return true;
    }
    return false;
}

EntityMatcher::Matches EntityMatcher::match(const QString &text, const QString &language) const
{
    Matches result;
    const std::vector<Token> tokens = Tokenizer::tokenize(text);
    result.language = language.isEmpty() ? Tokenizer::guessLanguage(tokens, text) : language;
    const qsizetype n = static_cast<qsizetype>(tokens.size());
    std::vector<int> ids(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i)
        ids[i] = m_trie.wordId(tokens[i].folded);

    // 1. Leftmost-longest scan: at each word, the longest phrase with an entry that accepts the text.
    struct Found
    {
        qsizetype from, to;
        std::vector<const Entry *> entries;
    };
    std::vector<Found> found;
    std::vector<const Entry *> candidates;
    for (qsizetype i = 0; i < n;) {
        int node = PhraseTrie::kRoot;
        qsizetype bestEnd = -1;
        std::vector<const Entry *> best;
        for (qsizetype j = i; j < n; ++j) {
            node = m_trie.child(node, ids[static_cast<size_t>(j)]);
            if (node == PhraseTrie::kNone)
                break;
            if (static_cast<size_t>(node) >= m_entries.size() || m_entries[static_cast<size_t>(node)].empty())
                continue;
            candidates.clear();
            for (const Entry &e : m_entries[static_cast<size_t>(node)]) {
                if (accepts(e, tokens, i, text, result.language))
                    candidates.push_back(&e);
            }
            if (!candidates.empty()) {
                bestEnd = j + 1;
                best = candidates;
            }
        }
        if (bestEnd < 0) {
            ++i;
            continue;
        }
        found.push_back(Found{i, bestEnd, std::move(best)});
        i = bestEnd;
    }

    // 2. The countries the text names: what ambiguous acronyms are resolved against.
    QSet<QString> countries;
    for (const Found &f : found) {
        for (const Entry *e : f.entries) {
            if (e->condition < 0 && !e->country.isEmpty())
                countries.insert(e->country);
        }
    }
    auto containsPhrase = [&](const std::vector<int> &phrase) {
        for (qsizetype i = 0; i + static_cast<qsizetype>(phrase.size()) <= n; ++i) {
            bool all = true;
            for (size_t k = 0; k < phrase.size() && all; ++k)
                all = ids[static_cast<size_t>(i) + k] == phrase[k];
            if (all)
                return true;
        }
        return false;
    };
    auto holds = [&](const Condition &c) {
        for (const QString &code : c.countries) {
            if (countries.contains(code))
                return true;
        }
        return std::any_of(c.context.begin(), c.context.end(), containsPhrase);
    };

    // 3. Each match keeps its unconditional entries, or the first conditional one whose context
    //    holds, or the default one.
    for (Found &f : found) {
        std::vector<const Entry *> kept;
        std::vector<const Entry *> conditional;
        for (const Entry *e : f.entries)
            (e->condition < 0 ? kept : conditional).push_back(e);
        if (kept.empty() && !conditional.empty()) {
            const Entry *chosen = nullptr;
            for (const Entry *e : conditional) {
                if (holds(m_conditions[static_cast<size_t>(e->condition)])) {
                    chosen = e;
                    break;
                }
            }
            if (!chosen) {
                for (const Entry *e : conditional) {
                    if (m_conditions[static_cast<size_t>(e->condition)].isDefault) {
                        chosen = e;
                        break;
                    }
                }
            }
            if (chosen)
                kept.push_back(chosen);
        }
        f.entries = std::move(kept);
    }

    // 4. "Name (ACRONYM)": the acronym is the same organization, here and later in the text.
    QHash<QString, const Entry *> localAcronyms;
    std::deque<Entry> definedEntries; // the acronym as a plain mention of the named body
    std::vector<bool> covered(tokens.size(), false);
    for (const Found &f : found) {
        if (!f.entries.empty())
            std::fill(covered.begin() + f.from, covered.begin() + f.to, true);
    }
    std::vector<Found> defined;
    for (size_t k = 0; k < found.size(); ++k) {
        const Found &f = found[k];
        const auto org = std::find_if(f.entries.begin(), f.entries.end(), [](const Entry *e) {
            return e->kind == FacetKind::Organization && e->isName;
        });
        if (org == f.entries.end() || f.to >= n)
            continue;
        const Token &next = tokens[static_cast<size_t>(f.to)];
        const QStringView between = QStringView(text).mid(tokens[static_cast<size_t>(f.to - 1)].end,
                                                          next.start - tokens[static_cast<size_t>(f.to - 1)].end);
        const QStringView word = QStringView(text).mid(next.start, next.end - next.start);
        const bool closed = next.end < text.size() && text.at(next.end) == QLatin1Char(')');
        if (between.trimmed() != QLatin1String("(") || !closed || !looksLikeAcronym(word))
            continue;
        Entry acronym = **org;
        acronym.rule = CaseRule::Exact;
        acronym.markFrom = acronym.markTo = acronym.countryFrom = acronym.countryTo = -1;
        acronym.isName = false;
        const Entry *entry = &definedEntries.emplace_back(std::move(acronym));
        localAcronyms.insert(word.toString(), entry);
        if (k + 1 < found.size() && found[k + 1].from == f.to) {
            found[k + 1].entries = {entry}; // "(SAT)" after Guatemala's Tax Administration is that body
        } else if (!covered[static_cast<size_t>(f.to)]) {
            defined.push_back(Found{f.to, f.to + 1, {entry}});
            covered[static_cast<size_t>(f.to)] = true;
        }
    }
    if (!localAcronyms.isEmpty()) {
        for (qsizetype i = 0; i < n; ++i) {
            if (covered[static_cast<size_t>(i)])
                continue;
            const Token &t = tokens[static_cast<size_t>(i)];
            if (const auto it = localAcronyms.constFind(text.mid(t.start, t.end - t.start));
                it != localAcronyms.constEnd())
                defined.push_back(Found{i, i + 1, {*it}});
        }
    }
    found.insert(found.end(), defined.begin(), defined.end());

    // 5. Initiatives: a strong signal, or two weak ones.
    QHash<QString, int> strength;
    for (const Found &f : found) {
        for (const Entry *e : f.entries) {
            if (e->kind == FacetKind::Initiative)
                strength[e->id] += e->weak ? 1 : 2;
        }
    }

    // 6. Mentions, with a possessive ("Guatemala's Tax Administration") split into the country
    //    and the body, and a pattern's country named inside it ("Jordan Customs").
    auto tokenSpan = [&](qsizetype from, qsizetype to) {
        const qsizetype start = tokens[static_cast<size_t>(from)].start;
        return std::pair{start, tokens[static_cast<size_t>(to - 1)].end - start};
    };
    QSet<QString> emitted;
    auto emit = [&](FacetKind kind, const QString &id, qsizetype from, qsizetype to) {
        if (from >= to)
            return;
        const auto [start, length] = tokenSpan(from, to);
        const QString key = facetKindName(kind) + id + QString::number(start) + QLatin1Char(':') + QString::number(length);
        if (emitted.contains(key))
            return;
        emitted.insert(key);
        result.mentions.append(Mention{kind, id, start, length});
    };
    for (const Found &f : found) {
        for (const Entry *e : f.entries) {
            if (e->kind == FacetKind::Initiative && strength.value(e->id) < 2)
                continue;
            qsizetype from = f.from;
            qsizetype to = f.to;
            if (e->markFrom >= 0) {
                from = f.from + e->markFrom;
                to = f.from + e->markTo;
            } else if (e->kind == FacetKind::Organization) {
                for (qsizetype k = f.from + 1; k + 1 < f.to; ++k) {
                    const Token &t = tokens[static_cast<size_t>(k)];
                    if (t.folded == QLatin1String("s") && t.start > 0 && isApostrophe(text.at(t.start - 1))) {
                        if (!e->country.isEmpty())
                            emit(FacetKind::Country, e->country, f.from, k);
                        from = k + 1;
                        break;
                    }
                }
            }
            emit(e->kind, e->id, from, to);
            if (e->kind == FacetKind::Organization && e->countryFrom >= 0)
                emit(FacetKind::Country, e->country, f.from + e->countryFrom, f.from + e->countryTo);
        }
    }
    std::sort(result.mentions.begin(), result.mentions.end(), [](const Mention &a, const Mention &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.length != b.length)
            return a.length > b.length;
        return a.kind < b.kind;
    });
    return result;
}

} // namespace Clearance
