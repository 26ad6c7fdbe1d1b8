#!/usr/bin/env python3
"""Build Clearance's taxonomy (resources/taxonomy/*.json) from the reference facts and our curated additions.

    python3 tools/taxonomy/build_taxonomy.py [--reference DIR] [--curated FILE] [--out DIR]

Defaults: the reference facts in <repo>/../shared/reference, the curated additions in
tools/taxonomy/curated.json, output in resources/taxonomy. The format is specified in
resources/taxonomy/README.md. Python 3 standard library only; the output is deterministic.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CURATED = "curated (from knowledge)"
GENERATED_BY = "tools/taxonomy/build_taxonomy.py"
LANGS = ("en", "fr", "es", "ar")
# Languages with display labels only (curated.json "display_labels"): never names, phrases or keywords.
LABEL_LANGS = ("zh",)

# --------------------------------------------------------------------------------------------------
# Words, as the tagger sees them (app/tagging/Tokenizer.cpp): letters, digits and combining marks;
# every Han/Kana character a word of its own; folded: lower case, no accents, no Arabic tashkeel.
# --------------------------------------------------------------------------------------------------


def _is_word_char(c: str) -> bool:
    cat = unicodedata.category(c)
    return cat[0] in "LN" or cat in ("Mn", "Mc", "Me")


def _is_ideographic(c: str) -> bool:
    name = unicodedata.name(c, "")
    return name.startswith(("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA"))


_ARABIC_FOLD = {"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627", "\u0649": "\u064a"}


def fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    out = []
    for c in unicodedata.normalize("NFKD", word):
        if unicodedata.category(c) in ("Mn", "Mc", "Me") or c == "\u0640":
            continue
        out.append(_ARABIC_FOLD.get(c, c))
    return "".join(out).casefold()


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, original) of each word."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if not _is_word_char(c):
            i += 1
            continue
        if _is_ideographic(c):
            out.append((i, i + 1, c))
            i += 1
            continue
        j = i + 1
        while j < n and _is_word_char(text[j]) and not _is_ideographic(text[j]):
            j += 1
        out.append((i, j, text[i:j]))
        i = j
    return out


def words(text: str) -> list[str]:
    return [t[2] for t in tokens(text)]


def key(text: str) -> str:
    """The folded word sequence: two phrases with the same key are the same phrase to the tagger."""
    return " ".join(fold(w) for w in words(text))


def dedupe(items, seen=None):
    """Keep the first of each phrase (by key), drop empty ones; order kept."""
    seen = set() if seen is None else seen
    out = []
    for item in items:
        if not item or not item.strip():
            continue
        k = key(item)
        if not k or k in seen:
            continue
        seen.add(k)
        out.append(item.strip())
    return out


def hyphen_id(ref_id: str) -> str:
    return ref_id.replace("_", "-").lower()


def looks_like_acronym(text: str) -> bool:
    """ "WCO", "C&ED", "DG TAXUD", "EE. UU.": upper-case letters (and digits), no lower-case word."""
    ws = words(text)
    if not ws:
        return False
    letters = [c for c in text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):  # caseless scripts (Arabic) are never acronyms
        return False
    return all(len(w) <= 6 for w in ws)


PAREN = re.compile(r"\s*\([^()]*\)")


def strip_parenthetical(text: str | None) -> str | None:
    if not text:
        return text
    return PAREN.sub("", text).strip()


def display_labels(cur: dict, kind: str) -> dict:
    """id -> {lang: (label, source)} from curated.json "display_labels" (later groups override earlier ones)."""
    out: dict = {}
    for lang in LABEL_LANGS:
        for group in cur.get("display_labels", {}).get(lang, {}).get(kind, []):
            for id_, label in group["labels"].items():
                if not label or not label.strip():
                    raise BuildError(f"display_labels.{lang}.{kind}: empty label for {id_}")
                out.setdefault(id_, {})[lang] = (label.strip(), group["source"])
    return out


def add_display_labels(entry: dict, labels: dict, field: str) -> None:
    """Put the display labels into entry[field] and their sources at the end of entry["source"]."""
    if not labels:
        return
    entry.setdefault(field, {})
    by_source: dict = {}
    for lang in LABEL_LANGS:
        if lang in labels:
            entry[field][lang] = labels[lang][0]
            by_source.setdefault(labels[lang][1], []).append(lang)
    for src, langs in by_source.items():
        entry["source"] += f" | {'/'.join(langs)} label: {src}"


def check_display_ids(kind: str, labels: dict, ids: set) -> None:
    unknown = sorted(set(labels) - ids)
    if unknown:
        raise BuildError(f"display_labels for unknown {kind}: {unknown}")


# --------------------------------------------------------------------------------------------------


def load_json(path: Path):
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    path.write_text(text, encoding="utf-8")


class BuildError(Exception):
    pass


# ------------------------------------------------------------------------------------- countries

INVERTED = re.compile(r",\s.*\b(of|of the|de|del|du|des|de la)\s*$", re.IGNORECASE)


def build_countries(ref: dict, cur: dict) -> dict:
    cc = cur["countries"]
    en = cc["en"]
    shown = display_labels(cur, "countries")
    check_display_ids("countries", shown, {c["iso2"] for c in ref["countries"]})
    out = []
    for c in sorted(ref["countries"], key=lambda x: x["iso2"]):
        code = c["iso2"]
        names = {
            "en": [c["name_en"], c["name_en_formal"], *c["aliases_en"], c["name_en_iso"]],
            "fr": [c["name_fr"], *c["name_fr_alt"]],
            "es": [c["name_es"], *c["name_es_alt"]],
            "ar": [c["name_ar"], *c["name_ar_alt"]],
        }
        abbreviations = list(c["abbreviations_case_sensitive"])
        removed = set(cc["names_remove"].get(code, []))
        for lang in LANGS:
            kept = []
            for i, name in enumerate(names[lang]):
                if not name or name in removed:
                    continue
                if i > 0 and INVERTED.search(name):  # "Congo, The Democratic Republic of the": index order, not text
                    continue
                if i > 0 and looks_like_acronym(name):
                    abbreviations.append(name)  # "EE. UU.", "R.-U.": exact case only
                    continue
                kept.append(name)
            label = cc["label_override"].get(code, {}).get(lang)
            added = cc["names_add"].get(code, {}).get(lang, [])
            names[lang] = dedupe(([label] if label else []) + kept + added)
        abbreviations += cc["abbreviations_add"].get(code, [])
        drop = set(cc["abbreviations_remove"].get(code, []))
        abbreviations = [a for a in dict.fromkeys(abbreviations) if a not in drop]

        demonyms = {"en": [c["demonym_en"], *c["demonym_en_alt"]]}
        gone = set(en["remove_demonyms"].get(code, []))
        demonyms["en"] = dedupe([d for d in demonyms["en"] if d not in gone and not looks_like_acronym(d)]
                                + en["add_demonyms"].get(code, []))
        for lang in ("fr", "es", "ar"):
            demonyms[lang] = dedupe(cc["demonyms"].get(code, {}).get(lang, []))
        pattern = {"en": en["pattern_demonyms"].get(code, [])}
        for lang in ("fr", "es", "ar"):
            if cc["pattern_demonyms"].get(code, {}).get(lang):
                pattern[lang] = dedupe(cc["pattern_demonyms"][code][lang])
        withheld = {}
        if code in en["withheld_demonyms"]:
            withheld["en"] = en["withheld_demonyms"][code]
        for lang, forms in cc["withheld_demonyms"].get(code, {}).items():
            withheld[lang] = dedupe(forms)

        entry = {
            "code": code,
            "iso3": c["iso3"],
            "type": c["type"],
            "names": {lang: names[lang] for lang in LANGS if names[lang]},
            "demonyms": {lang: demonyms[lang] for lang in LANGS if demonyms[lang]},
            "pattern_demonyms": {lang: v for lang, v in pattern.items() if v} or {"en": []},
            "abbreviations": abbreviations,
            "capitalized_only": code in cc["capitalized_only"],
        }
        if withheld:
            entry["withheld_demonyms"] = withheld
        if cc["exclude_phrases"].get(code):
            entry["exclude_phrases"] = cc["exclude_phrases"][code]
        notes = [n for n in (c.get("status_note"), c.get("ambiguity_note")) if n]
        if code in cc["capitalized_only"]:
            notes.append("capitalized_only: " + cc["capitalized_only_reason"].get(code, "common word"))
        if notes:
            entry["notes"] = notes
        fr_es_ar = ("fr/es/ar demonyms: " + CURATED if code in cc["demonyms"] or code in cc["withheld_demonyms"]
                    else "no curated demonyms")
        entry["source"] = ("shared/reference/countries.json (names: Unicode CLDR 41, iso-codes 4.15.0, mledoze/countries; "
                           f"English demonym: {c['demonym_source']}); {fr_es_ar}")
        add_display_labels(entry, shown.get(code, {}), "labels")
        out.append(entry)

    # Two countries must never share a name, demonym or abbreviation.
    owner: dict[tuple[str, str], str] = {}
    clashes = []
    for e in out:
        phrases = [("ci", n) for ns in e["names"].values() for n in ns]
        phrases += [("ci", d) for ds in e["demonyms"].values() for d in ds]
        phrases += [("cs", a) for a in e["abbreviations"]]
        for mode, p in phrases:
            k = (mode, key(p) if mode == "ci" else " ".join(words(p)))
            if k in owner and owner[k] != e["code"]:
                clashes.append(f"{p!r}: {owner[k]} and {e['code']}")
            owner.setdefault(k, e["code"])
    if clashes:
        raise BuildError("countries share phrases:\n  " + "\n  ".join(clashes))

    return {
        "meta": {
            "title": "Countries and customs territories",
            "generated_by": GENERATED_BY,
            "sources": ref["meta"]["sources"] + [
                "French, Spanish and Arabic demonyms: " + CURATED + " (tools/taxonomy/curated.json)."],
            "notes": [
                "Every UN member state, the two observer states, the separate customs territories (Hong Kong, China; "
                "Macao, China; Taiwan / Chinese Taipei; Bermuda; Curaçao), Kosovo and other territories of the reference.",
                "names: the label first, then the alternatives of the reference (CLDR variants, formal and ISO names); "
                "inverted ISO forms (\"Congo, The Democratic Republic of the\") are dropped and abbreviation-like names "
                "(\"EE. UU.\") moved to abbreviations, which match in exact case.",
                "demonyms: French in the four gender/number forms, Spanish in masculine/feminine singular/plural, Arabic "
                "masculine and feminine (nisba). Demonyms that are also the usual name of a language spoken in many "
                "countries (French, Spanish, Portuguese, Dutch; français, español...) are pattern_demonyms.",
                "withheld_demonyms (optional, not read by the tagger): forms deliberately not listed because they name "
                "several countries or are common words. An empty list means no established form is known. Reasons: "
                + "; ".join(f"{k}: {v}" for k, v in cc["withheld_reasons"].items()) + ".",
                "exclude_phrases (optional): phrases that contain a country's name but do not name the country "
                "(\"Gulf of Guinea\", \"Indian Ocean\"); a tagger may consume them without tagging.",
                "notes (optional): the reference's status and ambiguity notes.",
            ],
            "counts": {"countries": len(out)},
        },
        "countries": out,
    }


# --------------------------------------------------------------------------------------------------


def region_id_map(cur_regions: list) -> dict:
    """Reference region id -> our id, for the groupings we keep one to one."""
    m = {}
    for r in cur_regions:
        if len(r["members_from"]) == 1:
            m.setdefault(r["members_from"][0], r["id"])
    m["palop"] = "lusophone-africa"
    m["arab_league"] = "arab-states"
    return m


def build_regions(ref: dict, cur: dict, country_codes: set) -> dict:
    refs = {r["id"]: r for r in ref["regions"]}
    shown = display_labels(cur, "regions")
    check_display_ids("regions", shown, {r["id"] for r in cur["regions"]})
    out = []
    for r in cur["regions"]:
        sources, members = [], []
        for rid in r["members_from"]:
            src = refs[rid]
            members += src["members"]
            if src["source"] not in sources:
                sources.append(src["source"])
        members = sorted(set(members + r["members_add"]) - set(r["members_remove"]))
        unknown = [m for m in members if m not in country_codes]
        if unknown:
            raise BuildError(f"region {r['id']}: unknown members {unknown}")
        labels = dict(r["labels"])
        definition = r["definition"]
        if r.get("kind") == "regional_economic_community":
            src = refs[r["members_from"][0]]
            labels = {"en": src["label_en"], "fr": src["label_fr"], "es": src["label_es"], "ar": r["labels"].get("ar")}
            labels = {k: v for k, v in labels.items() if v}
            definition = (f"Member states of the {src['label_en']} ({len(members)}; {src['verification']}). Tagged only "
                          f"when the text names it, never implied by its members.{r.get('definition_extra', '')}")
        phrases = {lang: dedupe(r["phrases"].get(lang, [])) for lang in LANGS}
        entry = {
            "id": r["id"],
            "labels": labels,
            "definition": definition,
            "source": " | ".join(sources) + " | phrases, labels and definition: " + CURATED,
            "members": members,
            "implied_by_members": r["implied_by_members"],
            "within": r["within"],
            "phrases": {lang: v for lang, v in phrases.items() if v},
            "acronyms": r["acronyms"],
            "ambiguous_acronyms": r["ambiguous_acronyms"],
        }
        add_display_labels(entry, shown.get(r["id"], {}), "labels")
        if r.get("kind"):
            entry["kind"] = r["kind"]
        out.append(entry)
    ids = {e["id"] for e in out}
    for e in out:
        for w in e["within"]:
            if w not in ids:
                raise BuildError(f"region {e['id']}: within unknown region {w}")
    return {
        "meta": {
            "title": "Regions and groupings",
            "generated_by": GENERATED_BY,
            "sources": ref["meta"]["sources_summary"] + [
                "Region ids, phrase lists, definitions and Arabic labels: " + CURATED + " (tools/taxonomy/curated.json), "
                "following the decisions in shared/reference/README.md."],
            "notes": [
                "implied_by_members: true for development categories, language groups, continents and WCO regions (an "
                "article about Mali is also about the LLDCs, Francophone Africa, Africa, the WCO WCA region); false for "
                "regional economic communities, which tag only when named.",
                "phrases name the grouping in news text; singular and plural forms are listed (phrases have no plural "
                "rule). Acronyms match in exact case, with a plural \"s\".",
                "Not included as regions: the reference's un_members and wco_members lists, the UN M49 subregions, and "
                "oif_africa (the OIF itself is an organization).",
                "kind (optional): regional_economic_community for the groupings that are also organizations.",
            ],
            "counts": {"regions": len(out)},
        },
        "regions": out,
    }


# ------------------------------------------------------------------------------------- organizations

FORMER = re.compile(r"^(.*?)(?:\s*\(([^)]*)\))?(?:,|;|$)")


def former_name(text: str) -> str:
    """ "Customs Co-operation Council (CCC), 1952–1994 (still ...)" -> "Customs Co-operation Council"."""
    m = FORMER.match(text)
    return (m.group(1) if m else text).strip()


def build_organizations(ref: dict, cur: dict, country_codes: set, region_ids: dict) -> dict:
    ov_all = cur["organizations"]["overrides"]
    alias_lang = cur["organizations"]["alias_lang"]
    ref_ids = {o["id"] for o in ref["organizations"]}
    unknown = set(ov_all) - ref_ids
    if unknown:
        raise BuildError(f"curated overrides for unknown organizations: {sorted(unknown)}")
    shown = display_labels(cur, "organizations")
    check_display_ids("organizations", shown, {hyphen_id(i) for i in ref_ids})
    out = []
    for o in ref["organizations"]:
        ov = ov_all.get(o["id"], {})
        names = {"en": strip_parenthetical(o["name_en"]), "fr": strip_parenthetical(o.get("name_fr")),
                 "es": strip_parenthetical(o.get("name_es")), "ar": strip_parenthetical(o.get("name_ar"))}
        for lang, v in ov.get("names", {}).items():
            names[lang] = v
        names = {k: v for k, v in names.items() if v}

        aliases = {"en": [], "fr": list(o["aliases_fr"]), "es": list(o["aliases_es"]), "ar": []}
        for a in o["aliases_en"]:
            aliases[alias_lang.get(a, "en")].append(a)
        removed_former = set(ov.get("aliases_remove", {}).get("en_former", []))
        for f in o.get("former_names") or []:
            fn = former_name(f)
            if fn and fn not in removed_former:
                aliases["en"].append(fn)
        for lang_code, local in (o.get("name_local") or {}).items():
            local = strip_parenthetical(local)
            if local and all(ch.isascii() or unicodedata.category(ch)[0] != "L" or "LATIN" in unicodedata.name(ch, "")
                             for ch in local):
                aliases["en"].append(local)  # Latin-script local names appear as such in English news
        for lang, drop in ov.get("aliases_remove", {}).items():
            if lang in aliases:
                aliases[lang] = [a for a in aliases[lang] if a not in set(drop)]
        for lang, add in ov.get("aliases_add", {}).items():
            aliases[lang] = aliases.get(lang, []) + add

        acronyms = {"any": list(o["acronyms"]), "fr": [], "es": []}
        # acronym-like aliases ("ACBPS", "DFID") belong to the exact-case acronyms
        for lang in list(aliases):
            keep = []
            for a in aliases[lang]:
                if looks_like_acronym(a) and len(words(a)) == 1:
                    acronyms["any"].append(a)
                else:
                    keep.append(a)
            aliases[lang] = keep
        for lang in ("fr", "es"):
            acronyms[lang] = [a for a in o[f"acronyms_{lang}"] if a not in acronyms["any"]]
        for k, v in ov.get("acronyms", {}).items():
            acronyms[k] = list(v)
        ambiguous = ov.get("ambiguous", [])
        amb_texts = {a["text"] for a in ambiguous}
        for k in acronyms:
            acronyms[k] = [a for a in dict.fromkeys(acronyms[k]) if a not in amb_texts]
        # a name is not also an alias; aliases deduplicated across languages
        seen = {key(n) for n in names.values()}
        aliases = {lang: dedupe(aliases.get(lang, []), seen) for lang in LANGS}

        country = o.get("country")
        if country and country not in country_codes:
            raise BuildError(f"{o['id']}: unknown country {country}")
        entry = {
            "id": hyphen_id(o["id"]),
            "kind": o["kind"],
        }
        if country:
            entry["country"] = country
        entry["names"] = names
        entry["aliases"] = {lang: v for lang, v in aliases.items() if v}
        entry["acronyms"] = {k: v for k, v in acronyms.items() if v or k == "any"}
        entry["ambiguous_acronyms"] = ambiguous
        if o.get("parent"):
            entry["parent"] = hyphen_id(o["parent"])
        if o.get("region_id") and o["region_id"] in region_ids:
            entry["region"] = region_ids[o["region_id"]]
        if o.get("website"):
            entry["website"] = o["website"]
        src = o.get("source") or ("shared/reference/organizations.json: " + o["verification"])
        if ov:
            src += " | names, aliases and acronyms reviewed: " + CURATED
        entry["source"] = src
        labels = {lang: (v, f"shared/reference/organizations.json name_local.{lang}")
                  for lang, v in (o.get("name_local") or {}).items() if lang in LABEL_LANGS and v}
        labels.update(shown.get(entry["id"], {}))
        add_display_labels(entry, labels, "labels")
        out.append(entry)

    # No two organizations may share a name or alias; an unconditional acronym of one language is one body's.
    owner, clashes = {}, []
    for e in out:
        for p in list(e["names"].values()) + [a for v in e["aliases"].values() for a in v]:
            k = key(p)
            if k in owner and owner[k] != e["id"]:
                clashes.append(f"name/alias {p!r}: {owner[k]} and {e['id']}")
            owner.setdefault(k, e["id"])
        for lang, acrs in e["acronyms"].items():
            for a in acrs:
                for scope in ({"any", "fr", "es"} if lang == "any" else {"any", lang}):
                    k2 = ("acr", scope, a)
                    if k2 in owner and owner[k2] != e["id"]:
                        clashes.append(f"acronym {a!r} ({lang}): {owner[k2]} and {e['id']}")
                owner.setdefault(("acr", lang, a), e["id"])
    if clashes:
        raise BuildError("organizations share phrases:\n  " + "\n  ".join(sorted(set(clashes))))

    return {
        "meta": {
            "title": "Organizations in customs and trade news",
            "generated_by": GENERATED_BY,
            "sources": ref["meta"]["sources"] + [
                "Arabic names of international bodies, the split of acronyms into unambiguous, language-only and ambiguous "
                "ones, and added or removed aliases: " + CURATED + " (tools/taxonomy/curated.json)."],
            "notes": [
                "Ids are the reference ids with hyphens (gt_sat -> gt-sat).",
                "names: one per language, without the reference's parenthetical clarifications; where several national "
                "bodies share a generic name (Directorate General of Customs, Dirección General de Aduanas) the name "
                "carries the country (\"Directorate General of Customs of Senegal\") so that no two bodies share a phrase.",
                "aliases: the reference's variants and former names (as plain names), per language.",
                "acronyms.any: unambiguous in any language; acronyms.fr / acronyms.es: used in that language only; "
                "ambiguous_acronyms: the reference's risky acronyms, resolved by country or context "
                "(see resources/taxonomy/README.md).",
                "parent, region, website (optional): the parent organization's id, the regions.json grouping it "
                "administers, its web site.",
            ],
            "counts": {"organizations": len(out)},
        },
        "organizations": out,
    }


# ------------------------------------------------------------------------------------- initiatives

PLURALISABLE = {"audit", "window", "operator", "certificate", "agreement", "arrangement", "programme", "program",
                "study", "post", "corridor", "regime", "committee", "unit", "mission", "consignment", "shipment",
                "container", "parcel", "module", "platform", "course", "workshop", "control", "trader", "disaster",
                "ruling", "guideline", "procedure", "inspection", "marketplace", "seizure", "operation", "verification",
                "assessment", "indicator", "carnet", "guarantee", "analyst", "classroom", "expert", "profile"}


def english_plurals(keywords: list[str]) -> list[str]:
    out = list(keywords)
    for k in keywords:
        ws = k.split(" ")
        last = ws[-1]
        if len(ws) < 2 or last.lower() not in PLURALISABLE:
            continue
        plural = last[:-1] + "ies" if last.lower().endswith("y") else last + "s"
        out.append(" ".join(ws[:-1] + [plural]))
    return out


def build_initiatives(ref: dict, cur: dict, org_ids: set, region_ids: dict) -> dict:
    refs = {i["id"]: i for i in ref["initiatives"]}
    id_map = {}
    for i in cur["initiatives"]:
        for r in i["ref"]:
            id_map[r] = i["id"]
    missing = set(refs) - set(id_map)
    if missing:
        raise BuildError(f"reference initiatives not mapped: {sorted(missing)}")
    shown = display_labels(cur, "initiatives")
    check_display_ids("initiatives", shown, {i["id"] for i in cur["initiatives"]})

    def related_id(x):
        if x in id_map:
            return id_map[x]
        if hyphen_id(x) in org_ids:
            return hyphen_id(x)
        return region_ids.get(x, hyphen_id(x))

    out = []
    for i in cur["initiatives"]:
        r = refs[i["ref"][0]]
        labels = {lang: re.sub(r"\s*\((?:[A-Z][A-Za-z!-]*|CLiKC!)\)\s*$", "", r[f"label_{lang}"]) for lang in ("en", "fr", "es")}
        labels.update(i.get("labels", {}))
        definition = i.get("definition") or r.get("notes") or (
            f"{labels['en']}: {r['category'].replace('_', ' ')} (lead organization: {related_id(r['owner'])}).")
        kw = {lang: v for lang, v in i["keywords"].items()}
        weak = {lang: v for lang, v in i["weak_keywords"].items()}
        kw["en"] = english_plurals(kw.get("en", []))
        strong_keys = set()
        for lang in kw:
            kw[lang] = dedupe(kw[lang], strong_keys)
        weak_keys = set(strong_keys)
        for lang in weak:
            weak[lang] = dedupe(weak[lang], weak_keys)
        for lang, v in list(kw.items()) + list(weak.items()):
            for k in v:
                if looks_like_acronym(k) and len(words(k)) == 1:
                    raise BuildError(f"initiative {i['id']}: keyword {k!r} looks like an acronym; list it as one")
        related = []
        for x in r["related"] + [x for rr in i["ref"][1:] for x in refs[rr]["related"]]:
            rid = related_id(x)
            if rid != i["id"] and rid not in related:
                related.append(rid)
        entry = {
            "id": i["id"],
            "labels": labels,
            "definition": definition,
            "source": "shared/reference/initiatives.json (" + "; ".join(refs[x]["verification"] for x in i["ref"])
                      + ") | keywords reviewed and split into strong and weak: " + CURATED
                      + (f" | {'/'.join(sorted(i['labels']))} label: " + CURATED if i.get("labels") else ""),
            "keywords": {lang: v for lang, v in kw.items() if v},
            "weak_keywords": {lang: v for lang, v in weak.items() if v},
            "acronyms": i["acronyms"],
            "weak_acronyms": i["weak_acronyms"],
            "owner": related_id(r["owner"]),
            "related": related,
        }
        if len(i["ref"]) > 1 or i["ref"][0].replace("_", "-") != i["id"]:
            entry["reference_ids"] = i["ref"]
        add_display_labels(entry, shown.get(i["id"], {}), "labels")
        out.append(entry)
    return {
        "meta": {
            "title": "Initiatives, instruments and topics",
            "generated_by": GENERATED_BY,
            "sources": ref["meta"]["sources"] + [
                "Strong/weak split of the keywords, French/Spanish plurals, Arabic labels and keywords: " + CURATED
                + " (tools/taxonomy/curated.json)."],
            "notes": [
                "keywords: one occurrence tags the initiative; weak_keywords and weak_acronyms (generic words such as "
                "\"pandemic\", \"origin\", \"Mercator\" alone, or acronyms with other common meanings such as SAFE, CAP) "
                "need two occurrences, or one beside a strong keyword.",
                "English multi-word keywords ending in a countable noun also appear in the plural.",
                "Keywords avoid embedding an organization or region name (\"WCO Revenue Package\", \"ASEAN Single "
                "Window\"): the tagger's longest match would otherwise hide the organization or region.",
                "Ids: the reference ids with hyphens; safe -> safe-framework, hs -> harmonized-system, "
                "trs -> time-release-study, cbm -> coordinated-border-management, gender_equality -> gender, "
                "ecommerce -> e-commerce, covid19 -> covid-19, ephyto -> plant-health (reference_ids keeps the "
                "mapping). owner and related (optional) use our ids.",
            ],
            "counts": {"initiatives": len(out)},
        },
        "initiatives": out,
    }


def build_administrations(cur: dict) -> dict:
    patterns = cur["administrations"]
    return {
        "meta": {
            "title": "Patterns naming national customs and revenue administrations",
            "generated_by": GENERATED_BY,
            "sources": [CURATED + " (tools/taxonomy/curated.json)"],
            "notes": [
                "{country}: every name of a country in the pattern's language; {demonym}: its demonyms and pattern "
                "demonyms in that language. \"(a|b|)\" lists alternatives, the empty one meaning nothing; <...> marks "
                "the words highlighted as the mention (\"Guatemala's Tax Administration\" highlights \"Tax "
                "Administration\" and tags Guatemala).",
                "Arabic: only \"جمارك {country}\" and similar construct forms; adjectival forms (\"الجمارك الأردنية\") "
                "carry the article on the demonym, which the word-based matcher cannot build, so they are listed as "
                "aliases of the bodies concerned instead.",
            ],
            "counts": {"patterns": len(patterns)},
        },
        "patterns": patterns,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("reference_dir", nargs="?", help="the reference facts (default <repo>/../shared/reference)")
    ap.add_argument("--reference", dest="reference", help="same as the positional argument")
    ap.add_argument("--curated", default=str(HERE / "curated.json"))
    ap.add_argument("--out", default=str(REPO / "resources" / "taxonomy"))
    args = ap.parse_args(argv)
    ref_dir = Path(args.reference or args.reference_dir or (REPO.parent / "shared" / "reference"))
    ref = {name: load_json(ref_dir / f"{name}.json") for name in ("countries", "regions", "organizations", "initiatives")}
    cur = load_json(Path(args.curated))
    out = Path(args.out)
    try:
        countries = build_countries(ref["countries"], cur)
        codes = {c["code"] for c in countries["countries"]}
        regions = build_regions(ref["regions"], cur, codes)
        rmap = region_id_map(cur["regions"])
        organizations = build_organizations(ref["organizations"], cur, codes, rmap)
        initiatives = build_initiatives(ref["initiatives"], cur, {o["id"] for o in organizations["organizations"]}, rmap)
        administrations = build_administrations(cur)
    except BuildError as e:
        print(f"build_taxonomy: {e}", file=sys.stderr)
        return 1
    for name, data in (("countries", countries), ("regions", regions), ("organizations", organizations),
                       ("initiatives", initiatives), ("administrations", administrations)):
        write_json(out / f"{name}.json", data)
    print(f"wrote {out}: {len(countries['countries'])} countries, {len(regions['regions'])} regions, "
          f"{len(organizations['organizations'])} organizations, {len(initiatives['initiatives'])} initiatives, "
          f"{len(administrations['patterns'])} administration patterns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
