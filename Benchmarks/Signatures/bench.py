#!/usr/bin/env python3
"""Signature benchmark driver: Copydesk vs rensa vs datasketch on the same documents and shingles.

Run through run.sh, which creates the virtual environment and builds signature-bench. Steps:
1. generate news-like documents (~500 words, fixed seed), in pairs: document 2i+1 is an edited
   copy of document 2i (0-50% of words changed, sometimes truncated), so estimates can be checked;
2. Copydesk's tokenizer writes each document's normalised tokens; word 5-gram shingle strings are
   built from them once ("w1 w2 w3 w4 w5") and fed, identical, to every tool;
3. each tool makes K=128 signatures single-threaded and on all cores; medians of several runs.
"""
import argparse
import json
import multiprocessing
import os
import re
import random
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
K = 128
N = 5

FUNCTION_WORDS = (
    "the of and to in a that for on is was with said by as at from it his he has have be are its "
    "an which will not but had were after who this they been their also would more than one over "
    "two new first government president minister state people year last told on about into "
    "against between since during under while when what there all"
).split()
AGENCIES = ["AFP", "AP", "Reuters", "dpa", "EFE", "ANSA", "Kyodo", "PTI"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SYLLABLES = "ka ra to mi sa na le po de ri an ul ex con tra ment ion ter val bor gis lat per sta lin ov ek".split()


def make_vocabulary(rng):
    words = set()
    while len(words) < 8000:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2, 3, 3, 4)))))
    words = sorted(words)
    rng.shuffle(words)
    names = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3)))).capitalize() for _ in range(400)})
    return words, names


def make_document(rng, words, weights, names):
    city = rng.choice(names).upper()
    text = [f"{city}, {rng.choice(MONTHS)} {rng.randint(1, 28)} ({rng.choice(AGENCIES)}) - "]
    paragraphs, count = [], 0
    while count < 480:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            length = rng.randint(12, 30)
            sentence = []
            for i in range(length):
                roll = rng.random()
                if roll < 0.42:
                    word = rng.choice(FUNCTION_WORDS)
                elif roll < 0.50:
                    word = rng.choice(names)
                elif roll < 0.53:
                    word = rng.choice([str(rng.randint(1990, 2030)), f"{rng.randint(1, 99)}.{rng.randint(0, 9)}",
                                       f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}"])
                else:
                    word = rng.choices(words, cum_weights=weights)[0]
                if i == 0:
                    word = word[:1].upper() + word[1:]
                elif rng.random() < 0.07:
                    word += ","
                sentence.append(word)
            count += length
            sentences.append(" ".join(sentence) + ".")
        paragraph = " ".join(sentences)
        if rng.random() < 0.25:
            paragraph = f"\u201c{paragraph}\u201d {rng.choice(names)} said."
        paragraphs.append(paragraph)
    return text[0] + "\n\n".join(paragraphs)


def edit(rng, document, words):
    rate = rng.uniform(0.0, 0.5)
    tokens = document.split(" ")
    tokens = [rng.choice(words) if rng.random() < rate else t for t in tokens]
    if rng.random() < 0.3:
        tokens = tokens[: int(len(tokens) * rng.uniform(0.4, 0.9))]
    return " ".join(tokens)


def generate(count, seed):
    rng = random.Random(seed)
    words, names = make_vocabulary(rng)
    weights, total = [], 0.0
    for rank in range(len(words)):  # Zipf-like word frequencies, as cumulative weights
        total += 1.0 / (rank + 1) ** 1.1
        weights.append(total)
    documents = []
    while len(documents) < count:
        original = make_document(rng, words, weights, names)
        documents.append(original)
        documents.append(edit(rng, original, words))
    return documents[:count]


def shingles_of(tokens):
    if len(tokens) < N:
        return [" ".join(tokens)] if tokens else []
    return [" ".join(tokens[i : i + N]) for i in range(len(tokens) - N + 1)]


def load_documents(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def load_shingles(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") if line.strip() else [] for line in f]


# ---------------------------------------------------------------- peers (run in subprocesses)

def agreement(a, b):
    return sum(1 for x, y in zip(a, b) if x == y) / len(a)


WORD = re.compile(r"\w+(?:[.,']\w+)*")


def python_shingles(text):
    """What a Python user of rensa writes to get word 5-grams from raw text (not timed for the
    main comparison, which feeds every tool Copydesk's shingle strings)."""
    tokens = WORD.findall(text.lower())
    return shingles_of(tokens)


def run_peer(tool, shingles_path, repeats, threads, limit):
    if tool == "rensa_from_text":
        docs = load_documents(os.path.join(os.path.dirname(shingles_path), "documents.jsonl"))
    else:
        docs = load_shingles(shingles_path)
    if limit:
        docs = docs[:limit]
    import rensa  # imported here so RAYON_NUM_THREADS from the environment takes effect
    from datasketch import MinHash

    def rensa_objects(chunk):
        out = []
        for d in chunk:
            m = rensa.RMinHash(K, 0)
            m.update(d)
            out.append(m)
        return out

    def rensa_from_text(chunk):
        out = []
        for text in chunk:
            m = rensa.RMinHash(K, 0)
            m.update(python_shingles(text))
            out.append(m)
        return out

    encoded = None
    if tool == "datasketch":
        encoded = [[s.encode("utf-8") for s in d] for d in docs]

    def datasketch_objects(chunk):
        out = []
        for d in chunk:
            m = MinHash(num_perm=K, seed=1)
            m.update_batch(d)
            out.append(m)
        return out

    def once():
        start = time.perf_counter()
        cpu_start = time.process_time()
        if tool == "rensa_object":
            result = rensa_objects(docs) if threads == 1 else parallel("rensa_object", len(docs), threads)
        elif tool == "rensa_matrix":
            result = rensa.RMinHash.digest_matrix_from_token_sets(docs, K, 0)
        elif tool == "rensa_rho":
            result = rensa.RMinHash.digest_matrix_from_token_sets_rho(docs, K, 0)
        elif tool == "rensa_cminhash":
            result = rensa.CMinHash.digests_from_token_sets(docs, K, 0)
        elif tool == "datasketch":
            result = datasketch_objects(encoded) if threads == 1 else parallel("datasketch", len(docs), threads)
        elif tool == "rensa_from_text":
            result = rensa_from_text(docs) if threads == 1 else parallel("rensa_from_text", len(docs), threads)
        else:
            raise SystemExit(f"unknown tool {tool}")
        return time.perf_counter() - start, time.process_time() - cpu_start, result

    global _WORKER_DOCS
    _WORKER_DOCS = (encoded if tool == "datasketch" else docs)
    times, cpu_times, result = [], [], None
    for _ in range(repeats):
        seconds, cpu_seconds, result = once()
        times.append(seconds)
        cpu_times.append(cpu_seconds)
    estimates = []
    if threads == 1:
        if tool in ("rensa_object", "datasketch", "rensa_from_text"):
            estimates = [result[i].jaccard(result[i + 1]) for i in range(0, min(400, len(result) - 1), 2)]
        else:
            rows = result.to_rows() if hasattr(result, "to_rows") else result
            estimates = [agreement(rows[i], rows[i + 1]) for i in range(0, min(400, len(rows) - 1), 2)]
    shingles = sum(len(python_shingles(d)) if tool == "rensa_from_text" else len(d) for d in docs)
    print(json.dumps({"seconds": statistics.median(times), "cpu_seconds": statistics.median(cpu_times),
                      "documents": len(docs), "shingles": shingles, "estimates": estimates}))


_WORKER_DOCS = None


def _work(args):
    tool, lo, hi = args
    docs = _WORKER_DOCS[lo:hi]
    if tool == "rensa_object":
        import rensa
        for d in docs:
            m = rensa.RMinHash(K, 0)
            m.update(d)
    elif tool == "rensa_from_text":
        import rensa
        for text in docs:
            m = rensa.RMinHash(K, 0)
            m.update(python_shingles(text))
    else:
        from datasketch import MinHash
        for d in docs:
            m = MinHash(num_perm=K, seed=1)
            m.update_batch(d)
    return hi - lo


_POOL = None


def parallel(tool, count, threads):
    """Documents split over `threads` forked worker processes (Python's GIL rules out threads)."""
    global _POOL
    if _POOL is None:
        _POOL = multiprocessing.get_context("fork").Pool(threads)
    bounds = [(tool, count * i // threads, count * (i + 1) // threads) for i in range(threads)]
    return _POOL.map(_work, bounds)


# ---------------------------------------------------------------- driver

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument("--datasketch-documents", type=int, default=1000,
                        help="datasketch is ~100x slower: it signs only this many of the documents")
    parser.add_argument("--seed", type=int, default=2022)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", default=os.path.join(HERE, "..", "out", "signatures"))
    parser.add_argument("--bench", default=os.path.join(HERE, ".build", "release", "signature-bench"))
    parser.add_argument("--peer", nargs=5, metavar=("TOOL", "SHINGLES", "REPEATS", "THREADS", "LIMIT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peer:
        tool, path, repeats, threads, limit = args.peer
        return run_peer(tool, path, int(repeats), int(threads), int(limit))

    os.makedirs(args.out, exist_ok=True)
    docs_path = os.path.join(args.out, "documents.jsonl")
    tokens_path = os.path.join(args.out, "tokens.txt")
    shingles_path = os.path.join(args.out, "shingles.txt")
    documents = generate(args.documents, args.seed)
    with open(docs_path, "w", encoding="utf-8") as f:
        for d in documents:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    subprocess.run([args.bench, "tokens", docs_path, tokens_path], check=True)
    with open(tokens_path, encoding="utf-8") as f:
        token_lists = [line.split() for line in f]
    shingle_lists = [shingles_of(t) for t in token_lists]
    with open(shingles_path, "w", encoding="utf-8") as f:
        for s in shingle_lists:
            f.write("\t".join(s) + "\n")
    words = sum(len(t) for t in token_lists) / len(token_lists)
    shingle_count = sum(len(s) for s in shingle_lists)
    exact = []
    for i in range(0, min(400, len(shingle_lists) - 1), 2):
        a, b = set(shingle_lists[i]), set(shingle_lists[i + 1])
        exact.append(len(a & b) / len(a | b) if a | b else 0.0)
    threads = os.cpu_count() or 1
    print(f"{len(documents)} documents, {words:.0f} tokens and {shingle_count / len(documents):.0f} word {N}-gram "
          f"shingles each on average; K = {K}; {threads} cores; medians of {args.repeats} runs", flush=True)

    env = dict(os.environ, BENCH_REPEATS=str(args.repeats))
    copydesk = json.loads(subprocess.run([args.bench, "measure", docs_path, shingles_path], env=env, check=True,
                                         capture_output=True, text=True).stdout)
    results = {}  # label -> dict(documents, shingles, cpu1, wall1, wallN, estimates)
    labels = {"text_oph": "Copydesk from raw text: tokenise, normalise, 5-grams, OPH",
              "shingles_oph": "Copydesk on the shingle strings, OPH (default)",
              "shingles_classic": "Copydesk on the shingle strings, classic K-hash"}
    for key, label in labels.items():
        results[label] = dict(documents=copydesk["documents"], shingles=copydesk["shingles"],
                              cpu1=copydesk[f"{key}_t1_cpu_seconds"], wall1=copydesk[f"{key}_t1_seconds"],
                              wallN=copydesk[f"{key}_t{threads}_seconds"], estimates=copydesk["estimates"][key])

    peers = {"rensa_object": "rensa RMinHash(128, 0).update(shingles), per document",
             "rensa_matrix": "rensa RMinHash.digest_matrix_from_token_sets (bulk)",
             "rensa_rho": "rensa RMinHash.digest_matrix_from_token_sets_rho (bulk)",
             "rensa_cminhash": "rensa CMinHash.digests_from_token_sets (bulk)",
             "datasketch": "datasketch MinHash(num_perm=128).update_batch",
             "rensa_from_text": "rensa per document, from raw text (Python regex words)"}
    for tool, label in peers.items():
        limit = args.datasketch_documents if tool == "datasketch" else 0
        repeats = min(args.repeats, 3) if tool == "datasketch" else args.repeats
        runs = {}
        for t in (1, threads):
            peer_env = dict(os.environ, RAYON_NUM_THREADS=str(t))
            out = subprocess.run([sys.executable, __file__, "--peer", tool, shingles_path, str(repeats), str(t),
                                  str(limit)], env=peer_env, check=True, capture_output=True, text=True).stdout
            runs[t] = json.loads(out)
        results[label] = dict(documents=runs[1]["documents"], shingles=runs[1]["shingles"],
                              cpu1=runs[1]["cpu_seconds"], wall1=runs[1]["seconds"], wallN=runs[threads]["seconds"],
                              estimates=runs[1]["estimates"])

    print(f"\nPer thread = documents per second of process CPU time (robust on a shared machine);"
          f" wall = documents per second of elapsed time.")
    print(f"{'':60} {'per thread':>11} {'ns/shingle':>10} {'1 thr wall':>11} {f'{threads} thr wall':>11}"
          f" {'mean |err|':>10}")
    for label, r in results.items():
        error = statistics.mean(abs(e - x) for e, x in zip(r["estimates"], exact)) if r["estimates"] else float("nan")
        print(f"{label:60} {r['documents'] / r['cpu1']:>11,.0f} {r['cpu1'] * 1e9 / r['shingles']:>10.1f}"
              f" {r['documents'] / r['wall1']:>11,.0f} {r['documents'] / r['wallN']:>11,.0f} {error:>10.4f}")

    comparisons = {labels["shingles_oph"]: [k for k in peers if k != "rensa_from_text"],
                   labels["text_oph"]: ["rensa_from_text", "rensa_object", "datasketch"]}
    for ours, against in comparisons.items():
        o = results[ours]
        print(f"\n{ours}, speed-up over:")
        for label in (peers[k] for k in against):
            p = results[label]
            per_thread = (o["documents"] / o["cpu1"]) / (p["documents"] / p["cpu1"])
            all_cores = (o["documents"] / o["wallN"]) / (p["documents"] / p["wallN"])
            print(f"  {label:60} per thread {per_thread:7.1f}x   all cores {all_cores:7.1f}x")
    print(f"\nSignature size at K = {K}: Copydesk {copydesk['signature_bytes']} bytes (32-bit values). Last column: mean"
          f" |estimate - exact Jaccard| over {len(exact)} pairs (document 2i and its edited copy 2i+1).")


if __name__ == "__main__":
    main()
