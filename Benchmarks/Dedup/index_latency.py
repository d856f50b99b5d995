#!/usr/bin/env python3
"""Query latency of a copydesk index.

    index_latency.py per-process COPYDESK INDEX.db QUERIES.jsonl ANSWERS.jsonl
    index_latency.py summary LATENCIES.txt

per-process: runs `copydesk index query --db INDEX.db --format jsonl -` once per line of
QUERIES.jsonl, the line on standard input (process start-up, opening the index, fingerprinting
and look-up included), writes the answers to ANSWERS.jsonl and prints the wall time per query.
summary: the same figures for a file of per-query seconds, one per line (`index query
--latencies`, one long-lived process). Printed as JSON, in milliseconds."""

import json
import subprocess
import sys
import time


def summary(seconds):
    ordered = sorted(seconds)
    def at(q):
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000
    return {"queries": len(ordered), "median_ms": round(at(0.5), 3), "p99_ms": round(at(0.99), 3),
            "max_ms": round(ordered[-1] * 1000, 3), "mean_ms": round(sum(ordered) / len(ordered) * 1000, 3)}


if sys.argv[1] == "summary":
    with open(sys.argv[2]) as f:
        print(json.dumps(summary([float(line) for line in f if line.strip()])))
    sys.exit(0)

copydesk, db, queries, answers = sys.argv[2:6]
times = []
with open(queries) as lines, open(answers, "w") as out:
    for line in lines:
        start = time.perf_counter()
        result = subprocess.run([copydesk, "index", "query", "--db", db, "--format", "jsonl", "-"],
                                input=line.encode(), capture_output=True)
        times.append(time.perf_counter() - start)
        out.write(result.stdout.decode())
print(json.dumps(summary(times)))
