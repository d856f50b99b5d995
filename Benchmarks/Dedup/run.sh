#!/usr/bin/env bash
# The dedup benchmark: copydesk dedup vs datasketch MinHashLSH on a generated archive with
# ground truth, scored by Adjusted Rand Index and pairwise precision/recall, with time and peak
# memory (/usr/bin/time -v).
#
#   Benchmarks/Dedup/run.sh            quality run (12,000 documents), copydesk, datasketch and rensa
#   Benchmarks/Dedup/run.sh scale      1,000,000 documents (~500 words), copydesk only
#   Benchmarks/Dedup/run.sh speed [N]  end to end on one archive of N documents (default 50,000):
#                                      copydesk dedup (all cores, and --threads 1), rensa and
#                                      datasketch (JSON, regex word 5-grams, MinHash, LSH, one
#                                      core); prints the time ratios and the intake's MB/s
#                                      (wall and per CPU second, from --statistics)
#   Benchmarks/Dedup/run.sh index      index add 9,000 documents, query the other 3,000; then the
#                                      index's clusters against dedup's (ARI) on all 12,000, in
#                                      file, reversed and shuffled order (dedup run on the same
#                                      order), banded by default and banded as the dedup run was
#   Benchmarks/Dedup/run.sh index-scale [N]
#                                      index add N documents (default 1,000,000) of ~500 words,
#                                      then 1,000 held-out queries (latency, precision/recall) and
#                                      10,010 queries in one process (time per document end to end)
#
# Generated archives and outputs go to Benchmarks/out/ (git-ignored; OUT=dir for another
# folder, e.g. one per archive size of index-scale) and are reused.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${OUT:-$root/Benchmarks/out}"
mode="${1:-quality}"
mkdir -p "$out"

if ! [ -x /usr/bin/time ]; then
    apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

# COPYDESK=/path/to/copydesk measures that binary instead of building the release one.
copydesk="${COPYDESK:-}"
if [ -z "$copydesk" ]; then
    echo "Building copydesk (release)…" >&2
    (cd "$root" && swift build -c release --product copydesk >/dev/null)
    copydesk="$root/.build/release/copydesk"
fi

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

if [ "$mode" = "speed" ]; then
    documents="${2:-50000}"
    archive="$out/speed.$documents.jsonl"
    [ -s "$archive" ] || python3 "$here/generate.py" --documents "$documents" --seed 9 "$archive" >&2
    python="$("$here/setup-peers.sh" | tail -n 1)"
    megabytes=$(python3 -c "import os,sys; print(round(os.path.getsize(sys.argv[1]) / 1e6, 1))" "$archive")
    echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
    # CPU time (user + system) beside wall time: on a shared machine it is the figure that does
    # not depend on the neighbours.
    cpu() { python3 - "$1" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
print(round(float(re.search(r"User time \(seconds\): (.*)", text).group(1))
            + float(re.search(r"System time \(seconds\): (.*)", text).group(1)), 2))
PY
    }
    echo "Running copydesk dedup (all cores)…" >&2
    read -r c_seconds c_peak < <(measure "$out/speed.copydesk.time.txt" "$out/speed.copydesk.jsonl" \
        "$copydesk" dedup --format jsonl --quiet --statistics "$archive")
    echo "Running copydesk dedup --threads 1…" >&2
    read -r c1_seconds c1_peak < <(measure "$out/speed.copydesk1.time.txt" "$out/speed.copydesk1.jsonl" \
        "$copydesk" dedup --format jsonl --quiet --statistics --threads 1 "$archive")
    echo "Running rensa (JSON, regex word 5-grams, RMinHash, RMinHashLSH; one core)…" >&2
    read -r r_seconds r_peak < <(RAYON_NUM_THREADS=1 measure "$out/speed.rensa.time.txt" "$out/speed.rensa.tsv" \
        "$python" "$here/datasketch_dedup.py" --engine rensa --shingles 5 "$archive")
    echo "Running datasketch (JSON, regex word 5-grams, MinHash, MinHashLSH; one core)…" >&2
    read -r d_seconds d_peak < <(measure "$out/speed.datasketch.time.txt" "$out/speed.datasketch.tsv" \
        "$python" "$here/datasketch_dedup.py" --shingles 5 "$archive")
    grep -h "intake\|candidates\|verification\|clustering" "$out/speed.copydesk.time.txt" "$out/speed.copydesk1.time.txt" >&2 || true
    # Speed work must not move a cluster: the rows are compared with a reference run's, kept in
    # speed.N.reference.jsonl (REFERENCE=path/to/an/older/copydesk writes it once).
    reference="$out/speed.$documents.reference.jsonl"
    if [ -n "${REFERENCE:-}" ] && ! [ -s "$reference" ]; then
        "$REFERENCE" dedup --format jsonl --quiet "$archive" >"$reference"
    fi
    if [ -s "$reference" ]; then
        if cmp -s "$reference" "$out/speed.copydesk.jsonl" && cmp -s "$reference" "$out/speed.copydesk1.jsonl"; then
            echo "rows: identical to the reference run's ($(wc -l <"$reference") rows, 1 and 2 threads)"
        else
            echo "rows: DIFFER from the reference run's ($reference)"
        fi
    fi
    c_cpu=$(cpu "$out/speed.copydesk.time.txt"); c1_cpu=$(cpu "$out/speed.copydesk1.time.txt")
    r_cpu=$(cpu "$out/speed.rensa.time.txt"); d_cpu=$(cpu "$out/speed.datasketch.time.txt")
    printf "\n%s documents, %s MB of JSONL\n\n" "$documents" "$megabytes"
    printf "%-34s %8s %8s %8s\n" tool "wall s" "CPU s" "peak MB"
    printf "%-34s %8s %8s %8s\n" "copydesk dedup (2 cores)" "$c_seconds" "$c_cpu" "$c_peak"
    printf "%-34s %8s %8s %8s\n" "copydesk dedup --threads 1" "$c1_seconds" "$c1_cpu" "$c1_peak"
    printf "%-34s %8s %8s %8s\n" "rensa 5-grams (1 core)" "$r_seconds" "$r_cpu" "$r_peak"
    printf "%-34s %8s %8s %8s\n" "datasketch 5-grams (1 core)" "$d_seconds" "$d_cpu" "$d_peak"
    python3 - "$c_seconds" "$c1_seconds" "$r_seconds" "$d_seconds" "$megabytes" "$c_cpu" "$c1_cpu" "$r_cpu" "$d_cpu" <<'PY'
import sys
c, c1, r, d, mb, cc, cc1, rc, dc = map(float, sys.argv[1:])
print(f"\nwall-time ratios: rensa / copydesk {r / c:.1f}x (target >= 5), datasketch / copydesk {d / c:.1f}x (target >= 25)")
print(f"CPU-time ratios (what a shared machine can compare): rensa / copydesk {rc / cc:.1f}x, datasketch / copydesk {dc / cc:.1f}x"
      f" (against --threads 1: {rc / cc1:.1f}x, {dc / cc1:.1f}x)")
print(f"copydesk end to end: {mb / c:.0f} MB/s of wall time (2 cores), {mb / c1:.0f} MB/s (one thread),"
      f" {mb / cc:.0f} MB per CPU second")
PY
    # Intake alone (reading, JSON, tokenising, hashing, MinHash): the statistics line's phase
    # times, wall and CPU of the whole process during the phase.
    python3 - "$megabytes" "$out/speed.copydesk.time.txt" "$out/speed.copydesk1.time.txt" <<'PY'
import re, sys
mb = float(sys.argv[1])
for label, path in (("2 threads", sys.argv[2]), ("1 thread", sys.argv[3])):
    text = open(path).read()
    wall = re.search(r"intake ([0-9.]+)s", text)
    cpu = re.search(r"intake cpu ([0-9.]+)s", text)
    if wall and cpu and float(wall.group(1)) > 0 and float(cpu.group(1)) > 0:
        print(f"intake, {label}: {mb / float(wall.group(1)):.0f} MB/s of wall time, {mb / float(cpu.group(1)):.0f} MB per CPU second"
              f" (target >= 150 MB/s)")
PY
    echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
    exit 0
fi

if [ "$mode" = "index-scale" ]; then
    documents="${2:-1000000}"
    all="$out/index-scale.all.jsonl"
    if ! [ -s "$all" ]; then
        echo "Generating 1,001,000 documents (once; a few minutes)…" >&2
        python3 "$here/generate.py" --documents 1001000 --seed 11 "$all" >&2
    fi
    # Every 1001st document is held out as a query; the first N of the others are indexed. A
    # held-out document is a reprint when another document of its story is indexed.
    add="$out/index-scale.add.$documents.jsonl"
    queries="$out/index-scale.queries.jsonl"
    [ -s "$queries" ] || awk 'NR % 1001 == 0' "$all" >"$queries"
    [ -s "$add" ] || awk 'NR % 1001 != 0' "$all" | head -n "$documents" >"$add"
    db="$out/index-scale.$documents.db"
    echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)" >&2
    # KEEP_INDEX=1 reuses an index built by an earlier run and measures the queries only.
    if [ "${KEEP_INDEX:-0}" != 1 ] || ! [ -s "$db" ]; then
        rm -f "$db" "$db-wal" "$db-shm"
        echo "index add: $documents documents…" >&2
        /usr/bin/time -v "$copydesk" index add --db "$db" --quiet "$add" 2>"$out/index-scale.add.time.txt" >/dev/null
    fi
    python3 - "$out/index-scale.add.time.txt" "$documents" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def get(pattern): return re.search(pattern, text).group(1)
parts = [float(p) for p in get(r"Elapsed \(wall clock\) time.*: (.*)").split(":")]
wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
user, system = float(get(r"User time \(seconds\): (.*)")), float(get(r"System time \(seconds\): (.*)"))
peak = int(get(r"Maximum resident set size \(kbytes\): (\d+)")) / 1024
n = int(sys.argv[2])
print(f"add: {n} documents in {wall:.1f} s ({n / wall:.0f} documents/s; target >= 10,000), user {user:.1f} s, "
      f"system {system:.1f} s, peak {peak:.0f} MB")
PY
    echo "file: $(du -b "$db" | cut -f 1) bytes ($(du -h "$db" | cut -f 1)); WAL: $(du -b "$db-wal" 2>/dev/null | cut -f 1 || echo 0) bytes" 
    "$copydesk" index stats --db "$db" | head -n 4
    echo "where the bytes are (dbstat):"
    sqlite3 "$db" "SELECT name, count(*) AS pages, sum(pgsize) / 1048576 AS MB, round(100.0 * sum(unused) / sum(pgsize), 1) AS unused_percent FROM dbstat GROUP BY name ORDER BY 2 DESC" 2>/dev/null || true
    echo "query plan of a band look-up:"
    sqlite3 "$db" "EXPLAIN QUERY PLAN SELECT cells FROM band_pages WHERE run = 1 AND last_key >= 5 ORDER BY last_key LIMIT 1"
    echo "band runs (cells): $(sqlite3 "$db" "SELECT group_concat(cells, ' ') FROM band_runs")"
    echo "queries: $(wc -l <"$queries") held-out documents, one long-lived process…" >&2
    /usr/bin/time -v "$copydesk" index query --db "$db" --format jsonl --latencies "$out/index-scale.latencies.txt" \
        "$queries" >"$out/index-scale.answers.jsonl" 2>"$out/index-scale.query.time.txt" || true
    read -r q_seconds q_peak < <(python3 - "$out/index-scale.query.time.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
parts = [float(p) for p in re.search(r"Elapsed \(wall clock\) time.*: (.*)", text).group(1).split(":")]
print(f"{sum(p * 60 ** i for i, p in enumerate(reversed(parts))):.2f}",
      int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) // 1024)
PY
)
    echo "one process: $(wc -l <"$queries") queries in ${q_seconds} s, peak ${q_peak} MB; look-up per query: $(python3 "$here/index_latency.py" summary "$out/index-scale.latencies.txt")"
    python3 "$here/index_check.py" "$out/index-scale.all.truth.tsv" "$add" "$out/index-scale.answers.jsonl"
    # Batch queries: every 100th line of the archive (10,010 documents: the held-out ones, and
    # others that are indexed or not depending on N), one process, one read transaction; the
    # wall time per document includes reading, fingerprinting, look-up and writing the answer.
    batch="$out/index-scale.batch.jsonl"
    [ -s "$batch" ] || awk 'NR % 100 == 0' "$all" >"$batch"
    /usr/bin/time -v "$copydesk" index query --db "$db" --format jsonl "$batch" \
        >"$out/index-scale.batch.answers.jsonl" 2>"$out/index-scale.batch.time.txt" || true
    python3 - "$out/index-scale.batch.time.txt" "$(wc -l <"$batch")" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
parts = [float(p) for p in re.search(r"Elapsed \(wall clock\) time.*: (.*)", text).group(1).split(":")]
wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
user, system = (float(re.search(p + r" time \(seconds\): (.*)", text).group(1)) for p in ("User", "System"))
n = int(sys.argv[2])
print(f"batch query: {n} documents in one process, {wall:.2f} s wall ({wall * 1000 / n:.3f} ms a document end to end; "
      f"target <= 1 ms), {user + system:.2f} s CPU ({(user + system) * 1000 / n:.3f} ms a document)")
PY
    echo "one process per query (start-up included)…" >&2
    echo "per process: $(python3 "$here/index_latency.py" per-process "$copydesk" "$db" "$queries" "$out/index-scale.answers.each.jsonl")"
    python3 "$here/index_check.py" "$out/index-scale.all.truth.tsv" "$add" "$out/index-scale.answers.each.jsonl"
    echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
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
    cpu() { python3 -c "import re,sys; t=open(sys.argv[1]).read(); print(round(sum(float(re.search(p + r' time \(seconds\): (.*)', t).group(1)) for p in ('User', 'System')), 2))" "$1"; }
    printf "\nindex add: 9000 documents in %ss (%ss CPU, peak %s MB); query: %s documents in %ss (%s ms each, process start included)\n" \
        "$a_seconds" "$(cpu "$out/index.add.time.txt")" "$a_peak" "$queries" "$q_seconds" \
        "$(python3 -c "print(round($q_seconds * 1000 / $queries, 2))")"
    python3 "$here/index_check.py" "$out/quality.truth.tsv" "$out/index.add.jsonl" "$out/index.answers.jsonl"

    # Index = dedup: the clusters of an index holding all 12,000 documents against dedup's, in
    # three orders of adding; banded by default (for millions of documents) and banded as the
    # dedup run was (its candidate threshold and lead rows, from --statistics). Each index is
    # compared with dedup run on the archive in the same order: dedup itself chains buckets over
    # its largest in reading order, so its own clusters differ slightly between orders (printed).
    tac "$archive" >"$out/index.reversed.jsonl"
    python3 -c "import random, sys; lines = open(sys.argv[1]).readlines(); random.Random(16).shuffle(lines); open(sys.argv[2], 'w').writelines(lines)" \
        "$archive" "$out/index.shuffled.jsonl"
    for order in file reversed shuffled; do
        case "$order" in
            file) input="$archive" ;;
            *) input="$out/index.$order.jsonl" ;;
        esac
        "$copydesk" dedup --format jsonl --quiet --statistics "$input" >"$out/index.dedup.$order.jsonl" \
            2>"$out/index.dedup.$order.stats.txt"
    done
    cp "$out/index.dedup.file.jsonl" "$out/index.dedup.jsonl"
    echo ""
    echo "dedup against itself (ARI of dedup's clusters in file order against its clusters in another order):" \
        "reversed $(python3 "$here/index_check.py" same "$out/index.dedup.file.jsonl" "$out/index.dedup.reversed.jsonl")," \
        "shuffled $(python3 "$here/index_check.py" same "$out/index.dedup.file.jsonl" "$out/index.dedup.shuffled.jsonl")"
    echo "index = dedup (ARI of the index's clusters against dedup's on the archive in the same order;" \
        "dedup banded $(grep -o 'LSH [^,]*' "$out/index.dedup.file.stats.txt") in file order)"
    for banding in default as-dedup; do
        for order in file reversed shuffled; do
            case "$order" in
                file) input="$archive" ;;
                *) input="$out/index.$order.jsonl" ;;
            esac
            read -r threshold lead_rows < <(python3 -c "
import re, sys
text = open(sys.argv[1]).read()
print(re.search(r'candidate threshold ([0-9.]+)', text).group(1), re.search(r'lead [0-9]+×([0-9]+)', text).group(1))" \
                "$out/index.dedup.$order.stats.txt")
            db="$out/index.agree.$banding.$order.db"
            rm -f "$db" "$db-wal" "$db-shm"
            if [ "$banding" = default ]; then
                /usr/bin/time -f "%U %S" -o "$out/index.agree.time.txt" "$copydesk" index add --db "$db" --quiet "$input"
            else
                /usr/bin/time -f "%U %S" -o "$out/index.agree.time.txt" "$copydesk" index add --db "$db" --quiet \
                    --candidate-threshold "$threshold" --lead-rows "$lead_rows" "$input"
            fi
            printf "%-9s %-9s add CPU %5ss  %s\n" "$banding" "$order" \
                "$(awk '{print $1 + $2}' "$out/index.agree.time.txt")" \
                "$(python3 "$here/index_check.py" agree "$out/index.dedup.$order.jsonl" "$db" "$out/quality.truth.tsv")"
        done
    done
    exit 0
fi

archive="$out/quality.jsonl"
# The archive is regenerated when the generator is newer than it (its damage kinds changed).
if ! [ -s "$archive" ] || ! [ -s "$out/quality.damage.tsv" ] || [ "$here/generate.py" -nt "$archive" ]; then
    python3 "$here/generate.py" --documents 12000 --seed 7 "$archive" >&2
fi
python="$("$here/setup-peers.sh" | tail -n 1)"
echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)" >&2

echo "Running copydesk dedup…" >&2
read -r c_seconds c_peak < <(measure "$out/quality.copydesk.time.txt" "$out/quality.copydesk.jsonl" \
    "$copydesk" dedup --format jsonl --quiet "$archive")
echo "Running datasketch MinHashLSH (threshold 0.5, 128 permutations, word 3-grams)…" >&2
read -r d_seconds d_peak < <(measure "$out/quality.datasketch.time.txt" "$out/quality.datasketch.tsv" \
    "$python" "$here/datasketch_dedup.py" "$archive")
echo "Running rensa RMinHashLSH (threshold 0.5, 128 permutations, 16 bands, word 3-grams)…" >&2
read -r r_seconds r_peak < <(measure "$out/quality.rensa.time.txt" "$out/quality.rensa.tsv" \
    "$python" "$here/datasketch_dedup.py" --engine rensa "$archive")

damage="$out/quality.damage.tsv"
c=$(python3 "$here/evaluate.py" "$out/quality.truth.tsv" "$out/quality.copydesk.jsonl" "$damage")
d=$(python3 "$here/evaluate.py" "$out/quality.truth.tsv" "$out/quality.datasketch.tsv" "$damage")
r=$(python3 "$here/evaluate.py" "$out/quality.truth.tsv" "$out/quality.rensa.tsv" "$damage")
c_ari=$(field "$c" ari); d_ari=$(field "$d" ari)
printf "\n%s documents, %s true clusters of reprints\n\n" "$(field "$c" documents)" "$(field "$c" true_clusters)"
printf "%-12s %8s %10s %8s %9s %9s\n" tool ARI precision recall "time s" "peak MB"
printf "%-12s %8s %10s %8s %9s %9s\n" copydesk "$c_ari" "$(field "$c" precision)" "$(field "$c" recall)" "$c_seconds" "$c_peak"
printf "%-12s %8s %10s %8s %9s %9s\n" datasketch "$d_ari" "$(field "$d" precision)" "$(field "$d" recall)" "$d_seconds" "$d_peak"
printf "%-12s %8s %10s %8s %9s %9s\n" rensa "$(field "$r" ari)" "$(field "$r" precision)" "$(field "$r" recall)" "$r_seconds" "$r_peak"
# Recall per damage kind: the share of reprints of the kind put in their original's cluster.
python3 - "$c" "$d" "$r" <<'PY'
import json, sys
runs = [json.loads(a)["recall_by_damage"] for a in sys.argv[1:]]
print(f"\n{'recall by damage':18} {'reprints':>8} {'copydesk':>9} {'datasketch':>10} {'rensa':>8}")
for kind in runs[0]:
    cells = "".join(f" {run[kind]['recall']:>{w}.4f}" for run, w in zip(runs, (9, 10, 8)))
    print(f"{kind:18} {runs[0][kind]['reprints']:>8}{cells}")
c = json.loads(sys.argv[1])
worst = min(v["recall"] for v in c["recall_by_damage"].values())
ok = c["ari"] >= 0.97 and c["precision"] >= 0.99 and worst >= 0.9
print(f"\ntargets: ARI >= 0.97, precision >= 0.99, recall >= 0.9 on every kind (lowest {worst:.4f}): "
      f"{'met' if ok else 'NOT met'}")
PY
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
