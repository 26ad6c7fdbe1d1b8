#!/usr/bin/env python3
"""Validate resources/taxonomy/*.json and try them on sample articles.

    python3 tools/taxonomy/check_taxonomy.py [--dir DIR] [--sample FILE] [--show]

Structural checks: the 193 UN member states with names and demonyms in en/fr/es/ar (a demonym may be a
pattern demonym or deliberately withheld), the required region and initiative ids, known members and
countries, unique ids in the documented style, no empty phrase, no lower-case acronym.

Sample check: a small Python model of the tagger's matching rules (resources/taxonomy/README.md, as the
C++ EntityMatcher implements them) tags the articles of a sample file (default: the seed articles in
<repo>/../shared/seed) and compares the result with the expectations below. --show prints every tag.
Exit status 0 when everything passes. Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from build_taxonomy import LABEL_LANGS, LANGS, REPO, fold, tokens, words  # noqa: E402

REQUIRED_REGIONS = ["francophone-africa", "lldc", "ldc", "sids", "arab-states", "africa", "sub-saharan-africa",
                    "latin-america-caribbean", "asia-pacific", "europe", "central-asia", "wco-esa", "wco-wca",
                    "wco-mena", "wco-europe", "wco-americas", "wco-asia-pacific"]
IMPLIED_REGIONS = REQUIRED_REGIONS + ["anglophone-africa", "lusophone-africa", "pacific-islands"]
NAMED_ONLY_REGIONS = ["ecowas", "uemoa", "cemac", "eccas", "eac", "sadc", "comesa", "sacu", "igad", "amu", "au",
                      "afcfta", "eu", "asean", "mercosur", "can", "sica", "caricom", "gcc", "eaeu", "apec"]
REQUIRED_INITIATIVES = ["mercator", "revenue-package", "pca", "safe-framework", "aeo", "harmonized-system", "rkc",
                        "tfa", "single-window", "data-analytics", "capacity-building", "e-learning", "e-commerce",
                        "covid-19", "plant-health", "valuation", "rules-of-origin", "integrity", "illicit-trade",
                        "environment", "gender", "time-release-study", "coordinated-border-management",
                        "risk-management", "transit"]
ORG_KINDS = {"intergovernmental", "un_agency", "regional_economic_community", "national_customs_administration",
             "tax_administration", "academy_training", "private_sector_association", "ngo", "government_agency",
             "multilateral_initiative"}
NATIONAL = ("national_customs_administration", "tax_administration")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CODE_RE = re.compile(r"^[A-Z]{2}$")

# The seed articles: (a words of the title, what must hold). "exactly" facets list every article that
# may carry the tag; "includes" facets only require it.
SEED_EXPECT = {
    ("region", "francophone-africa"): ("exactly", ["Certification for Postclearance Audits", "Belgium WCO Train"]),
    ("region", "lldc"): ("exactly", ["Landlocked Nations"]),
    ("region", "arab-states"): ("includes", ["Arabic PCA Guidelines"]),
    ("region", "latin-america-caribbean"): ("includes", ["Aids Guatemala"]),
    ("region", "asia-pacific"): ("includes", ["China Customs Advances"]),
    ("region", "europe"): ("includes", ["Belgium WCO Train"]),
    ("initiative", "pca"): ("exactly", ["Arabic PCA Guidelines", "Certification for Postclearance Audits"]),
    ("initiative", "mercator"): ("exactly", ["Aids Guatemala"]),
    ("initiative", "revenue-package"): ("exactly", ["China Customs Advances"]),
    ("initiative", "plant-health"): ("exactly", ["WCO IPPC Align"]),
    ("initiative", "e-learning"): ("exactly", ["Virtual Training"]),
    ("initiative", "covid-19"): ("exactly", ["Forge Partnership", "Landlocked Nations"]),
    ("initiative", "data-analytics"): ("includes", ["Handbook"]),
    ("organization", "ippc"): ("exactly", ["WCO IPPC Align"]),
    ("organization", "wto"): ("exactly", ["Forge Partnership"]),
    ("organization", "jo-customs"): ("exactly", ["Arabic PCA Guidelines"]),
    ("organization", "cn-gacc"): ("exactly", ["China Customs Advances"]),
    ("organization", "gt-sat"): ("exactly", ["Aids Guatemala"]),
    ("organization", "belgian-customs-school"): ("exactly", ["Belgium WCO Train"]),
    ("country", "CN"): ("exactly", ["China Customs Advances"]),
    ("country", "FR"): ("exactly", []),
}


class Problems(list):
    def add(self, msg):
        self.append(msg)


def load(d: Path):
    return {n: json.loads((d / f"{n}.json").read_text(encoding="utf-8"))
            for n in ("countries", "regions", "organizations", "initiatives", "administrations")}


def is_empty_phrase(text) -> bool:
    return not isinstance(text, str) or not words(text)


def check_structure(tx) -> Problems:
    p = Problems()
    countries = tx["countries"]["countries"]
    codes = [c["code"] for c in countries]
    known = set(codes)
    for dup in {c for c in codes if codes.count(c) > 1}:
        p.add(f"duplicate country code {dup}")
    un = [c for c in countries if c["type"] == "un_member_state"]
    if len(un) != 193:
        p.add(f"{len(un)} UN member states, expected 193")
    for c in countries:
        if not CODE_RE.match(c["code"]):
            p.add(f"country code {c['code']!r}")
    for c in un:
        for lang in LANGS:
            if not c["names"].get(lang):
                p.add(f"{c['code']}: no {lang} name")
            has = c.get("demonyms", {}).get(lang) or c.get("pattern_demonyms", {}).get(lang) \
                or lang in c.get("withheld_demonyms", {})
            if not has:
                p.add(f"{c['code']}: no {lang} demonym (nor pattern or withheld one)")
    for c in un:
        for lang in LABEL_LANGS:
            if not c.get("labels", {}).get(lang):
                p.add(f"{c['code']}: no {lang} label")
    all_acronyms = []  # (where, text)
    for c in countries:
        for lang in c.get("labels", {}):
            if lang not in LABEL_LANGS:
                p.add(f"{c['code']}: display label in {lang!r}, a matched language (use names)")
        for lang, ns in c["names"].items():
            for n in ns:
                if is_empty_phrase(n):
                    p.add(f"{c['code']}: empty name in {lang}")
        for field in ("demonyms", "pattern_demonyms"):
            for lang, ds in c.get(field, {}).items():
                for d in ds:
                    if is_empty_phrase(d):
                        p.add(f"{c['code']}: empty {field} in {lang}")
        all_acronyms += [(c["code"], a) for a in c["abbreviations"]]

    regions = tx["regions"]["regions"]
    rids = [r["id"] for r in regions]
    for dup in {r for r in rids if rids.count(r) > 1}:
        p.add(f"duplicate region id {dup}")
    for rid in REQUIRED_REGIONS + IMPLIED_REGIONS + NAMED_ONLY_REGIONS:
        if rid not in rids:
            p.add(f"missing region {rid}")
    for r in regions:
        if not ID_RE.match(r["id"]):
            p.add(f"region id {r['id']!r}")
        if r["id"] in IMPLIED_REGIONS and not r["implied_by_members"]:
            p.add(f"region {r['id']} must be implied_by_members")
        if r["id"] in NAMED_ONLY_REGIONS and r["implied_by_members"]:
            p.add(f"region {r['id']} must not be implied_by_members")
        for lang in LANGS + LABEL_LANGS:
            if not r["labels"].get(lang):
                p.add(f"region {r['id']}: no {lang} label")
        if not r.get("definition") or not r.get("source"):
            p.add(f"region {r['id']}: no definition or source")
        for m in r["members"]:
            if m not in known:
                p.add(f"region {r['id']}: unknown member {m}")
        if not r["members"]:
            p.add(f"region {r['id']}: no members")
        for w in r["within"]:
            if w not in rids:
                p.add(f"region {r['id']}: within unknown {w}")
        for lang, ps in r["phrases"].items():
            for ph in ps:
                if is_empty_phrase(ph):
                    p.add(f"region {r['id']}: empty phrase ({lang})")
        all_acronyms += [(r["id"], a) for a in r["acronyms"]]
        all_acronyms += [(r["id"], a["text"]) for a in r["ambiguous_acronyms"]]
        for a in r["ambiguous_acronyms"]:
            if not a.get("context"):
                p.add(f"region {r['id']}: ambiguous acronym {a['text']} without context")

    orgs = tx["organizations"]["organizations"]
    oids = [o["id"] for o in orgs]
    for dup in {o for o in oids if oids.count(o) > 1}:
        p.add(f"duplicate organization id {dup}")
    if len(orgs) < 80:
        p.add(f"only {len(orgs)} organizations")
    for o in orgs:
        if not ID_RE.match(o["id"]):
            p.add(f"organization id {o['id']!r}")
        if o["kind"] not in ORG_KINDS:
            p.add(f"{o['id']}: kind {o['kind']!r}")
        if "country" in o and o["country"] not in known:
            p.add(f"{o['id']}: unknown country {o['country']}")
        if o["kind"] in NATIONAL and not o.get("country"):
            p.add(f"{o['id']}: national body without country")
        if not o["names"].get("en"):
            p.add(f"{o['id']}: no English name")
        for lang in o.get("labels", {}):
            if lang not in LABEL_LANGS:
                p.add(f"{o['id']}: display label in {lang!r}, a matched language (use names)")
        if not o.get("source"):
            p.add(f"{o['id']}: no source")
        for lang, n in o["names"].items():
            if is_empty_phrase(n):
                p.add(f"{o['id']}: empty name ({lang})")
            if "(" in n:
                p.add(f"{o['id']}: parenthesis in name {n!r}")
        for lang, al in o["aliases"].items():
            for a in al:
                if is_empty_phrase(a):
                    p.add(f"{o['id']}: empty alias ({lang})")
        for lang, acrs in o["acronyms"].items():
            if lang not in ("any", "fr", "es", "ar"):
                p.add(f"{o['id']}: acronyms for {lang!r}")
            all_acronyms += [(o["id"], a) for a in acrs]
        for a in o["ambiguous_acronyms"]:
            all_acronyms.append((o["id"], a["text"]))
            for c in a.get("countries", []):
                if c not in known:
                    p.add(f"{o['id']}: ambiguous {a['text']} with unknown country {c}")
            if not a.get("countries") and not a.get("context") and not a.get("default"):
                p.add(f"{o['id']}: ambiguous {a['text']} can never apply")
    for must, alias in (("belgian-customs-school", "Belgian Customs Academy"), ("cn-gacc", "China Customs"),
                        ("jo-customs", "Jordan Customs"), ("gt-sat", "Guatemala's Tax Administration"),
                        ("ippc", "International Plant Protection Convention")):
        o = next((o for o in orgs if o["id"] == must), None)
        phrases = [] if o is None else list(o["names"].values()) + [a for v in o["aliases"].values() for a in v]
        if alias not in phrases:
            p.add(f"{must} must be named {alias!r}")
    ippc = next((o for o in orgs if o["id"] == "ippc"), None)
    if not ippc or "IPPC" not in ippc["acronyms"].get("any", []):
        p.add("IPPC must be an acronym of ippc")

    inits = tx["initiatives"]["initiatives"]
    iids = [i["id"] for i in inits]
    for dup in {i for i in iids if iids.count(i) > 1}:
        p.add(f"duplicate initiative id {dup}")
    for iid in REQUIRED_INITIATIVES:
        if iid not in iids:
            p.add(f"missing initiative {iid}")
    for i in inits:
        if not ID_RE.match(i["id"]):
            p.add(f"initiative id {i['id']!r}")
        for lang in LANGS + LABEL_LANGS:
            if not i["labels"].get(lang):
                p.add(f"initiative {i['id']}: no {lang} label")
        strong = {" ".join(fold(w) for w in words(k)) for v in i["keywords"].values() for k in v}
        for lang, v in list(i["keywords"].items()) + list(i["weak_keywords"].items()):
            for k in v:
                if is_empty_phrase(k):
                    p.add(f"{i['id']}: empty keyword ({lang})")
        for lang, v in i["weak_keywords"].items():
            for k in v:
                if " ".join(fold(w) for w in words(k)) in strong:
                    p.add(f"{i['id']}: {k!r} both strong and weak")
        all_acronyms += [(i["id"], a) for a in i["acronyms"] + i["weak_acronyms"]]
        if set(i["acronyms"]) & set(i["weak_acronyms"]):
            p.add(f"{i['id']}: acronyms both strong and weak")

    for where, a in all_acronyms:
        if is_empty_phrase(a):
            p.add(f"{where}: empty acronym")
        elif not any(ch.isupper() for ch in a):
            p.add(f"{where}: acronym {a!r} has no capital letter")

    for pat in tx["administrations"]["patterns"]:
        if pat["lang"] not in LANGS:
            p.add(f"pattern language {pat['lang']!r}")
        if pat["kind"] not in NATIONAL:
            p.add(f"pattern kind {pat['kind']!r}")
        if "{country}" not in pat["pattern"] and "{demonym}" not in pat["pattern"]:
            p.add(f"pattern without {{country}} or {{demonym}}: {pat['pattern']}")
        if pat["pattern"].count("<") != pat["pattern"].count(">"):
            p.add(f"unbalanced <> in {pat['pattern']}")
    return p


# -------------------------------------------------------------------- a model of the C++ EntityMatcher


class Entry:
    __slots__ = ("kind", "id", "rule", "exact", "cap", "lang", "weak", "is_name", "cond", "country", "cspan")

    def __init__(self, kind, id, rule="any", exact=None, cap=None, lang="", weak=False, is_name=False, cond=-1,
                 country="", cspan=None):
        self.kind, self.id, self.rule, self.exact, self.cap = kind, id, rule, exact, cap
        self.lang, self.weak, self.is_name, self.cond, self.country, self.cspan = lang, weak, is_name, cond, country, cspan


def parse_pattern(pattern):
    parts, lit, i = [], "", 0
    def flush():
        nonlocal lit
        ws = [fold(w) for w in words(lit)]
        if ws:
            parts.append(("words", [ws]))
        lit = ""
    while i < len(pattern):
        c = pattern[i]
        if c == "{":
            flush()
            j = pattern.index("}", i)
            parts.append(("demonym" if pattern[i + 1:j] == "demonym" else "country", None))
            i = j
        elif c == "(":
            flush()
            j = pattern.index(")", i)
            parts.append(("words", [[fold(w) for w in words(a)] for a in pattern[i + 1:j].split("|")]))
            i = j
        elif c in "<>":
            flush()
        else:
            lit += c
        i += 1
    flush()
    return parts


def expand(parts, names, demonyms):
    out = [([], None)]
    for kind, choices in parts:
        nxt = []
        for ws, span in out:
            if kind == "words":
                nxt += [(ws + ch, span) for ch in choices]
            else:
                for n in (names if kind == "country" else demonyms):
                    f = [fold(w) for w in words(n)]
                    nxt.append((ws + f, (len(ws), len(ws) + len(f))))
        out = nxt
    return [(ws, span) for ws, span in out if ws and span]


class Matcher:
    def __init__(self, tx):
        self.tx = tx
        self.trie = defaultdict(list)
        self.prefixes = set()
        self.conds = []
        self.maxlen = 1
        orgs = tx["organizations"]["organizations"]
        self.orgs = {o["id"]: o for o in orgs}
        self.regions = {r["id"]: r for r in tx["regions"]["regions"]}
        for c in tx["countries"]["countries"]:
            for ns in c["names"].values():
                for n in ns:
                    self.add(n, Entry("country", c["code"], "cap" if c["capitalized_only"] else "any", is_name=True,
                                      country=c["code"]))
            for ds in c.get("demonyms", {}).values():
                for d in ds:
                    self.add(d, Entry("country", c["code"], is_name=True, country=c["code"]))
            for a in c["abbreviations"]:
                self.add_exact(a, Entry("country", c["code"], is_name=True, country=c["code"]))
        for r in tx["regions"]["regions"]:
            for ps in r["phrases"].values():
                for ph in ps:
                    self.add(ph, Entry("region", r["id"]))
            for a in r["acronyms"]:
                self.add_exact(a, Entry("region", r["id"]))
            for a in r["ambiguous_acronyms"]:
                self.add_exact(a["text"], Entry("region", r["id"], cond=self.cond(a)))
        for o in orgs:
            country = o.get("country", "")
            for n in o["names"].values():
                self.add(n, Entry("organization", o["id"], is_name=True, country=country))
            for al in o["aliases"].values():
                for a in al:
                    self.add(a, Entry("organization", o["id"], is_name=True, country=country))
            for lang, acrs in o["acronyms"].items():
                for a in acrs:
                    self.add_exact(a, Entry("organization", o["id"], lang="" if lang == "any" else lang, country=country))
            for a in o["ambiguous_acronyms"]:
                self.add_exact(a["text"], Entry("organization", o["id"], cond=self.cond(a), country=country))
        for i in tx["initiatives"]["initiatives"]:
            for v in i["keywords"].values():
                for k in v:
                    self.add(k, Entry("initiative", i["id"]))
            for v in i["weak_keywords"].values():
                for k in v:
                    self.add(k, Entry("initiative", i["id"], weak=True))
            for a in i["acronyms"]:
                self.add_exact(a, Entry("initiative", i["id"]))
            for a in i["weak_acronyms"]:
                self.add_exact(a, Entry("initiative", i["id"], weak=True))
        resolved = {}
        for pat in tx["administrations"]["patterns"]:
            parts = parse_pattern(pat["pattern"])
            kind = pat["kind"]
            for c in tx["countries"]["countries"]:
                names = c["names"].get(pat["lang"], [])
                dems = c.get("demonyms", {}).get(pat["lang"], []) + c.get("pattern_demonyms", {}).get(pat["lang"], [])
                if not names and not dems:
                    continue
                k = (c["code"], kind)
                if k not in resolved:
                    resolved[k] = self.national(c["code"], kind)
                for ws, span in expand(parts, names, dems):
                    e = Entry("organization", resolved[k], "cap" if c["capitalized_only"] else "any", is_name=True,
                              country=c["code"], cap=span if c["capitalized_only"] else None, cspan=span)
                    self.add_words(ws, e)

    def national(self, code, kind):
        other = ""
        for o in self.tx["organizations"]["organizations"]:
            if o.get("country") != code:
                continue
            if o["kind"] == kind:
                return o["id"]
            if not other and o["kind"] in NATIONAL:
                other = o["id"]
        return other or ("revenue-" if kind == "tax_administration" else "customs-") + code.lower()

    def cond(self, a):
        self.conds.append((a.get("countries", []), [[fold(w) for w in words(c)] for c in a.get("context", [])],
                           bool(a.get("default"))))
        return len(self.conds) - 1

    def add(self, phrase, e):
        self.add_words([fold(w) for w in words(phrase)], e, words(phrase))

    def add_exact(self, word, e):
        e.rule = "exact"
        self.add(word, e)
        if word and (word[-1].isupper() or word[-1].isdigit()):
            e2 = Entry(e.kind, e.id, "exact", lang=e.lang, weak=e.weak, is_name=e.is_name, cond=e.cond, country=e.country)
            self.add(word + "s", e2)

    def add_words(self, ws, e, original=None):
        if not ws:
            return
        if e.rule == "exact":
            e.exact = original
        if e.rule == "cap" and e.cap is None:
            e.cap = (0, len(ws))
        t = tuple(ws)
        self.trie[t].append(e)
        for n in range(1, len(t) + 1):
            self.prefixes.add(t[:n])
        self.maxlen = max(self.maxlen, len(t))

    @staticmethod
    def guess_language(toks):
        en = {"the", "and", "of", "to", "with", "is", "for", "this", "that"}
        fr = {"le", "les", "des", "du", "et", "pour", "dans", "une", "aux", "est", "sur", "au"}
        es = {"el", "los", "las", "del", "y", "para", "una", "con", "por", "sobre"}
        f = [fold(t[2]) for t in toks[:2000]]
        score = [sum(w in s for w in f) for s in (en, fr, es)]
        best = max(score)
        return "" if best < 2 else ("en", "fr", "es")[score.index(best)]

    def accepts(self, e, toks, i, lang):
        if e.lang and e.lang != lang:
            return False
        if e.rule == "exact":
            return all(toks[i + k][2] == w for k, w in enumerate(e.exact))
        if e.rule == "cap":
            return all(toks[i + k][2][0].isupper() for k in range(e.cap[0], e.cap[1]))
        return True

    def match(self, text):
        toks = tokens(text)
        lang = self.guess_language(toks)
        f = [fold(t[2]) for t in toks]
        n = len(toks)
        found = []
        i = 0
        while i < n:
            best_end, best = -1, []
            for j in range(i, min(n, i + self.maxlen)):
                t = tuple(f[i:j + 1])
                if t not in self.prefixes:
                    break
                cands = [e for e in self.trie.get(t, []) if self.accepts(e, toks, i, lang)]
                if cands:
                    best_end, best = j + 1, cands
            if best_end < 0:
                i += 1
                continue
            found.append([i, best_end, best])
            i = best_end
        countries = {e.country for _, _, es in found for e in es if e.cond < 0 and e.country}

        def contains(ph):
            return any(f[k:k + len(ph)] == ph for k in range(n - len(ph) + 1))

        def holds(c):
            return any(x in countries for x in c[0]) or any(contains(ph) for ph in c[1])

        for fnd in found:
            kept = [e for e in fnd[2] if e.cond < 0]
            cond = [e for e in fnd[2] if e.cond >= 0]
            if not kept and cond:
                chosen = next((e for e in cond if holds(self.conds[e.cond])), None)
                chosen = chosen or next((e for e in cond if self.conds[e.cond][2]), None)
                if chosen:
                    kept = [chosen]
            fnd[2] = kept
        covered = [False] * n
        for a, b, es in found:
            if es:
                for k in range(a, b):
                    covered[k] = True
        local, defined = {}, []
        for k, (a, b, es) in enumerate(found):
            org = next((e for e in es if e.kind == "organization" and e.is_name), None)
            if org is None or b >= n:
                continue
            nxt = toks[b]
            between = text[toks[b - 1][1]:nxt[0]]
            closed = nxt[1] < len(text) and text[nxt[1]] == ")"
            w = nxt[2]
            acr = 2 <= len(w) <= 12 and w[0].isupper() and sum(ch.isupper() for ch in w) >= 2
            if between.strip() != "(" or not closed or not acr:
                continue
            local[w] = org
            if k + 1 < len(found) and found[k + 1][0] == b:
                found[k + 1][2] = [org]
            elif not covered[b]:
                defined.append([b, b + 1, [org]])
                covered[b] = True
        if local:
            for k in range(n):
                if not covered[k] and toks[k][2] in local:
                    defined.append([k, k + 1, [local[toks[k][2]]]])
        found += defined
        strength = defaultdict(int)
        for _, _, es in found:
            for e in es:
                if e.kind == "initiative":
                    strength[e.id] += 1 if e.weak else 2
        mentions = []
        for a, b, es in found:
            for e in es:
                if e.kind == "initiative" and strength[e.id] < 2:
                    continue
                mentions.append((e.kind, e.id, " ".join(t[2] for t in toks[a:b])))
                if e.kind == "organization" and e.cspan:
                    mentions.append(("country", e.country, ""))
                elif e.kind == "organization" and e.country and any(
                        toks[k][2] == "s" and toks[k][0] > 0 and text[toks[k][0] - 1] in "'’ʼ" for k in range(a + 1, b - 1)):
                    mentions.append(("country", e.country, ""))
        return mentions

    def tags(self, text):
        mentions = self.match(text)
        out = {"organization": set(), "country": set(), "initiative": set(), "region": set()}

        def add_region(rid):
            if rid in out["region"]:
                return
            out["region"].add(rid)
            for w in self.regions.get(rid, {}).get("within", []):
                add_region(w)
        for kind, id, _ in mentions:
            if kind == "organization":
                out["organization"].add(id)
                o = self.orgs.get(id)
                if o and o.get("country"):
                    out["country"].add(o["country"])
                elif id.startswith(("customs-", "revenue-")):
                    out["country"].add(id.split("-")[1].upper())
            elif kind == "region":
                add_region(id)
            else:
                out[kind].add(id)
        for code in list(out["country"]):
            for r in self.regions.values():
                if r["implied_by_members"] and code in r["members"]:
                    add_region(r["id"])
        return out, mentions


def split_articles(text):
    """The seed format: title, the title again, the body; articles separated by blank lines."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    arts, k = [], 0
    while k < len(blocks):
        title = blocks[k]
        if k + 2 < len(blocks) and blocks[k + 1] == title:
            arts.append((title, blocks[k + 2]))
            k += 3
        else:
            arts.append((title, blocks[k + 1] if k + 1 < len(blocks) else ""))
            k += 2
    return arts


def check_sample(tx, path: Path, show: bool) -> Problems:
    p = Problems()
    m = Matcher(tx)
    arts = split_articles(path.read_text(encoding="utf-8"))
    results = []
    for title, body in arts:
        tags, mentions = m.tags(title + "\n\n" + body)
        results.append((title, tags, mentions))
        if show:
            print(f"\n== {title}")
            for facet in ("region", "country", "organization", "initiative"):
                print(f"   {facet:12} {', '.join(sorted(tags[facet]))}")
            print("   mentions    " + "; ".join(f"{k[0]}:{i}={s!r}" for k, i, s in mentions if s))
    for (facet, value), (mode, expected) in SEED_EXPECT.items():
        have = [t for t, tags, _ in results if value in tags[facet]]
        for e in expected:
            if not any(e in t for t in have):
                p.add(f"sample: --{facet} {value} misses {e!r}")
        if mode == "exactly":
            for t in have:
                if not any(e in t for e in expected):
                    p.add(f"sample: --{facet} {value} also tags {t!r}")
    return p


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=str(REPO / "resources" / "taxonomy"))
    ap.add_argument("--sample", default=str(REPO.parent / "shared" / "seed" / "000_a3b9dcc109987430.txt"))
    ap.add_argument("--no-sample", action="store_true")
    ap.add_argument("--show", action="store_true", help="print the tags of every sample article")
    args = ap.parse_args(argv)
    tx = load(Path(args.dir))
    problems = check_structure(tx)
    sample = Path(args.sample)
    if not args.no_sample:
        if sample.exists():
            problems += check_sample(tx, sample, args.show)
        else:
            print(f"(no sample at {sample}; skipped)")
    for msg in problems:
        print("FAIL", msg)
    c = tx["countries"]["countries"]
    print(f"{len(c)} countries ({sum(x['type'] == 'un_member_state' for x in c)} UN members), "
          f"{len(tx['regions']['regions'])} regions, {len(tx['organizations']['organizations'])} organizations, "
          f"{len(tx['initiatives']['initiatives'])} initiatives, {len(tx['administrations']['patterns'])} patterns: "
          + ("OK" if not problems else f"{len(problems)} problem(s)"))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
