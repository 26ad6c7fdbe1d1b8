#include "EntityMatcher.h"

#include "ArabicMarks.h"
#include "MatcherTablesBuilder.h"
#include "Tokenizer.h"
#include "domain/Logging.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <unordered_set>

namespace Clearance {

namespace {

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

// Mentions are equal when kind, id and span are: what a mention is emitted once by.
struct MentionHash
{
    size_t operator()(const Mention &m) const
    {
        return qHashMulti(0, static_cast<int>(m.kind), m.start, m.length, m.id);
    }
};

} // namespace

EntityMatcher::EntityMatcher(Taxonomy taxonomy)
    : m_taxonomy(std::move(taxonomy))
    , m_tables(MatcherTablesBuilder::build(m_taxonomy))
{}

// --- Matching -------------------------------------------------------------------------------

bool EntityMatcher::accepts(const Entry &entry, const Scan &scan, qsizetype first) const
{
    if (!entry.language.isEmpty() && entry.language != scan.language)
        return false;
    for (qsizetype k = 0; k < entry.markedWords.size(); ++k) {
        const Span &t = scan.tokens[static_cast<size_t>(first + k)];
        if (!ArabicMarks::agree(QStringView(scan.text).mid(t.start, t.end - t.start),
                                entry.markedWords.at(k)))
            return false;
    }
    switch (entry.rule) {
    case CaseRule::Any:
        return true;
    case CaseRule::Exact:
        for (qsizetype k = 0; k < entry.exactWords.size(); ++k) {
            const Span &t = scan.tokens[static_cast<size_t>(first + k)];
            if (QStringView(scan.text).mid(t.start, t.end - t.start) != entry.exactWords.at(k))
                return false;
        }
        return true;
    case CaseRule::Capitalized:
        // Lower case is what betrays the common word; scripts without case (Arabic) pass.
        for (qsizetype k = entry.capFrom; k < entry.capTo; ++k) {
            if (scan.text.at(scan.tokens[static_cast<size_t>(first + k)].start).isLower())
                return false;
        }
        return true;
    }
    return false;
}

EntityMatcher::CountriesAt EntityMatcher::countriesAt(const Scan &scan, qsizetype from) const
{
    CountriesAt best;
    int node = PhraseTrie::kRoot;
    const qsizetype n = static_cast<qsizetype>(scan.ids.size());
    for (qsizetype j = from; j < n; ++j) {
        node = m_tables.trie.child(node, scan.ids[static_cast<size_t>(j)]);
        if (node == PhraseTrie::kNone)
            break;
        // At each node, the first entry of each slot that accepts the text.
        bool nameHere = false;
        bool demonymHere = false;
        for (const Entry &e : m_tables.entries[static_cast<size_t>(node)]) {
            if (e.kind != FacetKind::Country || e.slot == Slot::None)
                continue;
            const bool name = e.slot == Slot::CountryName;
            bool &here = name ? nameHere : demonymHere;
            if (here || !accepts(e, scan, from))
                continue;
            here = true;
            (name ? best.name : best.demonym) = CountryAt{j + 1, &e.id};
        }
    }
    return best;
}

EntityMatcher::Found EntityMatcher::longestPattern(Scan &scan, qsizetype from) const
{
    struct Best
    {
        qsizetype end = -1;
        std::vector<std::pair<const PatternEntry *, std::vector<qsizetype>>> entries;
        std::vector<QString> countries;
    } best;
    const qsizetype n = static_cast<qsizetype>(scan.ids.size());
    std::vector<qsizetype> &boundaries = scan.boundaries;
    boundaries.assign(1, from);

    // Depth-first over the pattern trie; a slot consumes the longest country name there.
    auto walk = [&](auto &&self, int node, qsizetype j, const QString &country) -> void {
        const std::vector<PatternEntry> &here = m_tables.patterns[static_cast<size_t>(node)];
        if (!here.empty() && j > best.end) {
            best.end = j;
            best.entries.clear();
            best.countries.clear();
        }
        if (!here.empty() && j == best.end) {
            for (const PatternEntry &p : here) {
                best.entries.emplace_back(&p, boundaries);
                best.countries.push_back(country);
            }
        }
        if (j >= n)
            return;
        if (const int next = m_tables.trie.child(node, scan.ids[static_cast<size_t>(j)]);
            next != PhraseTrie::kNone) {
            boundaries.push_back(j + 1);
            self(self, next, j + 1, country);
            boundaries.pop_back();
        }
        const int nameNext = m_tables.trie.child(node, m_tables.countrySlot);
        const int demonymNext = m_tables.trie.child(node, m_tables.demonymSlot);
        if (nameNext == PhraseTrie::kNone && demonymNext == PhraseTrie::kNone)
            return;
        const CountriesAt countries = countriesAt(scan, j);
        for (const auto &[next, filled] :
             {std::pair{nameNext, countries.name}, std::pair{demonymNext, countries.demonym}}) {
            if (next == PhraseTrie::kNone || filled.end < 0)
                continue;
            boundaries.push_back(filled.end);
            self(self, next, filled.end, *filled.code);
            boundaries.pop_back();
        }
    };
    walk(walk, m_tables.patternRoot, from, QString());

    Found found{from, best.end, {}};
    for (size_t k = 0; k < best.entries.size(); ++k) {
        const auto &[pattern, bounds] = best.entries[k];
        const QString &code = best.countries[k];
        Entry e;
        e.kind = FacetKind::Organization;
        e.id = m_tables.administrations.value(MatcherTablesBuilder::administrationKey(code, pattern->kind));
        e.country = code;
        e.isName = true;
        if (pattern->markFrom >= 0) {
            e.markFrom = static_cast<qint8>(bounds[static_cast<size_t>(pattern->markFrom)] - from);
            e.markTo = static_cast<qint8>(bounds[static_cast<size_t>(pattern->markTo)] - from);
        }
        e.countryFrom = static_cast<qint8>(bounds[static_cast<size_t>(pattern->slotIndex)] - from);
        e.countryTo = static_cast<qint8>(bounds[static_cast<size_t>(pattern->slotIndex) + 1] - from);
        if (!e.id.isEmpty())
            found.entries.push_back(&scan.owned.emplace_front(std::move(e)));
    }
    return found;
}

std::vector<EntityMatcher::Found> EntityMatcher::findLongest(Scan &scan) const
{
    std::vector<Found> found;
    const qsizetype n = static_cast<qsizetype>(scan.ids.size());
    found.reserve(static_cast<size_t>(n / 8)); // plenty for news; growing moves every match
    for (qsizetype i = 0; i < n;) {
        const int first = scan.ids[static_cast<size_t>(i)];
        if (first < 0) { // a word no phrase contains
            ++i;
            continue;
        }
        // The deepest node with an entry that accepts the text; its entries are the match.
        Found best{i, -1, {}};
        int bestNode = PhraseTrie::kNone;
        int node = PhraseTrie::kRoot;
        for (qsizetype j = i; j < n; ++j) {
            node = m_tables.trie.child(node, scan.ids[static_cast<size_t>(j)]);
            if (node == PhraseTrie::kNone)
                break;
            for (const Entry &e : m_tables.entries[static_cast<size_t>(node)]) {
                if (!e.patternOnly && accepts(e, scan, i)) {
                    best.to = j + 1;
                    bestNode = node;
                    break;
                }
            }
        }
        if (bestNode != PhraseTrie::kNone) {
            for (const Entry &e : m_tables.entries[static_cast<size_t>(bestNode)]) {
                if (!e.patternOnly && accepts(e, scan, i))
                    best.entries.push_back(&e);
            }
        }
        if (m_tables.patternRoot != PhraseTrie::kNone &&
            (m_tables.wordFlags[static_cast<size_t>(first)] & MatcherTables::PatternStart)) {
            Found pattern = longestPattern(scan, i);
            if (pattern.to > best.to) {
                best = std::move(pattern);
            } else if (pattern.to == best.to && pattern.to > 0) {
                best.entries.append(pattern.entries.constData(), pattern.entries.size());
            }
        }
        if (best.to < 0 || best.entries.empty()) {
            ++i;
            continue;
        }
        i = best.to;
        found.push_back(std::move(best));
    }
    return found;
}

void EntityMatcher::resolveAmbiguous(const Scan &scan, std::vector<Found> &found) const
{
    auto isConditional = [](const Entry *e) { return e->condition >= 0; };
    // The countries the text names, by any name, demonym or national body: gathered when first
    // needed, as most texts have no ambiguous acronym.
    QSet<QString> countries;
    bool countriesGathered = false;
    auto namesCountry = [&](const QString &code) {
        if (!countriesGathered) {
            countriesGathered = true;
            for (const Found &f : found) {
                for (const Entry *e : f.entries) {
                    if (e->condition < 0 && !e->silent && !e->country.isEmpty())
                        countries.insert(e->country);
                }
            }
        }
        return countries.contains(code);
    };
    const qsizetype n = static_cast<qsizetype>(scan.ids.size());
    auto containsPhrase = [&](const std::vector<int> &phrase) {
        const qsizetype length = static_cast<qsizetype>(phrase.size());
        for (qsizetype i = 0; i + length <= n; ++i) {
            if (std::equal(phrase.begin(), phrase.end(), scan.ids.begin() + i))
                return true;
        }
        return false;
    };
    auto holds = [&](const Condition &c) {
        return std::any_of(c.countries.begin(), c.countries.end(), namesCountry) ||
               std::any_of(c.context.begin(), c.context.end(), containsPhrase);
    };
    // Each match keeps its unconditional entries, or else its conditional ones whose context holds.
    for (Found &f : found) {
        if (std::none_of(f.entries.begin(), f.entries.end(), isConditional))
            continue; // every entry is kept
        Entries kept;
        Entries conditional;
        for (const Entry *e : f.entries)
            (e->condition < 0 ? kept : conditional).push_back(e);
        if (kept.empty() && !conditional.empty()) {
            // Every reading whose context holds ("AU": the African Union and the region), else
            // the default readings.
            for (const Entry *e : conditional) {
                if (holds(m_tables.conditions[static_cast<size_t>(e->condition)]))
                    kept.push_back(e);
            }
            if (kept.empty()) {
                for (const Entry *e : conditional) {
                    if (m_tables.conditions[static_cast<size_t>(e->condition)].isDefault)
                        kept.push_back(e);
                }
            }
        }
        f.entries = std::move(kept);
    }
}

void EntityMatcher::applyDefinedAcronyms(Scan &scan, std::vector<Found> &found) const
{
    // "Name (ACRONYM)": the acronym is the same organization, here and later in the text.
    const qsizetype n = static_cast<qsizetype>(scan.tokens.size());
    QHash<QString, const Entry *> defined;
    std::vector<bool> covered(scan.tokens.size(), false);
    for (const Found &f : found) {
        if (!f.entries.empty())
            std::fill(covered.begin() + f.from, covered.begin() + f.to, true);
    }
    std::vector<Found> added;
    for (size_t k = 0; k < found.size(); ++k) {
        const Found &f = found[k];
        const auto org = std::find_if(f.entries.begin(), f.entries.end(), [](const Entry *e) {
            return e->kind == FacetKind::Organization && e->isName;
        });
        if (org == f.entries.end() || f.to >= n)
            continue;
        const Span &last = scan.tokens[static_cast<size_t>(f.to - 1)];
        const Span &next = scan.tokens[static_cast<size_t>(f.to)];
        const QStringView between = QStringView(scan.text).mid(last.end, next.start - last.end);
        const QStringView word = QStringView(scan.text).mid(next.start, next.end - next.start);
        const bool closed = next.end < scan.text.size() && scan.text.at(next.end) == QLatin1Char(')');
        if (between.trimmed() != QLatin1String("(") || !closed || !looksLikeAcronym(word))
            continue;
        Entry acronym = **org;
        acronym.rule = CaseRule::Exact;
        acronym.markFrom = acronym.markTo = acronym.countryFrom = acronym.countryTo = -1;
        acronym.isName = false;
        const Entry *entry = &scan.owned.emplace_front(std::move(acronym));
        defined.insert(word.toString(), entry);
        if (k + 1 < found.size() && found[k + 1].from == f.to) {
            found[k + 1].entries = {entry}; // "(SAT)" after Guatemala's Tax Administration is that body
        } else if (!covered[static_cast<size_t>(f.to)]) {
            added.push_back(Found{f.to, f.to + 1, {entry}});
            covered[static_cast<size_t>(f.to)] = true;
        }
    }
    if (defined.isEmpty())
        return;
    for (qsizetype i = 0; i < n; ++i) {
        if (covered[static_cast<size_t>(i)])
            continue;
        const Span &t = scan.tokens[static_cast<size_t>(i)];
        if (const auto it = defined.constFind(scan.text.mid(t.start, t.end - t.start));
            it != defined.constEnd())
            added.push_back(Found{i, i + 1, {*it}});
    }
    found.insert(found.end(), added.begin(), added.end());
}

QList<Mention> EntityMatcher::mentionsOf(const Scan &scan, const std::vector<Found> &found) const
{
    // Initiatives: a strong signal, or two weak ones. A text names few initiatives (the taxonomy
    // has a few dozen), so they are searched in a list; most entries of one share their id.
    QVarLengthArray<std::pair<const QString *, int>, 8> strengths;
    auto strengthOf = [&](const QString &id) -> int & {
        for (auto &[known, strength] : strengths) {
            if (known->constData() == id.constData() || *known == id)
                return strength;
        }
        return strengths.emplace_back(&id, 0).second;
    };
    for (const Found &f : found) {
        for (const Entry *e : f.entries) {
            if (e->kind == FacetKind::Initiative)
                strengthOf(e->id) += e->weak ? 1 : 2;
        }
    }

    QList<Mention> mentions;
    mentions.reserve(static_cast<qsizetype>(found.size()));
    // Each mention once: a few are searched in the list, many through a set of them.
    constexpr qsizetype kLinearSearch = 32;
    std::unordered_set<Mention, MentionHash> emitted;
    auto emit = [&](FacetKind kind, const QString &id, qsizetype from, qsizetype to) {
        if (from >= to)
            return;
        const qsizetype start = scan.tokens[static_cast<size_t>(from)].start;
        const qsizetype length = scan.tokens[static_cast<size_t>(to - 1)].end - start;
        Mention mention{kind, id, start, length};
        if (mentions.size() < kLinearSearch) {
            // Places before ids: most mentions differ there, and strings cost more to compare.
            auto same = [&](const Mention &m) {
                return m.start == start && m.length == length && m.kind == kind && m.id == id;
            };
            if (std::any_of(mentions.cbegin(), mentions.cend(), same))
                return;
        } else {
            if (emitted.empty())
                emitted.insert(mentions.cbegin(), mentions.cend());
            if (!emitted.insert(mention).second)
                return;
        }
        mentions.append(std::move(mention));
    };
    // A possessive ("Guatemala's Tax Administration") splits into the country and the body; the
    // country named inside a national body's name is a mention of its own ("Jordan Customs").
    for (const Found &f : found) {
        for (const Entry *e : f.entries) {
            if (e->silent || (e->kind == FacetKind::Initiative && strengthOf(e->id) < 2))
                continue;
            qsizetype from = f.from;
            qsizetype to = f.to;
            if (e->markFrom >= 0) {
                from = f.from + e->markFrom;
                to = f.from + e->markTo;
            } else if (e->kind == FacetKind::Organization) {
                for (qsizetype k = f.from + 1; k + 1 < f.to; ++k) {
                    const Span &t = scan.tokens[static_cast<size_t>(k)];
                    if (scan.ids[static_cast<size_t>(k)] == m_tables.possessiveS && t.start > 0 &&
                        isApostrophe(scan.text.at(t.start - 1))) {
                        if (!e->country.isEmpty())
                            emit(FacetKind::Country, e->country, f.from, k);
                        from = k + 1;
                        break;
                    }
                }
            }
            emit(e->kind, e->id, from, to);
            if (e->kind != FacetKind::Organization || e->country.isEmpty())
                continue;
            if (e->countryFrom >= 0) {
                emit(FacetKind::Country, e->country, f.from + e->countryFrom, f.from + e->countryTo);
                continue;
            }
            // A listed body's name may name its country too ("Belgian Customs Academy").
            for (qsizetype k = from; k < to; ++k) {
                const CountriesAt countries = countriesAt(scan, k);
                for (const CountryAt &country : {countries.name, countries.demonym}) {
                    if (country.end > 0 && country.end <= to && *country.code == e->country) {
                        emit(FacetKind::Country, *country.code, k, country.end);
                        k = country.end - 1;
                        break;
                    }
                }
            }
        }
    }
    std::sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.length != b.length)
            return a.length > b.length;
        return a.kind < b.kind;
    });
    return mentions;
}

EntityMatcher::Matches EntityMatcher::match(const QString &text, const QString &language) const
{
    Scan scan{text, {}, {}, language, {}, {}};
    // Each word is folded into the reader's buffer and looked up there: no string per word.
    const size_t expected = static_cast<size_t>(text.size() / 6) + 1;
    scan.tokens.reserve(expected);
    scan.ids.reserve(expected);
    std::array<int, 3> functionWords{0, 0, 0};
    Tokenizer::WordReader reader(text);
    while (reader.next()) {
        const int id = m_tables.trie.wordId(reader.folded());
        if (id >= 0 && scan.ids.size() < Tokenizer::kFunctionWordLimit) {
            const unsigned languages =
                m_tables.wordFlags[static_cast<size_t>(id)] & MatcherTables::FunctionWordMask;
            for (size_t k = 0; k < functionWords.size(); ++k)
                functionWords[k] += static_cast<int>((languages >> k) & 1u);
        }
        scan.tokens.push_back(Span{reader.start(), reader.end()});
        scan.ids.push_back(id);
    }
    if (scan.language.isEmpty())
        scan.language = Tokenizer::guessLanguage(functionWords, text);

    std::vector<Found> found = findLongest(scan);
    resolveAmbiguous(scan, found);
    applyDefinedAcronyms(scan, found);
    return Matches{mentionsOf(scan, found), scan.language};
}

} // namespace Clearance
