#!/usr/bin/env bash
# copydesk dedup against the Spark job (Scripts/spark/dedup.py, spark-submit --master local[2])
# on the same generated archives at growing sizes: wall time, peak memory (the whole process
# tree: JVM, Python workers and copydesk processes for Spark), their ratios, and a check that the
# clusters are identical.
#
#   Benchmarks/Spark/run.sh                 2,000, 10,000 and 50,000 documents
#   Benchmarks/Spark/run.sh 2000 200000     the sizes given
#
# The job's own log (each step's count and time, for the per-document cost by stage) and what
# its shuffles wrote (shuffle.py, from Spark's event log) are printed to standard error after each
# run. On a shared machine, run it under `nice -n 10`.
#
# Archives (Benchmarks/Dedup/generate.py, seed 7) and outputs go to Benchmarks/out/ (git-ignored)
# and are reused. Both tools use the release build of copydesk.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/Benchmarks/out/spark"
mkdir -p "$out"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(2000 10000 50000)

echo "Building copydesk (release)…" >&2
(cd "$root" && swift build -c release --product copydesk >/dev/null)
copydesk="$root/.build/release/copydesk"

venv="$root/Scripts/spark/.venv"
if ! "$venv/bin/python" -c "import pyspark" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q -r "$root/Scripts/spark/requirements.txt"
fi
export PATH="$venv/bin:$PATH" PYSPARK_PYTHON="$venv/bin/python" PYSPARK_DRIVER_PYTHON="$venv/bin/python"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start" >&2
printf "%-10s %12s %10s %12s %10s %9s %9s  %s\n" documents "dedup s" "dedup MB" "spark s" "spark MB" "time ×" "memory ×" "clusters"
for n in "${sizes[@]}"; do
    archive="$out/archive-$n.jsonl"
    [[ -s "$archive" ]] || python3 "$root/Benchmarks/Dedup/generate.py" --documents "$n" --seed 7 "$archive" >&2
    read -r dedup_s dedup_mb dedup_cpu < <(python3 "$here/measure.py" "$out/dedup-$n.jsonl" \
        "$copydesk" dedup --quiet --format jsonl "$archive")
    rm -rf "$out/spark-$n" "$out/events-$n"
    mkdir -p "$out/events-$n"
    # The job's own log (its steps, with times) comes out on spark-submit's standard output.
    read -r spark_s spark_mb spark_cpu < <(python3 "$here/measure.py" "$out/spark-$n.log" \
        spark-submit --master 'local[2]' --driver-memory 2g --files "$copydesk" \
        --conf spark.eventLog.enabled=true --conf "spark.eventLog.dir=file://$out/events-$n" "$root/Scripts/spark/dedup.py" \
        --output "$out/spark-$n" "$archive" 2>"$out/spark-$n.err")
    echo "$n documents: CPU time (user + system, whole process tree) dedup ${dedup_cpu} s, Spark ${spark_cpu} s" >&2
    grep '^copydesk spark:' "$out/spark-$n.log" >&2 || true
    python3 "$here/shuffle.py" "$(ls -t "$out/events-$n"/* | head -1)" "$n" | tail -1 >&2
    same="$(python3 "$root/Scripts/spark/compare.py" "$out/dedup-$n.jsonl" "$out/spark-$n" 2>&1 | head -1)"
    printf "%-10s %12s %10s %12s %10s %9s %9s  %s\n" "$n" "$dedup_s" "$dedup_mb" "$spark_s" "$spark_mb" \
        "$(python3 -c "print(f'{$spark_s / $dedup_s:.1f}')")" "$(python3 -c "print(f'{$spark_mb / $dedup_mb:.1f}')")" "$same"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end" >&2
