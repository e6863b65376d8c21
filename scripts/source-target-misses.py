#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists the PLOVER dev sentences whose event source or target the scorer counts wrong (issues 4 and 5).

  ./parley eval --set plover --out DIR
  scripts/source-target-misses.py DIR/plover.jsonl [SHARED_DIR] [source|target]

For each sentence whose gold type Parley predicts but whose source (target) actor has none of the gold codes, it
prints the gold codes, the text, each event of that type with its source and target actors (name, code, mentions)
and every actor of the sentence. Rows whose gold codes are CAMEO-only (JAP, ITL, NGO ...) are marked: no ISO code
can match them. Reads the gold from the shared folder at run time; copies nothing into the repository.
"""
import json
import os
import sys

OLD_TO_NEW = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    shared = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared")
    which = argv[2] if len(argv) > 2 else "both"
    gold = [r for r in json.load(open(os.path.join(shared, "datasets/events-dev/plover-gsr.json"), encoding="utf-8"))
            if r.get("event") not in (None, "DOCUMENT") and r.get("text")]
    analyses = {}
    for line in open(argv[0], encoding="utf-8"):
        if line.strip():
            a = json.loads(line)
            analyses[a["article"]["id"]] = a
    here = os.path.dirname(os.path.abspath(__file__))
    countries = set()
    for line in open(os.path.join(here, "..", "parley-core/src/main/resources/org/parley/actors/countries.tsv"),
                     encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            countries.add(line.split("\t")[0])
    misses = {"source": 0, "target": 0}
    for r in gold:
        gold_type = OLD_TO_NEW.get(r["event"], r["event"])
        a = analyses.get(str(r["id"]), {"actors": [], "events": []})
        actors = {x["id"]: x for x in a["actors"]}
        events = [e for e in a["events"] if e.get("polarity") == "positive" and e.get("type") == gold_type]
        if not events:
            continue

        def codes(actor_id):
            x = actors.get(actor_id) or {}
            c = {x.get("country"), x.get("code")}
            if x.get("sector") == "IGO" or x.get("organization"):
                c.add("IGO")
            return c

        def describe(actor_id):
            if actor_id is None:
                return "-"
            x = actors[actor_id]
            return "%s[%s](%s)" % (x["name"], x["code"], "|".join(m["text"] for m in x["mentions"]))

        for role in ("source", "target"):
            if which not in ("both", role):
                continue
            wanted = {g.get("code") for g in (r.get(role) if isinstance(r.get(role), list) else []) if isinstance(g, dict)}
            if not wanted or any(codes(e.get(role)) & wanted for e in events):
                continue
            misses[role] += 1
            cameo_only = all(c not in countries and c != "IGO" for c in wanted)
            print("%s %s %s gold=%s%s" % (role.upper(), r["id"], gold_type, sorted(wanted),
                                          " CAMEO-ONLY" if cameo_only else ""))
            print("    " + r["text"])
            for e in events:
                print("    event %s %r source=%s target=%s" % (e.get("cameo"), e["trigger"]["text"],
                                                             describe(e.get("source")), describe(e.get("target"))))
            print("    actors: " + "; ".join(describe(i) for i in actors))
    print("misses: source=%d target=%d" % (misses["source"], misses["target"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
