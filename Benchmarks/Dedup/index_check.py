#!/usr/bin/env python3
"""Scores `copydesk index query` answers against the generator's truth, and compares an
index's clusters with a dedup run's.

    index_check.py TRUTH.tsv INDEXED.jsonl ANSWERS.jsonl
    index_check.py agree DEDUP.jsonl INDEX.db [TRUTH.tsv]
    index_check.py same DEDUP.jsonl OTHER-DEDUP.jsonl

A query document should be reported as a reprint when a document of its true cluster was
indexed; a reported match is right when it is in the query's true cluster.

agree: the Adjusted Rand Index between the clusters `copydesk dedup --format jsonl` wrote and
the clusters stored in the index (its `documents` table), over the documents both hold, the
number of documents whose cluster differs (as a set of co-members), and with the truth file
each one's ARI against the truth.

same: the Adjusted Rand Index between two dedup runs' clusters (the same archive read in two
orders)."""

import json
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evaluate  # noqa: E402


def agree(dedup_path, db_path, truth_path=None):
    dedup = {i: c for i, c in evaluate.read_prediction(dedup_path).items() if c is not None}
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        index = {row[0]: str(row[1]) for row in db.execute("SELECT id, cluster FROM documents")}
    shared = {i: dedup[i] for i in dedup if i in index}
    score = evaluate.score(shared, index)
    # Documents whose co-members differ between the two.
    def members(assignment):
        groups = {}
        for id_, cluster in assignment.items():
            groups.setdefault(cluster, set()).add(id_)
        return {id_: frozenset(groups[cluster]) for id_, cluster in assignment.items()}
    a, b = members(shared), members({i: index[i] for i in shared})
    differing = sorted(i for i in shared if a[i] != b[i])
    result = {"documents": len(shared), "ari_index_vs_dedup": round(score["ari"], 6),
              "documents_placed_differently": len(differing), "examples": differing[:8]}
    if truth_path:
        truth = evaluate.read_truth(truth_path)
        result["ari_dedup_vs_truth"] = round(evaluate.score(truth, shared)["ari"], 4)
        result["ari_index_vs_truth"] = round(evaluate.score(truth, {i: index[i] for i in shared})["ari"], 4)
    print(json.dumps(result))


if sys.argv[1] == "same":
    a, b = evaluate.read_prediction(sys.argv[2]), evaluate.read_prediction(sys.argv[3])
    print(round(evaluate.score(a, {i: b[i] for i in a})["ari"], 6))
    sys.exit(0)
if sys.argv[1] == "agree":
    agree(*sys.argv[2:5])
    sys.exit(0)

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
