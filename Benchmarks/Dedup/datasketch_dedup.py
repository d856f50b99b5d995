#!/usr/bin/env python3
"""The MinHash baselines: MinHash (128 permutations) of word n-gram shingles, LSH at threshold
0.5, each document queried against the index, and union-find over the query results. Text is
normalised as copydesk does (lower case, runs of letters and digits). `--engine datasketch`
(MinHashLSH, the default) or `--engine rensa` (RMinHash and RMinHashLSH, a Rust implementation;
16 bands of 8 rows, the banding its documentation suggests for 128 permutations).

    datasketch_dedup.py ARCHIVE.jsonl [--shingles 3] [--engine rensa] > clusters.tsv"""

import argparse
import json
import re
import sys


WORD = re.compile(r"\w+")


def shingles(text, n):
    words = WORD.findall(text.lower())
    if len(words) < n:
        return {" ".join(words)}
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("archive")
    parser.add_argument("--shingles", type=int, default=3)
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--permutations", type=int, default=128)
    parser.add_argument("--engine", choices=["datasketch", "rensa"], default="datasketch")
    parser.add_argument("--bands", type=int, default=16, help="rensa's LSH bands")
    args = parser.parse_args()

    if args.engine == "rensa":
        from rensa import RMinHash, RMinHashLSH
        lsh = RMinHashLSH(threshold=args.threshold, num_perm=args.permutations, num_bands=args.bands)

        def minhash(words):
            m = RMinHash(num_perm=args.permutations, seed=42)
            m.update(list(words))
            return m
    else:
        from datasketch import MinHash, MinHashLSH
        lsh = MinHashLSH(threshold=args.threshold, num_perm=args.permutations)

        def minhash(words):
            m = MinHash(num_perm=args.permutations)
            m.update_batch([s.encode("utf8") for s in words])
            return m

    ids, signatures = [], []
    with open(args.archive) as f:
        for line in f:
            row = json.loads(line)
            m = minhash(shingles(row["text"], args.shingles))
            lsh.insert(len(ids), m)
            ids.append(row["id"])
            signatures.append(m)

    parent = list(range(len(ids)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for index, m in enumerate(signatures):
        for other in lsh.query(m):
            a, b = find(index), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)

    out = sys.stdout
    out.write("id\tcluster\n")
    for index, id_ in enumerate(ids):
        out.write(f"{id_}\t{find(index)}\n")


if __name__ == "__main__":
    main()
