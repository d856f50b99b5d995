#!/usr/bin/env bash
# The dedup benchmark: copydesk dedup vs datasketch MinHashLSH on a generated archive with
# ground truth, scored by Adjusted Rand Index and pairwise precision/recall, with time and peak
# memory (/usr/bin/time -v).
#
#   Benchmarks/Dedup/run.sh            quality run (~13,000 documents), both tools
#   Benchmarks/Dedup/run.sh scale      1,000,000 documents (~500 words), copydesk only
#   Benchmarks/Dedup/run.sh index      index add 9,000 documents, query the other 3,000
#
# Generated archives and outputs go to Benchmarks/out/ (git-ignored) and are reused.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/Benchmarks/out"
mode="${1:-quality}"
mkdir -p "$out"

if ! [ -x /usr/bin/time ]; then
    apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

echo "Building copydesk (release)…" >&2
(cd "$root" && swift build -c release --product copydesk >/dev/null)
copydesk="$root/.build/release/copydesk"

# Runs a command under /usr/bin/time -v with its output to a file; prints "seconds peak_MB".
measure() {
    local report="$1" output="$2"; shift 2
    /usr/bin/time -v "$@" 2>"$report" >"$output"
    python3 - "$report" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time.*: (.*)", text).group(1)
parts = [float(p) for p in wall.split(":")]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
print(f"{seconds:.2f} {peak:.0f}")
PY
}

field() { python3 -c "import json,sys; print(round(json.loads(sys.argv[1])[sys.argv[2]], 4))" "$1" "$2"; }

if [ "$mode" = "scale" ]; then
    archive="$out/scale.jsonl"
    if ! [ -s "$archive" ]; then
        echo "Generating 1,000,000 documents (once; a few minutes)…" >&2
        python3 "$here/generate.py" --documents 1000000 --seed 11 "$archive" >&2
    fi
    echo "Running copydesk dedup on $(wc -l <"$archive") documents…" >&2
    read -r seconds peak < <(measure "$out/scale.time.txt" "$out/scale.copydesk.jsonl" \
        "$copydesk" dedup --format jsonl --quiet --statistics "$archive")
    grep -h "documents" "$out/scale.time.txt" | grep -v "Command" >&2 || true
    score=$(python3 "$here/evaluate.py" "$out/scale.truth.tsv" "$out/scale.copydesk.jsonl")
    printf "\nscale: %s documents  wall %ss (target < 60)  peak %s MB (target < 2048)  ARI %s  precision %s  recall %s\n" \
        "$(field "$score" documents)" "$seconds" "$peak" "$(field "$score" ari)" "$(field "$score" precision)" "$(field "$score" recall)"
    exit 0
fi

if [ "$mode" = "index" ]; then
    archive="$out/quality.jsonl"
    [ -s "$archive" ] || python3 "$here/generate.py" --documents 12000 --seed 7 "$archive" >&2
    head -n 9000 "$archive" >"$out/index.add.jsonl"
    tail -n +9001 "$archive" >"$out/index.query.jsonl"
    rm -f "$out/index.db" "$out/index.db-wal" "$out/index.db-shm"
    read -r a_seconds a_peak < <(measure "$out/index.add.time.txt" /dev/null \
        "$copydesk" index add --db "$out/index.db" --quiet "$out/index.add.jsonl")
    read -r q_seconds q_peak < <(measure "$out/index.query.time.txt" "$out/index.answers.jsonl" \
        "$copydesk" index query --db "$out/index.db" --format jsonl "$out/index.query.jsonl")
    queries=$(wc -l <"$out/index.query.jsonl")
    printf "\nindex add: 9000 documents in %ss (peak %s MB); query: %s documents in %ss (%s ms each, process start included)\n" \
        "$a_seconds" "$a_peak" "$queries" "$q_seconds" "$(python3 -c "print(round($q_seconds * 1000 / $queries, 2))")"
    python3 "$here/index_check.py" "$out/quality.truth.tsv" "$out/index.add.jsonl" "$out/index.answers.jsonl"
    exit 0
fi

archive="$out/quality.jsonl"
if ! [ -s "$archive" ]; then
    python3 "$here/generate.py" --documents 12000 --seed 7 "$archive" >&2
fi
python="$("$here/setup-peers.sh" | tail -n 1)"

echo "Running copydesk dedup…" >&2
read -r c_seconds c_peak < <(measure "$out/quality.copydesk.time.txt" "$out/quality.copydesk.jsonl" \
    "$copydesk" dedup --format jsonl --quiet "$archive")
echo "Running datasketch MinHashLSH (threshold 0.5, 128 permutations, word 3-grams)…" >&2
read -r d_seconds d_peak < <(measure "$out/quality.datasketch.time.txt" "$out/quality.datasketch.tsv" \
    "$python" "$here/datasketch_dedup.py" "$archive")

c=$(python3 "$here/evaluate.py" "$out/quality.truth.tsv" "$out/quality.copydesk.jsonl")
d=$(python3 "$here/evaluate.py" "$out/quality.truth.tsv" "$out/quality.datasketch.tsv")
c_ari=$(field "$c" ari); d_ari=$(field "$d" ari)
printf "\n%s documents, %s true clusters of reprints\n\n" "$(field "$c" documents)" "$(field "$c" true_clusters)"
printf "%-12s %8s %10s %8s %9s %9s\n" tool ARI precision recall "time s" "peak MB"
printf "%-12s %8s %10s %8s %9s %9s\n" copydesk "$c_ari" "$(field "$c" precision)" "$(field "$c" recall)" "$c_seconds" "$c_peak"
printf "%-12s %8s %10s %8s %9s %9s\n" datasketch "$d_ari" "$(field "$d" precision)" "$(field "$d" recall)" "$d_seconds" "$d_peak"
python3 - "$c_ari" "$d_ari" <<'PY'
import sys
c, d = map(float, sys.argv[1:])
ok = c >= 0.95 and c >= d + 0.1
print(f"\ntargets: ARI >= 0.95 and >= datasketch + 0.1 ({d + 0.1:.4f}): {'met' if ok else 'NOT met'}")
PY
