#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists the ConfliBERT sentences Parley classes wrongly, with every event it coded, for error analysis.

  ./parley eval --set conflibert --out OUT
  scripts/conflibert-diagnostic.py OUT/conflibert.jsonl [--shared DIR] [--scheme-only | --coding-only]

For each wrong sentence: gold and predicted class, all events (type, CAMEO, polarity, modality, confidence,
trigger; '*' marks the one the referee scores). A sentence is tagged SCHEME when the error disappears once the
set's own class scheme is applied (its gold puts CAMEO 02 appeals in class 0, 14 protests in class 4, 16 reductions
of relations in class 3, and 09 investigations in class 3, where the referee maps the standard way). The
scheme-mapped accuracy printed at the end is a figure for reports only: Parley itself never writes codes to fit it.

The data set stays in the shared folder (never copied into the repository); this script only reads it.
"""
import argparse
import collections
import os
import sys

SCHEME = {"02": 0, "14": 4, "16": 3}
INVESTIGATION = {"09": 3}


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("analyses", help="conflibert.jsonl written by parley eval --out")
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"), help="the shared data folder")
    only = ap.add_mutually_exclusive_group()
    only.add_argument("--scheme-only", action="store_true", help="list only errors the class scheme explains")
    only.add_argument("--coding-only", action="store_true", help="list only errors the class scheme does not explain")
    args = ap.parse_args(argv)
    tools = os.path.join(args.shared, "tools")
    gold = os.path.join(args.shared, "datasets", "events-dev", "conflibert-test-class.tsv")
    if not os.path.exists(gold):
        print("no ConfliBERT set under %s; nothing to diagnose" % args.shared, file=sys.stderr)
        return 0
    sys.path.insert(0, tools)
    import score_sentences as referee  # the referee's own reading of classes and of the best event

    def standard(e):
        c = referee.quad(e.get("cameo")) if e else 0
        return 0 if c is None else c

    def mapped(e, table):
        if not e:
            return 0
        return table.get((e.get("cameo") or "")[:2], standard(e))

    rows = referee.conflibert_rows(gold)
    analyses = referee.load_analyses(args.analyses)
    totals = collections.Counter()
    causes = collections.Counter()
    for r in rows:
        a = analyses.get(r["id"], {})
        best = referee.best_event(a)
        pred = standard(best)
        three = mapped(best, SCHEME)
        four = mapped(best, {**SCHEME, **INVESTIGATION})
        totals["n"] += 1
        totals["strict"] += pred == r["label"]
        totals["scheme3"] += three == r["label"]
        totals["scheme4"] += four == r["label"]
        if pred == r["label"]:
            continue
        scheme = four == r["label"]
        causes["scheme " + (best.get("cameo") or "")[:2] if scheme else "coding %d>%d" % (r["label"], pred)] += 1
        if args.scheme_only and not scheme or args.coding_only and scheme:
            continue
        text = (a.get("article") or {}).get("text") or r["text"]
        print("%s gold %d got %d%s: %s" % (r["id"], r["label"], pred, " SCHEME" if scheme else "", text))
        for e in a.get("events") or []:
            t = e.get("trigger") or {}
            print("    %s %-9s %-5s %-8s %-12s %.2f %r" % (
                "*" if e is best else " ", e.get("type"), e.get("cameo"), e.get("polarity"), e.get("modality"),
                e.get("confidence") or 0.0, text[t.get("start", 0):t.get("end", 0)]))
    print("causes: " + ", ".join("%s %d" % kv for kv in sorted(causes.items())))
    n = totals["n"] or 1
    print("accuracy=%.3f scheme_mapped_accuracy=%.3f (02->0, 14->4, 16->3) with_investigations=%.3f (also 09->3)"
          % (totals["strict"] / n, totals["scheme3"] / n, totals["scheme4"] / n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
