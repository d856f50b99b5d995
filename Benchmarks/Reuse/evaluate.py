"""Scores a reused-passage run (JSONL: a, b, a_start, a_end, b_start, b_end, similarity, passage)
against a generated archive's truth (generate.py).

An inserted copy (source -> host) is *found* when a reported pair joins its two documents with
spans overlapping the truth in both; *found with offsets* when all four offsets are within
TOLERANCE characters of the truth. Recall is counted over copies of at least --min-words words
(and, for reference, over all). Host-host pairs of one passage are true as well, but are not
scored for recall. A reported pair is *false* when its documents share no inserted passage
(unrelated documents), *spurious* when they share one but the reported spans overlap no copy.

Prints one JSON object."""

import argparse
import json
from collections import defaultdict


def overlaps(x0, x1, y0, y1):
    return min(x1, y1) > max(x0, y0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("truth")
    parser.add_argument("found")
    parser.add_argument("--tolerance", type=int, default=10)
    parser.add_argument("--min-words", type=int, default=40)
    args = parser.parse_args()

    truth = [json.loads(line) for line in open(args.truth)]
    found = []
    for line in open(args.found):
        row = json.loads(line)
        if "a" in row:
            found.append(row)

    # Every true span pair, keyed by unordered document pair: (span in x, span in y).
    spans = defaultdict(list)
    by_passage = defaultdict(list)
    for t in truth:
        spans[(t["source"], t["host"])].append(((t["source_start"], t["source_end"]), (t["host_start"], t["host_end"])))
        by_passage[t["passage"]].append(t)
    for copies in by_passage.values():
        for i, x in enumerate(copies):
            for y in copies[i + 1:]:
                spans[(x["host"], y["host"])].append(((x["host_start"], x["host_end"]), (y["host_start"], y["host_end"])))

    def true_spans(a, b):
        """True spans of the pair, oriented as (span in a, span in b)."""
        out = [s for s in spans.get((a, b), [])]
        out += [(y, x) for x, y in spans.get((b, a), [])]
        return out

    reported = defaultdict(list)
    false = spurious = 0
    for row in found:
        a, b = row["a"], row["b"]
        reported[(a, b)].append(((row["a_start"], row["a_end"]), (row["b_start"], row["b_end"])))
        candidates = true_spans(a, b)
        if not candidates:
            false += 1
        elif not any(overlaps(*sa, *row_a) and overlaps(*sb, *row_b)
                     for sa, sb in candidates
                     for row_a, row_b in [((row["a_start"], row["a_end"]), (row["b_start"], row["b_end"]))]):
            spurious += 1

    def judge(t):
        rows = [(ra, rb) for ra, rb in reported.get((t["source"], t["host"]), [])]
        rows += [(rb, ra) for ra, rb in reported.get((t["host"], t["source"]), [])]
        s = (t["source_start"], t["source_end"])
        h = (t["host_start"], t["host_end"])
        hit = exact = False
        errors = []
        for rs, rh in rows:
            if overlaps(*rs, *s) and overlaps(*rh, *h):
                hit = True
                error = max(abs(rs[0] - s[0]), abs(rs[1] - s[1]), abs(rh[0] - h[0]), abs(rh[1] - h[1]))
                errors.append(error)
                if error <= args.tolerance:
                    exact = True
        return hit, exact, (min(errors) if errors else None)

    buckets = defaultdict(lambda: [0, 0, 0])
    totals = {"all": [0, 0, 0], "scored": [0, 0, 0]}
    worst = []
    for t in truth:
        hit, exact, error = judge(t)
        keys = ["all"]
        if t["words"] >= args.min_words:
            keys.append("scored")
            keys.append("noisy" if t["noise"] else "clean")
            keys.append("trimmed" if t["trimmed"] else "sentences")
            if not exact:
                worst.append({"source": t["source"], "host": t["host"], "words": t["words"], "noise": t["noise"],
                              "trimmed": t["trimmed"], "found": hit, "offset_error": error})
        keys.append("words " + ("20-39" if t["words"] < 40 else "40-99" if t["words"] < 100 else "100-200"))
        for key in keys:
            bucket = totals.setdefault(key, [0, 0, 0]) if key in ("all", "scored") else buckets[key]
            bucket[0] += 1
            bucket[1] += hit
            bucket[2] += exact

    def rates(b):
        return {"copies": b[0], "found": round(b[1] / b[0], 4) if b[0] else None,
                "found_within_tolerance": round(b[2] / b[0], 4) if b[0] else None}

    print(json.dumps({
        "copies_scored": totals["scored"][0],
        "recall": rates(totals["scored"])["found_within_tolerance"],
        "recall_overlap": rates(totals["scored"])["found"],
        "recall_all_lengths": rates(totals["all"])["found_within_tolerance"],
        "reported_pairs": len(found),
        "false_pairs_unrelated": false,
        "spurious_pairs_related": spurious,
        "by_kind": {k: rates(v) for k, v in sorted(buckets.items())},
        "missed_examples": worst[:8],
    }, indent=1))


if __name__ == "__main__":
    main()
