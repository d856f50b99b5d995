#!/usr/bin/env bash
# The reuse benchmark: copydesk reuse vs a straightforward Python baseline (rare 5-gram seeds
# extended by difflib) on a generated archive with known inserted passages (generate.py), scored
# by evaluate.py: recall of inserted passages of >= 40 words with all four offsets within 10
# characters, pairs reported between unrelated documents, documents per second.
#
#   Benchmarks/Reuse/run.sh [DOCUMENTS]     default 2,000 documents, 400 passages
#
# Archives and outputs go to Benchmarks/out/ (git-ignored) and are reused.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/Benchmarks/out"
documents="${1:-2000}"
passages=$((documents / 5))
mkdir -p "$out"

if ! [ -x /usr/bin/time ]; then
    apt-get update -qq && apt-get install -y -qq time >/dev/null
fi
echo "Building copydesk (release)…" >&2
(cd "$root" && swift build -c release --product copydesk >/dev/null)
copydesk="$root/.build/release/copydesk"
python="$("$here/setup-peers.sh" | tail -n 1)"

archive="$out/reuse.$documents.jsonl"
truth="$out/reuse.$documents.truth.jsonl"
if ! [ -s "$archive" ] || ! [ -s "$truth" ]; then
    python3 "$here/generate.py" --documents "$documents" --passages "$passages" "$archive"
fi

# Runs a command under /usr/bin/time -v, output to a file; prints "wall_seconds cpu_seconds peak_MB".
measure() {
    local report="$1" output="$2"; shift 2
    /usr/bin/time -v "$@" 2>"$report" >"$output" || true
    python3 - "$report" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time.*: (.*)", text).group(1)
parts = [float(p) for p in wall.split(":")]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", text).group(1)) + float(re.search(r"System time \(seconds\): ([\d.]+)", text).group(1))
peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
print(f"{seconds:.2f} {cpu:.2f} {peak:.0f}")
PY
}

echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)" >&2
read -r cd_wall cd_cpu cd_peak < <(measure "$out/reuse.copydesk.time.txt" "$out/reuse.copydesk.jsonl" \
    "$copydesk" reuse --format jsonl --quiet --statistics "$archive")
grep -h "^documents" "$out/reuse.copydesk.time.txt" >&2 || true
read -r py_wall py_cpu py_peak < <(measure "$out/reuse.baseline.time.txt" "$out/reuse.baseline.jsonl" \
    "$python" "$here/baseline.py" "$archive")
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)" >&2

"$python" "$here/evaluate.py" "$truth" "$out/reuse.copydesk.jsonl" >"$out/reuse.copydesk.score.json"
"$python" "$here/evaluate.py" "$truth" "$out/reuse.baseline.jsonl" >"$out/reuse.baseline.score.json"
python3 - "$out/reuse.copydesk.score.json" "$out/reuse.baseline.score.json" "$documents" \
    "$cd_wall" "$cd_cpu" "$cd_peak" "$py_wall" "$py_cpu" "$py_peak" <<'PY'
import json, sys
cd, py = (json.load(open(p)) for p in sys.argv[1:3])
documents = int(sys.argv[3])
cw, cc, cp, pw, pc, pp = map(float, sys.argv[4:10])
rows = [
    ("inserted copies >= 40 words", cd["copies_scored"], py["copies_scored"]),
    ("recall, offsets within 10 chars", cd["recall"], py["recall"]),
    ("recall, overlapping at all", cd["recall_overlap"], py["recall_overlap"]),
    ("  clean copies", cd["by_kind"]["clean"]["found_within_tolerance"], py["by_kind"]["clean"]["found_within_tolerance"]),
    ("  OCR-noisy copies (0.5-5%)", cd["by_kind"]["noisy"]["found_within_tolerance"], py["by_kind"]["noisy"]["found_within_tolerance"]),
    ("  trimmed passages", cd["by_kind"]["trimmed"]["found_within_tolerance"], py["by_kind"]["trimmed"]["found_within_tolerance"]),
    ("  40-99 words", cd["by_kind"]["words 40-99"]["found_within_tolerance"], py["by_kind"]["words 40-99"]["found_within_tolerance"]),
    ("  100-200 words", cd["by_kind"]["words 100-200"]["found_within_tolerance"], py["by_kind"]["words 100-200"]["found_within_tolerance"]),
    ("  20-39 words (below the bar)", cd["by_kind"]["words 20-39"]["found_within_tolerance"], py["by_kind"]["words 20-39"]["found_within_tolerance"]),
    ("pairs reported", cd["reported_pairs"], py["reported_pairs"]),
    ("pairs between unrelated documents", cd["false_pairs_unrelated"], py["false_pairs_unrelated"]),
    ("pairs between related documents, off the passages", cd["spurious_pairs_related"], py["spurious_pairs_related"]),
    ("wall seconds", cw, pw),
    ("CPU seconds", cc, pc),
    ("documents per wall second", round(documents / cw) if cw else None, round(documents / pw) if pw else None),
    ("peak MB", cp, pp),
]
print(f"\n{'':52} {'copydesk reuse':>15} {'Python baseline':>16}")
for name, x, y in rows:
    print(f"{name:52} {x!s:>15} {y!s:>16}")
PY
