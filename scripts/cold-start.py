#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Cold start of the CLI, timed from outside the process (issue 17's process-level timer).

Runs `./parley analyze FILE` (or any launcher arguments after --) N times, each in a fresh JVM, and prints for each
run the wall time to the first line on standard output (the first result a user sees) and to exit, then the
medians. Extra environment (e.g. PARLEY_JAVA_OPTS) is passed through.

    scripts/cold-start.py -n 5 examples/sudan-jeddah-talks.txt
    scripts/cold-start.py -n 5 -- explain examples/sudan-jeddah-talks.txt
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
launcher = os.path.join(os.path.dirname(here), "parley")

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("-n", type=int, default=5, help="runs (default 5)")
ap.add_argument("args", nargs="+", help="a file for analyze, or launcher arguments after --")
opts = ap.parse_args()
args = opts.args if len(opts.args) > 1 or not os.path.exists(opts.args[0]) else ["analyze", opts.args[0]]

firsts, totals = [], []
for run in range(opts.n):
    t0 = time.monotonic()
    p = subprocess.Popen([launcher] + args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    first = p.stdout.readline()
    t1 = time.monotonic()
    p.stdout.read()
    rc = p.wait()
    t2 = time.monotonic()
    if rc != 0 or not first:
        sys.exit(f"cold-start: run {run + 1} failed (exit {rc}, {'no output' if not first else 'output'})")
    firsts.append(t1 - t0)
    totals.append(t2 - t0)
    print(f"run {run + 1}: first output {t1 - t0:.2f} s, exit {t2 - t0:.2f} s", flush=True)
print(f"median of {opts.n}: first output {statistics.median(firsts):.2f} s, exit {statistics.median(totals):.2f} s")
