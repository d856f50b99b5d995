"""A straightforward reused-passage finder in Python, the benchmark's peer (passim itself is not
installable from the registries reachable here): rare word n-gram seeds from an inverted index,
extended by difflib.

1. Words: runs of letters and digits, lower-cased, with their character offsets.
2. Seeds: word 5-grams in at most --max-df documents (more is boilerplate).
3. Each document pair's shared seeds are grouped by diagonal (position in B minus position in A,
   within 10 words) and gap (50 words); a group of 2 seeds or more is a candidate.
4. difflib.SequenceMatcher aligns the candidate's words with 50 words of margin; matching blocks
   whose gaps are at most 3 words in both texts are merged, and the merged run with the most
   matched words is the passage, reported when both sides have --min-words words or more.

Output: the same JSONL as copydesk reuse (a, b, a_start, a_end, b_start, b_end, similarity,
passage), with passage numbered per pair (no grouping)."""

import argparse
import difflib
import json
import re
from collections import defaultdict

WORD = re.compile(r"\w+")


def words(text):
    return [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(text)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("archive")
    parser.add_argument("--n", type=int, default=5)
    parser.add_argument("--max-df", type=int, default=100)
    parser.add_argument("--min-words", type=int, default=30)
    args = parser.parse_args()
    n = args.n

    ids, docs = [], []
    for line in open(args.archive):
        row = json.loads(line)
        ids.append(row["id"])
        docs.append(words(row.get("text", "")))

    index = defaultdict(list)
    for d, ws in enumerate(docs):
        keys = [w for w, _, _ in ws]
        seen = defaultdict(int)
        for p in range(len(keys) - n + 1):
            gram = hash(tuple(keys[p:p + n]))
            seen[gram] += 1
            if seen[gram] <= 4:
                index[gram].append((d, p))

    seeds = defaultdict(list)
    for postings in index.values():
        if len({d for d, _ in postings}) > args.max_df:
            continue
        for i, (da, pa) in enumerate(postings):
            for db, pb in postings[i + 1:]:
                if da != db:
                    seeds[(da, db)].append((pa, pb)) if da < db else seeds[(db, da)].append((pb, pa))

    passage = 0
    for (da, db), pairs in sorted(seeds.items()):
        pairs.sort()
        groups = []
        for pa, pb in pairs:
            for g in groups:
                if abs((pb - pa) - g["diag"]) <= 10 and pa - g["last"] <= 50:
                    g["last"], g["diag"], g["count"] = pa, pb - pa, g["count"] + 1
                    g["hi_b"] = max(g["hi_b"], pb)
                    break
            else:
                groups.append({"first": pa, "last": pa, "lo_b": pb, "hi_b": pb, "diag": pb - pa, "count": 1})
        A, B = docs[da], docs[db]
        done = []
        for g in groups:
            if g["count"] < 2:
                continue
            a0, a1 = max(0, g["first"] - 50), min(len(A), g["last"] + n + 50)
            b0, b1 = max(0, g["lo_b"] - 50), min(len(B), g["hi_b"] + n + 50)
            if any(x0 <= g["first"] and g["last"] < x1 for x0, x1 in done):
                continue
            matcher = difflib.SequenceMatcher(None, [w for w, _, _ in A[a0:a1]], [w for w, _, _ in B[b0:b1]],
                                              autojunk=False)
            runs = []
            for block in matcher.get_matching_blocks():
                if block.size == 0:
                    continue
                if runs and block.a - runs[-1][1] <= 3 and 0 <= block.b - runs[-1][3] <= 3:
                    runs[-1][1] = block.a + block.size
                    runs[-1][3] = block.b + block.size
                    runs[-1][4] += block.size
                else:
                    runs.append([block.a, block.a + block.size, block.b, block.b + block.size, block.size])
            if not runs:
                continue
            sa, ea, sb, eb, matched = max(runs, key=lambda r: r[4])
            if ea - sa < args.min_words or eb - sb < args.min_words:
                continue
            done.append((a0 + sa, a0 + ea))
            passage += 1
            print(json.dumps({
                "a": ids[da], "b": ids[db],
                "a_start": A[a0 + sa][1], "a_end": A[a0 + ea - 1][2],
                "b_start": B[b0 + sb][1], "b_end": B[b0 + eb - 1][2],
                "similarity": round(matched / max(ea - sa, eb - sb), 4), "passage": passage}))


if __name__ == "__main__":
    main()
