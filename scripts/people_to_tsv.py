#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns the compact people notation (country;role;name;gender;start;end;aliases, one tenure a line) into the
actor-file TSV Parley reads. Used when adding many office holders at once; people.tsv itself is the data.

  python3 scripts/people_to_tsv.py tenures.txt ["source text"] >> parley-core/src/main/resources/org/parley/actors/people.tsv

The optional second argument fills the source column (default "parley"); say honestly where the dates come from.

A row without a country is an international office; its organisation and code come from ORG_ROLES.
"""
import sys

# role word -> (organisation, code, sector) for international offices
ORG_ROLES = [
    ("NATO", ("NATO", "IGONAT", "IGO")),
    ("European", ("EU", "IGOEUR", "IGO")),
    ("EU ", ("EU", "IGOEUR", "IGO")),
    ("IAEA", ("IAEA", "IGOUNO", "IGO")),
    ("ICRC", ("ICRC", "NGOIRC", "NGO")),
    ("ICC", ("ICC", "IGOJUD", "JUD")),
    ("WHO", ("WHO", "IGOUNO", "IGO")),
    ("Arab League", ("Arab League", "IGOARL", "IGO")),
    ("African Union", ("AU", "IGOAFU", "IGO")),
    ("OSCE", ("OSCE", "IGOOSC", "IGO")),
    ("", ("UN", "IGOUNO", "IGO")),
]
# role word -> (sector, organisation) for national roles that are not government
NATIONAL = [
    ("Hamas", ("REB", "Hamas")),
    ("Hezbollah", ("REB", "Hezbollah")),
    ("Taliban", ("REB", "Taliban")),
    ("RSF", ("REB", "RSF")),
    ("Libyan National Army", ("REB", "LNA")),
    ("Opposition", ("OPP", "")),
    ("Commander-in-Chief", ("MIL", "")),
    ("Chief of", ("MIL", "")),
    ("Pope", ("REL", "Holy See")),
]


def main(path, source="parley"):
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        country, role, name, gender, start, end, aliases = (line.split(";") + [""] * 7)[:7]
        org = ""
        if country:
            sector = "GOV"
            for word, (sec, o) in NATIONAL:
                if word in role:
                    sector, org = sec, o
                    break
            code = country + sector
        else:
            for word, (o, c, sec) in ORG_ROLES:
                if word in role:
                    org, code, sector = o, c, sec
                    break
        print("\t".join(["person", name, aliases, code, country, sector, org, role, start, end, gender, source]))


if __name__ == "__main__":
    main(*sys.argv[1:3])
