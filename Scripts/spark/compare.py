#!/usr/bin/env python3
"""Checks that the Spark job's rows are `copydesk dedup --format jsonl`'s: every input item
accounted for in the same order, the same clusters (Adjusted Rand Index 1.0), and each row equal
field by field. Exits 1 with the first differences otherwise.

    compare.py DEDUP.jsonl SPARK_OUTPUT_DIR_OR_FILE
"""

import collections
import glob
import json
import math
import os
import sys


def read_lines(path):
    files = sorted(glob.glob(os.path.join(path, "part-*"))) if os.path.isdir(path) else [path]
    lines = []
    for name in files:
        with open(name, encoding="utf-8") as handle:
            lines += [line.rstrip("\n") for line in handle if line.strip()]
    return lines


def adjusted_rand_index(a, b):
    """ARI of two labelings of the same items (lists of equal length)."""
    def pairs(n):
        return n * (n - 1) / 2

    n = len(a)
    if n < 2:
        return 1.0
    contingency = collections.Counter(zip(a, b))
    index = sum(pairs(c) for c in contingency.values())
    rows = sum(pairs(c) for c in collections.Counter(a).values())
    cols = sum(pairs(c) for c in collections.Counter(b).values())
    expected = rows * cols / pairs(n)
    maximum = (rows + cols) / 2
    if math.isclose(maximum, expected):
        return 1.0
    return (index - expected) / (maximum - expected)


def main():
    dedup_lines = read_lines(sys.argv[1])
    spark_lines = read_lines(sys.argv[2])
    dedup = [json.loads(line) for line in dedup_lines]
    spark = [json.loads(line) for line in spark_lines]
    problems = []
    if len(dedup) != len(spark):
        problems.append(f"{len(dedup)} rows from dedup, {len(spark)} from Spark")
    keys = lambda rows: [(r.get("id"), r["source"]) for r in rows]
    if keys(dedup) != keys(spark):
        missing = set(keys(dedup)) - set(keys(spark))
        extra = set(keys(spark)) - set(keys(dedup))
        problems.append(f"items differ: {len(missing)} missing from Spark, {len(extra)} extra"
                        + (f", e.g. {sorted(missing, key=str)[:3]}" if missing else ""))
    # Unreadable items are singletons of their own.
    label = lambda rows: [r.get("cluster", f"error:{i}") for i, r in enumerate(rows)]
    ari = adjusted_rand_index(label(dedup), label(spark)) if len(dedup) == len(spark) else float("nan")
    if not ari == 1.0:
        problems.append(f"Adjusted Rand Index {ari:.6f}, not 1.0")
    differing = [(d, s) for d, s in zip(dedup, spark) if d != s]
    if differing:
        problems.append(f"{len(differing)} rows differ, first: dedup {differing[0][0]} / Spark {differing[0][1]}")
    identical_bytes = dedup_lines == spark_lines
    clusters = len({r["cluster"] for r in dedup if "cluster" in r})
    errors = sum(1 for r in dedup if "error" in r)
    print(f"{len(dedup)} rows ({errors} unreadable), {clusters} clusters; ARI {ari:.6f}; "
          f"rows {'identical byte for byte' if identical_bytes else 'DIFFERENT' if problems else 'equal as JSON'}")
    if problems:
        for problem in problems:
            print("MISMATCH: " + problem, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
