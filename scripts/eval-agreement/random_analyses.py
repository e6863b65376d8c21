#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Random analyses for checking that `parley eval` and the Python referees agree.

  random_analyses.py SEED SRC DST
SRC is a folder written by `parley eval --out` (gold/*.jsonl, plover.jsonl, conflibert.jsonl); DST gets the same
analyses with random actors, events (types, CAMEO codes, polarity, modality, evidence, dates, places) and
negotiation boards, and a few analyses dropped, in the same layout (score it with `parley eval --analyses DST`).
"""
import json, random, re, os, sys, glob
random.seed(int(sys.argv[1]))
SRC, DST = sys.argv[2], sys.argv[3]
os.makedirs(DST + "/gold", exist_ok=True)
TYPES = ["AGREE","CONSULT","SUPPORT","CONCEDE","COOPERATE","AID","RETREAT","REQUEST","ACCUSE","REJECT","THREATEN","PROTEST","SANCTION","MOBILIZE","COERCE","ASSAULT"]
COUNTRIES = ["UKR","RUS","TUR","USA",None]
SECTORS = ["GOV","MIL","IGO",None]
ISSUES = ["ceasefire","humanitarian_corridor","security_guarantees","neutrality","territory","surrender"]
STANCES = ["demand","offer","support","accept","open","oppose","reject","agreed"]
def sentences(text):
    out=[]; start=0
    for m in re.finditer(r"[.!?](\s+|$)", text):
        out.append((start, m.end())); start=m.end()
    if start < len(text): out.append((start, len(text)))
    return out or [(0, len(text))]
def actors_for(a, n):
    acts = a.get("actors") or []
    text = a["article"]["text"]
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    for i in range(n):
        c = random.choice(COUNTRIES); s = random.choice(SECTORS)
        w = random.choice(words) if words else (0, 0)
        acts.append({"id": "syn-%d" % i, "name": random.choice(["Kuleba","Lavrov","Russia","Ukraine","UN Security Council","Turkey","the rebels"]),
                     "code": (c or "") + (s or ""), "country": c, "sector": s,
                     "organization": random.choice([None, None, "UN", "NATO", "EU"]),
                     "mentions": [{"start": w[0], "end": w[1], "text": text[w[0]:w[1]] if random.random() < .7 else ""}]})
    a["actors"] = acts
    return [x["id"] for x in acts]
def events(a, n, ids):
    text = a["article"]["text"]; sents = sentences(text); out=[]
    for i in range(n):
        s = random.choice(sents); ev=[{"start": s[0], "end": s[1], "text": text[s[0]:s[1]] if random.random()<.5 else ""}]
        if random.random()<.3:
            s2=random.choice(sents); ev.append({"start": s2[0], "end": s2[1], "text": text[s2[0]:s2[1]]})
        e = {"id": "ev-%d" % i, "type": random.choice(TYPES), "cameo": random.choice(["010","036","046","043","112","190","0831",None,"20","1"]),
             "polarity": random.choice(["positive","positive","negated"]), "modality": random.choice(["asserted","reported","intended","hypothetical"]),
             "source": random.choice(ids + [None]), "target": random.choice(ids + [None]), "evidence": ev,
             "confidence": random.choice([0.5, 0.7, 0.9, 0.7]),
             "date": random.choice([None, "2022-03-10", "2022-03-07", "2022-03"]),
             "location": random.choice([None, {"name": "Antalya", "country": "TUR"}, {"name": "antalya ", "country": "TUR"}, {"name": "Mariupol", "country": "UKR"}, {"name": "Mariupol", "country": None}])}
        if random.random() < .1: del e["polarity"]
        out.append(e)
    a["events"] = out
for g in glob.glob(SRC + "/gold/*.jsonl"):
    a = json.loads(open(g).readline())
    ids = actors_for(a, 25)
    events(a, 120, ids)
    a["negotiations"] = [{"parties": random.sample(ids, 4), "mediators": random.sample(ids, 3),
        "rounds": [{"date": random.choice(["2022-03-10","2022-03-07","2022-03-01",None]), "outcome": random.choice(["agreement","partial","no_agreement","unknown"]),
                    "location": random.choice([None, {"name": "Antalya", "country": "TUR"}]), "evidence": []} for _ in range(4)],
        "issues": [{"issue": iss, "positions": [{"actor": random.choice(ids), "stance": random.choice(STANCES)} for _ in range(6)]} for iss in ISSUES]} for _ in range(2)]
    with open(DST + "/gold/" + os.path.basename(g), "w") as f:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
for name in ("plover", "conflibert"):
    with open(SRC + "/" + name + ".jsonl") as f, open(DST + "/" + name + ".jsonl", "w") as o:
        for line in f:
            a = json.loads(line)
            if random.random() < 0.03: continue  # some missing analyses
            ids = actors_for(a, random.randint(0, 4))
            events(a, random.randint(0, 3), ids)
            o.write(json.dumps(a, ensure_ascii=False) + "\n")
