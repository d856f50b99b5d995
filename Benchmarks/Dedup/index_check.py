#!/usr/bin/env python3
"""Scores `copydesk index query` answers against the generator's truth.

    index_check.py TRUTH.tsv INDEXED.jsonl ANSWERS.jsonl

A query document should be reported as a reprint when a document of its true cluster was
indexed; a reported match is right when it is in the query's true cluster."""

import json
import sys

truth = {}
with open(sys.argv[1]) as f:
    next(f)
    for line in f:
        id_, cluster = line.rstrip("\n").split("\t")
        truth[id_] = cluster
indexed_clusters = set()
with open(sys.argv[2]) as f:
    for line in f:
        indexed_clusters.add(truth[json.loads(line)["id"]])

tp = fp = fn = tn = wrong_match = 0
with open(sys.argv[3]) as f:
    for line in f:
        answer = json.loads(line)
        expected = truth[answer["id"]] in indexed_clusters
        said = answer.get("reprint", False)
        if said and expected:
            tp += 1
            if truth[answer["matches"][0]["id"]] != truth[answer["id"]]:
                wrong_match += 1
        elif said:
            fp += 1
        elif expected:
            fn += 1
        else:
            tn += 1
precision = tp / (tp + fp) if tp + fp else 1.0
recall = tp / (tp + fn) if tp + fn else 1.0
print(json.dumps({"queries": tp + fp + fn + tn, "precision": round(precision, 4), "recall": round(recall, 4),
                  "best_match_in_wrong_cluster": wrong_match}))
