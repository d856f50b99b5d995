#!/usr/bin/env python3
"""Scores a clustering against the generator's truth: Adjusted Rand Index and pairwise precision
and recall (pairs of documents put in the same cluster).

    evaluate.py TRUTH.tsv PREDICTION [DAMAGE.tsv]

PREDICTION is copydesk's `--format jsonl` (id, cluster; rows with `error` count as singletons) or
a TSV of id and cluster. Only documents in the prediction are scored, so a run over the first
lines of an archive can be scored against the whole truth file.

With the generator's DAMAGE.tsv (id, damage kind, original id), also recall per kind of damage:
the share of reprints of that kind put in the same cluster as the copy they were made from."""

import collections
import json
import sys


def read_truth(path):
    truth = {}
    with open(path) as f:
        next(f)
        for line in f:
            id_, cluster = line.rstrip("\n").split("\t")
            truth[id_] = cluster
    return truth


def read_prediction(path):
    prediction = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if line.startswith("{"):
                row = json.loads(line)
                cluster = row.get("cluster")
                prediction[row["id"]] = str(cluster) if cluster is not None else None
            elif not line.startswith("id\t"):
                id_, cluster = line.split("\t")[:2]
                prediction[id_] = cluster
    return prediction


def pairs(counts):
    return sum(n * (n - 1) // 2 for n in counts)


def score(truth, prediction):
    # Score the documents the run was given (a prefix of the archive is fine).
    truth = {i: c for i, c in truth.items() if i in prediction}
    predicted = {id_: prediction[id_] or "singleton:" + id_ for id_ in truth}
    joint = collections.Counter((truth[i], predicted[i]) for i in truth)
    true_sizes = collections.Counter(truth.values())
    predicted_sizes = collections.Counter(predicted.values())
    both = pairs(joint.values())
    true_pairs = pairs(true_sizes.values())
    predicted_pairs = pairs(predicted_sizes.values())
    total = pairs([len(truth)])
    expected = true_pairs * predicted_pairs / total if total else 0
    maximum = (true_pairs + predicted_pairs) / 2
    ari = (both - expected) / (maximum - expected) if maximum != expected else 1.0
    precision = both / predicted_pairs if predicted_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    return {"ari": ari, "precision": precision, "recall": recall, "documents": len(truth),
            "true_clusters": sum(1 for n in true_sizes.values() if n > 1),
            "predicted_clusters": sum(1 for n in predicted_sizes.values() if n > 1)}


def recall_by_damage(path, prediction):
    found, total = collections.Counter(), collections.Counter()
    with open(path) as f:
        next(f)
        for line in f:
            id_, kind, original = line.rstrip("\n").split("\t")
            if not original or id_ not in prediction or original not in prediction:
                continue
            total[kind] += 1
            cluster = prediction[id_]
            if cluster is not None and cluster == prediction[original]:
                found[kind] += 1
    return {kind: {"recall": found[kind] / total[kind], "reprints": total[kind]} for kind in sorted(total)}


if __name__ == "__main__":
    prediction = read_prediction(sys.argv[2])
    result = score(read_truth(sys.argv[1]), prediction)
    if len(sys.argv) > 3:
        result["recall_by_damage"] = recall_by_damage(sys.argv[3], prediction)
    print(json.dumps(result))
