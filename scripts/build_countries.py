#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds parley-core/src/main/resources/org/parley/actors/countries.tsv, Parley's table of states.

Sources (both read from registry packages, nothing is downloaded at run time):
  * Debian package `iso-codes` (LGPL-2.1-or-later): /usr/share/iso-codes/json/iso_3166-1.json
    gives alpha-3, alpha-2, numeric codes and official names.
  * npm package `world-countries` (ODbL-1.0, by Mohammed Le Doze): countries.json gives common names,
    alternative spellings, English demonyms and capitals.
  * scripts/data/country-extras.tsv (EXTRA): names, adjectives and capital spellings common in English news
    that neither package holds (hand-written by the Parley contributors, GPL-3.0-or-later).

Usage:
  apt-get install iso-codes
  (cd /tmp && npm pack world-countries && tar xzf world-countries-*.tgz)
  python3 scripts/build_countries.py /tmp/package/countries.json > parley-core/src/main/resources/org/parley/actors/countries.tsv
"""
import json
import re
import sys
import unicodedata

from tsv_data import read_rows, split_list

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"

# Extra English news usage: alpha-3 -> (aliases, adjectives, capitals), hand-written in scripts/data/.
EXTRA = {a3: (split_list(aliases), split_list(adjectives), split_list(capitals))
         for a3, aliases, adjectives, capitals in read_rows("country-extras.tsv",
                                                            ["alpha3", "aliases", "adjectives", "capitals"])}

# Plural nouns for a state's people that are not the adjective + "s" ("Serbs", not "Serbians" only).
PEOPLE_EXTRA = {"SRB": ["Serbs"], "HRV": ["Croats"], "TUR": ["Turks"], "SWE": ["Swedes"], "DNK": ["Danes"],
                "FIN": ["Finns"], "POL": ["Poles"], "GBR": ["Britons", "Brits", "the British"], "FRA": ["the French"],
                "CHN": ["the Chinese"], "JPN": ["the Japanese"], "NLD": ["the Dutch"], "PHL": ["Filipinos"],
                "BIH": ["Bosniaks", "Bosnians"], "ESP": ["Spaniards"], "THA": ["Thais"], "ARE": ["Emiratis"],
                "VNM": ["the Vietnamese"], "SDN": ["the Sudanese"], "LBN": ["the Lebanese"]}

# The name English-language news uses where the packages' common name differs.
NAME_OVERRIDE = {"TUR": "Turkey", "CZE": "Czech Republic", "COD": "Democratic Republic of the Congo", "XKX": "Kosovo"}

# Capitals too ambiguous to stand for a government in English text (person names, common words, cities
# shared with larger places).
AMBIGUOUS_CAPITALS = {"Victoria", "Kingston", "Hamilton", "Georgetown", "Nassau", "Male", "Malé", "Plymouth",
                      "Jamestown", "Avarua", "Apia", "Praia", "Roseau", "Castries", "Victoria City", "Palikir",
                      "Funafuti", "Saipan", "Hagåtña", "Basseterre", "Kingstown", "Saint John's", "Vatican City",
                      "Washington D.C.", "Sofia", "Lobamba", "Yaren", "Majuro", "Ngerulmud", "South Tarawa",
                      "Port Louis", "Stanley", "Road Town", "George Town", "Willemstad", "Oranjestad",
                      "Philipsburg", "Marigot", "Gustavia", "Cockburn Town", "Charlotte Amalie", "Pago Pago",
                      "Alofi", "Adamstown", "Kingston upon Thames", "Douglas", "Saint Helier", "St. Peter Port",
                      "Mata-Utu", "Nouméa", "Papeetē", "Saint-Pierre", "Saint-Denis", "Cayenne", "Basse-Terre",
                      "Fort-de-France", "Mamoudzou", "Torshavn", "Tórshavn", "Nuuk", "Longyearbyen", "Mariehamn",
                      "The Valley", "Brades", "Hamilton", "El Aaiún", "Flying Fish Cove", "West Island",
                      "Kingston", "Diego Garcia", "Port-aux-Français", "King Edward Point", "Gibraltar"}


def latin(s):
    return all(unicodedata.category(c).startswith(("L", "Z", "P", "M")) and (ord(c) < 0x250 or c in "’")
               or c in "-'. " for c in s)


def ok_name(s):
    return len(s) >= 3 and latin(s) and "," not in s and not re.fullmatch(r"[A-Z]{2}", s)


def add(lst, *items):
    for i in items:
        if i and i not in lst:
            lst.append(i)


def main(argv):
    wc = {c["cca3"]: c for c in json.load(open(argv[1], encoding="utf-8"))}
    iso = {c["alpha_3"]: c for c in json.load(open(ISO, encoding="utf-8"))["3166-1"]}
    rows = []
    for a3 in sorted(set(iso) | {"XKX"}):
        i = iso.get(a3, {})
        w = wc.get(a3) or (wc.get("UNK") if a3 == "XKX" else None) or {}
        name = NAME_OVERRIDE.get(a3) or (w.get("name") or {}).get("common") or i.get("common_name") or i.get("name")
        official = i.get("official_name") or (w.get("name") or {}).get("official") or name
        aliases, adjectives, capitals = [], [], []
        ex = EXTRA.get(a3, ([], [], []))
        add(aliases, *[x for x in ex[0]])
        add(aliases, i.get("name"), i.get("common_name"), (w.get("name") or {}).get("official"))
        add(aliases, *[x for x in w.get("altSpellings", []) if ok_name(x)])
        aliases = [x for x in aliases if x and x != name and ok_name(x) or x in ex[0]]
        add(adjectives, *ex[1])
        dem = ((w.get("demonyms") or {}).get("eng") or {})
        for g in ("m", "f"):
            for d in (dem.get(g) or "").split(","):
                d = d.strip()
                if d and ok_name(d):
                    add(adjectives, d)
        add(capitals, *ex[2])
        if w.get("independent") or a3 in EXTRA:
            add(capitals, *[c for c in w.get("capital", []) if ok_name(c)])
        capitals = [c for c in capitals if c not in AMBIGUOUS_CAPITALS or c in ex[2]]
        people = list(PEOPLE_EXTRA.get(a3, []))
        for adj in adjectives:
            if " " not in adj and (adj.endswith("n") or adj.endswith("i")) and not adj.endswith("ese"):
                add(people, adj + "s")
        independent = bool(w.get("independent")) or a3 in ("PSE", "TWN", "XKX")
        source = "iso-codes;world-countries" + (";parley" if a3 in EXTRA else "")
        rows.append([a3, i.get("alpha_2", "XK" if a3 == "XKX" else ""), i.get("numeric", ""), name, official,
                     aliases, adjectives, capitals, "state" if independent else "territory", source, people])
    # A name shared by several entries goes to the state (over a territory), then to the first listed in EXTRA.
    owner = {}
    for r in sorted(rows, key=lambda r: (r[8] != "state", r[0] not in EXTRA, r[0])):
        for col in (5, 6, 7, 10):
            for x in r[col] + ([r[3]] if col == 5 else []):
                owner.setdefault((8 if col == 10 else col, x), r[0])
    out = sys.stdout
    out.write("# Parley states and territories: ISO 3166-1 codes, names, adjectives/demonyms, capitals.\n")
    out.write("# Generated by scripts/build_countries.py from Debian iso-codes (LGPL-2.1+) and npm world-countries\n")
    out.write("# (ODbL-1.0, (c) Mohammed Le Doze) plus Parley's own additions; see README.md and LICENSE-world-countries.\n")
    out.write("# Lists are separated by '|'. kind is state or territory; people are plural nouns for the state's people. XKX is Kosovo's user-assigned code.\n")
    out.write("alpha3\talpha2\tnumeric\tname\tofficial\taliases\tadjectives\tcapitals\tkind\tsource\tpeople\n")
    for r in rows:
        aliases = [x for x in r[5] if owner.get((5, x)) == r[0]]
        adjectives = [x for x in r[6] if owner.get((6, x)) == r[0]]
        capitals = [x for x in r[7] if owner.get((7, x)) == r[0]]
        out.write("\t".join([r[0], r[1], r[2], r[3], r[4], "|".join(aliases), "|".join(adjectives),
                             "|".join(capitals), r[8], r[9], "|".join(x for x in r[10] if owner.get((8, x)) == r[0])]) + "\n")


if __name__ == "__main__":
    main(sys.argv)
