#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that `parley eval` prints exactly what the Python referees print on the same analyses.
#   scripts/eval-agreement/check.sh [SHARED] [SEEDS...]
# Runs the pipeline once (parley eval --out), then scores random and gold-like analyses made from that output
# with both score.py/score_sentences.py (--verbose) and `parley eval --analyses` (--verbose) and diffs them
# (parley's extra "  per-type" lines left out).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="$(cd "$here/../.." && pwd)"
shared="$(cd "${1:-$home/../shared}" && pwd)"; shift || true
seeds=("${@:-7 11 23}")
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$home/parley" eval --shared "$shared" --out "$work/real" > "$work/real.txt"
status=0
compare() {  # name dir
  local py="$work/$1.py.txt" java="$work/$1.java.txt"
  : > "$py"
  for g in "$shared"/gold/*.json; do
    python3 "$shared/tools/score.py" --verbose "$g=$2/gold/$(basename "${g%.json}").jsonl" >> "$py"
  done
  python3 "$shared/tools/score_sentences.py" plover "$shared/datasets/events-dev/plover-gsr.json" "$2/plover.jsonl" --verbose >> "$py"
  python3 "$shared/tools/score_sentences.py" conflibert "$shared/datasets/events-dev/conflibert-test-class.tsv" \
    "$shared/datasets/events-dev/conflibert-test-spans.txt" "$2/conflibert.jsonl" --verbose >> "$py"
  "$home/parley" eval --shared "$shared" --analyses "$2" --verbose 2>/dev/null | grep -v '^  per-type' > "$java"
  if diff -q "$py" "$java" > /dev/null; then
    echo "$1: agree ($(wc -l < "$py") lines)"; grep -E '^(total|plover|conflibert):' "$java" | sed 's/^/  /'
  else
    echo "$1: DIFFER"; diff "$py" "$java" | head -20; status=1
  fi
}
compare pipeline "$work/real"
for s in ${seeds[@]}; do
  python3 "$here/random_analyses.py" "$s" "$work/real" "$work/random-$s"
  compare "random-$s" "$work/random-$s"
  # gold-like analyses need one gold reading per file; only the first is perturbed
  g="$(ls "$shared"/gold/*.json | head -1)"; n="$(basename "${g%.json}").jsonl"
  mkdir -p "$work/gold-$s/gold"; cp "$work/random-$s"/*.jsonl "$work/gold-$s/"
  cp "$work/real/gold/"*.jsonl "$work/gold-$s/gold/"
  python3 "$here/gold_like_analyses.py" "$s" "$g" "$work/real/gold/$n" "$work/gold-$s/gold/$n"
  compare "gold-like-$s" "$work/gold-$s"
done
exit $status
