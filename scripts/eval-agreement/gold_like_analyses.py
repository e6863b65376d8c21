#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Analyses close to a gold reading, for checking that `parley eval` and score.py agree where events match.

  gold_like_analyses.py SEED GOLD.json ANALYSIS.jsonl OUT.jsonl
Each gold event (and forbidden reading) becomes 0-2 predicted events over the sentence holding its evidence,
with actors that mostly fit, and random slips (type, polarity, modality, date, place, actor country), plus a
board built from the gold one with slips.
"""
import json, random, re, sys
random.seed(int(sys.argv[1]))
gold = json.load(open(sys.argv[2]))
a = json.loads(open(sys.argv[3]).readline())
text = a["article"]["text"]; low = text.lower()
acts = a.get("actors") or []; n = [0]
def actor(spec):
    if spec is None or random.random() < 0.1: return None
    n[0] += 1; aid = "or-%d" % n[0]
    pick = lambda v: random.choice(v) if isinstance(v, list) else v
    c = pick(spec.get("country")) if "country" in spec else random.choice(["UKR","RUS","TUR"])
    if random.random() < 0.15: c = "FRA"
    org = pick(spec.get("organization")) if "organization" in spec else None
    acts.append({"id": aid, "name": pick(spec.get("name")) if "name" in spec else "X", "country": c,
                 "sector": pick(spec.get("sector")) if "sector" in spec else "GOV", "organization": org, "mentions": []})
    return aid
evs = []
for g in gold["events"] + gold.get("forbidden", []):
    for k in range(random.randint(0, 2)):
        ph = random.choice(g["evidence"] if isinstance(g["evidence"], list) else [g["evidence"]]).lower()
        i = low.find(ph.replace("\u2019", "'"))
        if i < 0: i = 0
        s = max(0, low.rfind(".", 0, i) + 1); e = low.find(".", i + len(ph)); e = len(text) if e < 0 else e + 1
        src, tgt = actor(g.get("source")), actor(g.get("target"))
        if g.get("symmetric") and random.random() < .5: src, tgt = tgt, src
        ev = {"type": random.choice(g["types"]) if random.random() < .9 else "PROTEST", "polarity": g.get("polarity", "positive") if random.random() < .9 else "negated",
              "modality": random.choice(["asserted", "reported", "intended", None]), "source": src, "target": tgt,
              "evidence": [{"start": s, "end": e, "text": text[s:e]}], "confidence": 0.8}
        if g.get("date"): ev["date"] = g["date"] if random.random() < .6 else "2022-03-11"
        if g.get("location"): ev["location"] = dict(g["location"]) if random.random() < .6 else {"name": "Istanbul", "country": "TUR"}
        evs.append(ev)
a["actors"] = acts; a["events"] = evs
gn = gold["negotiation"]
def cid(c):
    n[0] += 1; acts.append({"id": "ng-%d" % n[0], "name": c, "country": c, "sector": "GOV"}); return "ng-%d" % n[0]
a["negotiations"] = [{"parties": [cid(c) for c in gn["parties"]], "mediators": [cid(c) for c in gn.get("mediators", []) if random.random() < .7],
   "rounds": [{"date": r.get("date") or "2022-03-07", "outcome": random.choice(r["outcome"]), "location": {"name": r.get("location", "Kyiv"), "country": None}, "evidence": []} for r in gn["rounds"] if random.random() < .7],
   "issues": [{"issue": p["issue"], "positions": [{"actor": cid(p["country"]), "stance": random.choice(p["stances"] + ["support"])}]} for p in gn["positions"]]}]
open(sys.argv[4], "w").write(json.dumps(a, ensure_ascii=False) + "\n")
