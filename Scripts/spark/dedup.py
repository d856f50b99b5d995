#!/usr/bin/env python3
"""`copydesk dedup` on Apache Spark: the same clusters, for archives beyond one machine.

    spark-submit --master yarn --files /path/to/copydesk Scripts/spark/dedup.py \\
        --output hdfs:///dedup/clusters hdfs:///archive/2024/ s3a://crawl/news-2024-01.warc.gz

Every step that hashes, verifies or clusters runs the `copydesk` binary on the executors (shipped
with `--files`, or named with `--copydesk`, which adds it to the job); Spark only moves records:

1. signatures: each partition of the input goes through `copydesk signatures` (JSONL lines on
   standard input; WARC files and pages one file at a time), and every item gets its ordinal, its
   place in the input, as dedup numbers its entries;
2. identical content: one node per distinct content hash, the copy with precedence (earliest
   published, then an agency's own copy, then longest, then first read) leading it; leaders are
   marked in a broadcast bitmap, so no record moves;
3. banding: `copydesk banding sample/choose` pick the LSH banding as dedup does, from the same
   sample of node pairs; `copydesk banding keys` re-bands when the choice is not the default;
4. candidate pairs: band keys grouped, every pair of a bucket (a chain in buckets larger than
   dedup's largest bucket), full and lead bandings, without repeats: ordinals only;
5. plausible pairs: dedup's MinHash pre-check (`copydesk verify --plausible`) on signature
   records (~0.9 KB against ~3.5 KB with the shingle set, for ~500 words) joined to each
   candidate pair: most candidate pairs end here, before any shingle set moves;
6. verification: the plausible pairs, joined with both full records, through `copydesk verify`;
   connected components of the verified edges by alternating large-star / small-star rounds on
   ordinals (Kiveris et al., "Connected Components in MapReduce and Beyond", 2014); whole
   components through `copydesk cluster`, dedup's own clustering code;
7. documents without a verified edge are clusters of their own;
8. output: one line per input item in input order, the schema and cluster numbers of
   `copydesk dedup --format jsonl`, as text files under --output.

Matching options (--shingles, --permutations, --candidate-threshold, --jaccard, --containment,
--no-lead-candidates) are handed to every `copydesk` step unchanged, so defaults are dedup's.
"""

import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time

from pyspark import SparkContext, SparkFiles, StorageLevel
from pyspark.sql import SparkSession

WALKED = {"jsonl", "ndjson", "warc", "html", "htm", "xhtml", "shtml", "txt"}


# ---------------------------------------------------------------------------------------------
# The binary


def executable(name):
    """The local path of the `copydesk` binary shipped to this executor (or driver)."""
    path = SparkFiles.get(name)
    if not os.path.exists(path):
        raise RuntimeError(f"copydesk: {name} was not shipped with the job (use --files or --copydesk)")
    if not os.access(path, os.X_OK):
        try:
            os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        except OSError:
            copy = os.path.join(tempfile.mkdtemp(prefix="copydesk-"), "copydesk")
            shutil.copy(path, copy)
            os.chmod(copy, 0o755)
            path = copy
    return path


def run_binary(name, arguments, lines, accept=(0,)):
    """Streams `lines` through `copydesk ARGUMENTS` and yields its output lines.

    A thread feeds standard input while this one reads standard output, so neither side blocks
    the other whatever the volumes; any exit status outside `accept` fails the task loudly."""
    command = [executable(name)] + arguments
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=1 << 20)
    failure = []

    def feed():
        try:
            for line in lines:
                process.stdin.write(line.encode("utf-8"))
                process.stdin.write(b"\n")
        except BrokenPipeError:
            pass
        except Exception as error:  # noqa: BLE001 - reported after the process ends
            failure.append(error)
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    for raw in process.stdout:
        yield raw.decode("utf-8").rstrip("\n")
    writer.join()
    status = process.wait()
    if failure:
        raise failure[0]
    if status not in accept:
        raise RuntimeError(f"copydesk: {' '.join(command[1:3])} exited with status {status}")


# ---------------------------------------------------------------------------------------------
# Inputs


def list_inputs(sc, inputs):
    """(display name, Hadoop path, kind) per file, directories walked as dedup walks them:
    recursively, hidden files left out, archives and pages only, sorted by path."""
    jvm = sc._jvm
    conf = sc._jsc.hadoopConfiguration()
    files = []
    for argument in inputs:
        if argument == "-":
            raise SystemExit("copydesk spark: standard input cannot be read by a Spark job; name files")
        path = jvm.org.apache.hadoop.fs.Path(argument)
        fs = path.getFileSystem(conf)
        if not fs.exists(path):
            files.append((argument, None, "missing"))
            continue
        if not fs.getFileStatus(path).isDirectory():
            files.append((argument, argument, kind(argument)))
            continue
        base = fs.getFileStatus(path).getPath().toUri().getPath().rstrip("/")
        prefix = argument if argument.endswith("/") else argument + "/"
        found = []
        walk = fs.listFiles(path, True)
        while walk.hasNext():
            status = walk.next()
            full = status.getPath().toUri().getPath()
            relative = full[len(base) + 1:] if full.startswith(base + "/") else status.getPath().getName()
            if any(part.startswith(".") for part in relative.split("/")) or not walked(relative.split("/")[-1]):
                continue
            found.append((prefix + relative, status.getPath().toString()))
        for display, hadoop in sorted(found):
            files.append((display, hadoop, kind(display)))
    return files


def walked(name):
    parts = name.lower().split(".")
    if len(parts) > 1 and parts[-1] == "gz":
        parts.pop()
    return len(parts) > 1 and parts[-1] in WALKED


def kind(path):
    name = path.lower()
    stem = name[:-3] if name.endswith(".gz") else name
    if stem.endswith(".jsonl") or stem.endswith(".ndjson"):
        return "jsonl"
    return "file"


def blank(line):
    return all(c in " \t\r" for c in line)


def signature_records(sc, files, name, matching):
    """((file index, position in file), record) for every item of every input, in input order."""
    arguments = ["signatures"] + matching + ["--threads", "1"]
    parts = []
    for index, (display, hadoop, what) in enumerate(files):
        if what == "missing":
            record = {"ordinal": 0, "id": None, "source": display, "error": "no such file or directory"}
            parts.append(sc.parallelize([((index, 0), record)], 1))
        elif what == "jsonl":
            lines = sc.textFile(hadoop).zipWithIndex().filter(lambda pair: not blank(pair[0]))

            def jsonl(partition, index=index, display=display):
                items = list(partition)
                outputs = list(run_binary(name, arguments + ["-"], (line for line, _ in items), accept=(0, 1)))
                if len(outputs) != len(items):
                    raise RuntimeError(f"copydesk signatures: {len(items)} lines in, {len(outputs)} records out")
                for (_, number), output in zip(items, outputs):
                    record = json.loads(output)
                    source = f"{display}:{number + 1}"
                    if record.get("id") == record["source"]:
                        record["id"] = source
                    record["source"] = source
                    yield ((index, number), record)

            parts.append(lines.mapPartitions(jsonl))
        else:
            def whole(pairs, index=index, display=display):
                for _, content in pairs:
                    folder = tempfile.mkdtemp(prefix="copydesk-input-")
                    local = os.path.join(folder, os.path.basename(display.rstrip("/")) or "input")
                    with open(local, "wb") as handle:
                        handle.write(content)
                    try:
                        for number, output in enumerate(run_binary(name, arguments + [local], [], accept=(0, 1))):
                            record = json.loads(output)
                            for key in ("id", "source"):
                                if isinstance(record.get(key), str) and record[key].startswith(local):
                                    record[key] = display + record[key][len(local):]
                            yield ((index, number), record)
                    finally:
                        shutil.rmtree(folder, ignore_errors=True)

            parts.append(sc.binaryFiles(hadoop, 1).mapPartitions(whole))
    return sc.union(parts)


# ---------------------------------------------------------------------------------------------
# Steps


def precedence(record):
    """Dedup's precedence: the earliest published first (undated last), then a wire agency's own
    copy (the record's `agency`), then the longest, then the first read. Dates are compared as
    strings, as dedup compares them."""
    published = record.get("published")
    return (published is None, published or "", record.get("agency") is not True, -record["length"],
            record["ordinal"])


def candidate_pairs(bucket, largest):
    ordinals = sorted(set(bucket))
    if len(ordinals) <= largest:
        for i in range(len(ordinals)):
            for j in range(i + 1, len(ordinals)):
                yield (ordinals[i], ordinals[j])
    else:
        # As dedup does: a chain keeps everyone connected with a linear number of pairs.
        for i in range(len(ordinals) - 1):
            yield (ordinals[i], ordinals[i + 1])


def connected_components(edges, partitions):
    """(node, smallest node of its component) for every node of an edge: large-star and
    small-star rounds until the graph is a set of stars around each component's minimum."""

    def large_star(item):
        node, neighbours = item
        smallest = min(min(neighbours), node)
        return [(v, smallest) for v in neighbours if v > node]

    def small_star(item):
        node, neighbours = item
        smallest = min(min(neighbours), node)
        return [(v, smallest) for v in set(neighbours) | {node} if v != smallest]

    current = edges.map(lambda e: (max(e), min(e))).distinct(partitions).persist(StorageLevel.MEMORY_AND_DISK)
    rounds = 0
    while True:
        rounds += 1
        large = (current.flatMap(lambda e: [e, (e[1], e[0])]).groupByKey(partitions).flatMap(
            lambda item: large_star((item[0], list(item[1])))).distinct(partitions))
        small = (large.map(lambda e: (max(e), min(e))).groupByKey(partitions).flatMap(
            lambda item: small_star((item[0], list(item[1])))).map(lambda e: (max(e), min(e))).distinct(partitions)
                 .persist(StorageLevel.MEMORY_AND_DISK))
        changed = small.subtract(current, partitions).count() + current.subtract(small, partitions).count()
        current.unpersist()
        current = small
        if changed == 0 or rounds > 64:
            break
    # A star: every edge is (node, its component's minimum).
    return current.map(lambda e: (e[0], e[1])), rounds


# What JSONWriter escapes besides control characters: quotes, backslash, the common controls by
# their short forms, and HTML-significant characters, so a row can sit inside a <script> block.
_SWIFT_ESCAPES = {
    '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
    "<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
}


def swift_quote(text):
    """A JSON string exactly as `copydesk dedup --format jsonl` writes it."""
    if text is None:
        return "null"
    out = ['"']
    for ch in text:
        code = ord(ch)
        escaped = _SWIFT_ESCAPES.get(ch)
        if escaped is not None:
            out.append(escaped)
        elif code < 0x20 or code in (0x2028, 0x2029):
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def row(record, cluster=None, representative=None, similarity=None, relation=None):
    line = '{"id":' + swift_quote(record.get("id")) + ',"source":' + swift_quote(record["source"])
    if "error" in record:
        return line + ',"error":' + swift_quote(record["error"]) + "}"
    return (line + f',"cluster":{cluster},"representative":{"true" if representative else "false"}'
            + f',"similarity":{similarity},"relation":' + swift_quote(relation) + "}")


# What `copydesk verify` and `copydesk cluster` read of a document: its metadata, signatures and
# shingle set. Serialised once, when the document is numbered, and shuffled once, to where its
# pairs are verified; every other step moves ordinals.
SLIM = ("ordinal", "id", "source", "title", "outlet", "agency", "published", "length", "shingle_count", "content_hash",
        "signature", "lead", "shingles")


def numbered(pair):
    """(ordinal, item) for the record at `ordinal`: what the output row needs (id, source, error),
    what identical content is resolved by (hash, precedence) and, for a document, its
    verification record as one JSON string, its band keys and its signature record."""
    (_, record), ordinal = pair
    record["ordinal"] = ordinal
    meta = {"id": record.get("id"), "source": record["source"]}
    if "error" in record:
        meta["error"] = record["error"]
        return (ordinal, (meta, None, None, None, None))
    verifiable = json.dumps({key: record[key] for key in SLIM if key in record}, separators=(",", ":"))
    # What the MinHash pre-check and re-banding read: ~0.9 KB, a quarter of the record for
    # ~500 words (the shingle set grows with the text, this does not).
    signature = json.dumps({"ordinal": ordinal, "source": "", "signature": record["signature"],
                            "lead": record["lead"], "shingle_count": record["shingle_count"]},
                           separators=(",", ":"))
    bands = (record.get("bands") or [], record.get("lead_bands") or [])
    return (ordinal, (meta, (record["content_hash"], precedence(record)), verifiable, bands, signature))


def bitmap(ordinals, size):
    """A bit per ordinal below `size`, set for those in the RDD `ordinals`: 12.5 MB for 100
    million documents, small enough to broadcast where a join would shuffle whole records."""
    def part(values):
        bits = bytearray((size + 7) // 8)
        for value in values:
            bits[value >> 3] |= 1 << (value & 7)
        yield bytes(bits)

    def merge(a, b):
        return (int.from_bytes(a, "little") | int.from_bytes(b, "little")).to_bytes(len(a), "little")

    return ordinals.mapPartitions(part).treeReduce(merge)


def has(bits, ordinal):
    return bits[ordinal >> 3] >> (ordinal & 7) & 1 == 1


def with_neighbours(verifiable, neighbours):
    """The verification record with its verified neighbours, for `copydesk cluster`."""
    return verifiable[:-1] + ',"neighbours":[' + ",".join(map(str, sorted(neighbours))) + "]}"


def placement(line):
    p = json.loads(line)
    return (p["ordinal"], (p["representative"], p["relation"], p["similarity"]))


def verify_pairwise(name, arguments, pairs, verifiable, partitions):
    """The pairs `copydesk ARGUMENTS` (verify) passes, with both documents' records (signature
    records for the pre-check, full ones for exact verification) joined to every pair."""
    joined = (pairs.join(verifiable, partitions).map(lambda item: (item[1][0], item[1][1]))
              .join(verifiable, partitions).map(lambda item: item[1][0] + "\t" + item[1][1]))
    return joined.mapPartitions(lambda part: run_binary(name, arguments, part)).map(
        lambda line: tuple(int(x) for x in line.split()))


def cluster_components(name, matching, edges, verifiable, partitions):
    """Placements of the documents of `edges`, whole verified components per `copydesk cluster`
    call; `verifiable` needs only the records of those documents."""
    labels, rounds = connected_components(edges, partitions)
    neighbours = edges.flatMap(lambda e: [e, (e[1], e[0])]).groupByKey(partitions)
    members = (labels.union(labels.map(lambda pair: (pair[1], pair[1])).distinct(partitions))
               .join(neighbours, partitions).join(verifiable, partitions)
               .map(lambda item: (item[1][0][0], with_neighbours(item[1][1], item[1][0][1]))))
    return (members.partitionBy(partitions)
            .mapPartitions(lambda part: run_binary(name, ["cluster"] + matching, (line for _, line in part)))
            .map(placement)), rounds


# ---------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description="copydesk dedup on Apache Spark")
    parser.add_argument("inputs", nargs="+", help="JSONL (.gz) or WARC (.gz) files, pages, directories: Hadoop paths")
    parser.add_argument("--output", required=True, help="a Hadoop directory for the JSONL part files")
    parser.add_argument("--copydesk", help="the copydesk binary, added to the job (default: the one shipped with --files)")
    parser.add_argument("--partitions", type=int, default=0,
                        help="partitions for the shuffles (default: Spark's, or one per 25,000 items if more)")
    parser.add_argument("--shingles")
    parser.add_argument("--permutations")
    parser.add_argument("--candidate-threshold")
    parser.add_argument("--jaccard")
    parser.add_argument("--containment")
    parser.add_argument("--no-lead-candidates", action="store_true")
    args = parser.parse_args()

    matching = []
    for option in ("shingles", "permutations", "candidate_threshold", "jaccard", "containment"):
        value = getattr(args, option)
        if value is not None:
            matching += ["--" + option.replace("_", "-"), value]
    if args.no_lead_candidates:
        matching.append("--no-lead-candidates")
    # The same options without the candidate threshold, for re-banding at the chosen one.
    unbanded = [a for i, a in enumerate(matching)
                if a != "--candidate-threshold" and (i == 0 or matching[i - 1] != "--candidate-threshold")]

    spark = SparkSession.builder.appName("copydesk dedup").getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("WARN")
    name = "copydesk"
    if args.copydesk:
        sc.addFile(os.path.abspath(args.copydesk))
        name = os.path.basename(args.copydesk)

    started = time.monotonic()
    step = [started]

    def log(message):
        # Time since the start, and since the previous line: a step's own cost.
        now = time.monotonic()
        print(f"copydesk spark: [{now - started:7.1f} s, step {now - step[0]:6.1f} s] {message}", file=sys.stderr,
              flush=True)
        step[0] = now

    # 1. Signatures, numbered in input order: the union is already in input order (files in
    # order, each file's lines or records in order), so numbering needs no sort.
    files = list_inputs(sc, args.inputs)
    # The records with their shingle sets are kept on disk, not in the JVM's heap: with them in
    # memory, 250,000 documents ran a 2 GB driver out of heap on local[2].
    keyed = signature_records(sc, files, name, matching).persist(StorageLevel.DISK_ONLY)
    items = keyed.zipWithIndex().map(numbered).persist(StorageLevel.DISK_ONLY)
    total = items.count()
    keyed.unpersist()
    # Every shuffle gets this many partitions: PySpark's joins otherwise add their inputs'
    # partition counts together, and a chain of joins multiplies tiny tasks.
    partitions = args.partitions or max(sc.defaultParallelism, -(-total // 25000))
    documents = items.filter(lambda pair: pair[1][1] is not None)
    log(f"{total} items, {documents.count()} documents")

    # 2. One node per distinct content, led by its copy with precedence; leaders marked in a
    # broadcast bitmap, so the records stay where they are.
    best = documents.map(lambda pair: (pair[1][1][0], (pair[1][1][1], pair[0]))).reduceByKey(min, partitions)
    copies = (documents.map(lambda pair: (pair[1][1][0], pair[0])).join(best.mapValues(lambda v: v[1]), partitions)
              .map(lambda pair: pair[1]).persist(StorageLevel.MEMORY_AND_DISK))  # (ordinal, leader)
    leading = sc.broadcast(bitmap(best.map(lambda pair: pair[1][1]), total))
    meta = items.mapValues(lambda item: item[0]).persist(StorageLevel.MEMORY_AND_DISK)
    nodes = (documents.filter(lambda pair: has(leading.value, pair[0])).mapValues(lambda item: item[2:])
             .persist(StorageLevel.DISK_ONLY))  # (ordinal, (verification record, band keys, signature))
    node_count = nodes.count()
    meta.count()
    copies.count()
    items.unpersist()
    verifiable = nodes.mapValues(lambda node: node[0])
    signatures = nodes.mapValues(lambda node: node[2])
    log(f"{node_count} distinct contents")

    # 3. The banding dedup would choose.
    local = executable(name)
    sample = [int(line) for line in subprocess.run(
        [local, "banding", "sample", "--nodes", str(node_count)] + matching, check=True, capture_output=True,
        text=True).stdout.split()]
    choose = [local, "banding", "choose", "--nodes", str(node_count)] + matching
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        if sample:
            wanted = sc.broadcast(set(sample))
            sampled = (nodes.zipWithIndex().filter(lambda pair: pair[1] in wanted.value)
                       .map(lambda pair: (pair[1], json.loads(pair[0][1][0]))).collect())
            for index, record in sampled:
                handle.write(json.dumps({"ordinal": index, "source": "", "signature": record["signature"],
                                         "lead": record["lead"]}) + "\n")
            choose += ["--sampled", handle.name]
    plan = json.loads(subprocess.run(choose, check=True, capture_output=True, text=True).stdout)
    os.unlink(handle.name)
    default = json.loads(subprocess.run([local, "banding", "choose", "--nodes", "0"] + matching, check=True,
                                        capture_output=True, text=True).stdout)
    log(f"banding {plan['bands']}x{plan['rows']} (candidate threshold {plan['candidate_threshold']}), "
        f"lead {plan['lead_bands']}x{plan['lead_rows']}; {len(sample)} sampled nodes")
    bands = nodes.mapValues(lambda node: node[1])
    if (plan["bands"], plan["rows"], plan["lead_rows"]) != (default["bands"], default["rows"], default["lead_rows"]):
        keys = ["banding", "keys", "--candidate-threshold", str(plan["candidate_threshold"])] + unbanded
        if plan["lead_rows"] is not None:
            keys += ["--lead-rows", str(plan["lead_rows"])]
        bands = signatures.mapPartitions(lambda part: (
            (r["ordinal"], (r.get("bands") or [], r.get("lead_bands") or []))
            for r in map(json.loads, run_binary(name, keys, (line for _, line in part)))))

    # 4. Candidate pairs: band keys and ordinals only.
    largest = plan["largest_bucket"]
    lead = plan["lead_candidates"]

    def band_keys(pair):
        ordinal, (full, lead_keys) = pair
        for key in full:
            yield ("F" + key, ordinal)
        if lead:
            for key in lead_keys:
                yield ("L" + key, ordinal)

    candidates = (bands.flatMap(band_keys).groupByKey(partitions)
                  .flatMap(lambda bucket: candidate_pairs(list(bucket[1]), largest)).distinct(partitions)
                  .persist(StorageLevel.MEMORY_AND_DISK))
    log(f"{candidates.count()} candidate pairs")

    # 5. Dedup's MinHash pre-check, on signature records joined to each pair (a quarter of a full
    # record): most candidate pairs end here, before any shingle set moves.
    pairs = verify_pairwise(name, ["verify", "--plausible"] + matching, candidates, signatures, partitions).persist(
        StorageLevel.MEMORY_AND_DISK)
    log(f"{pairs.count()} plausible pairs")
    candidates.unpersist()

    # 6. Exact verification of the plausible pairs, both full records joined to each (only the
    # records of documents in some plausible pair move).
    paired = sc.broadcast(bitmap(pairs.flatMap(lambda pair: pair), total))
    in_pairs = verifiable.filter(lambda pair: has(paired.value, pair[0]))
    edges = verify_pairwise(name, ["verify"] + matching, pairs, in_pairs, partitions).persist(
        StorageLevel.MEMORY_AND_DISK)
    log(f"{edges.count()} verified edges")
    pairs.unpersist()

    # 7. Connected components of the verified edges, each clustered whole by `copydesk cluster`;
    # a document's full record moves once more, to its component.
    clustered = sc.broadcast(bitmap(edges.flatMap(lambda edge: edge), total))
    in_edges = verifiable.filter(lambda pair: has(clustered.value, pair[0]))
    placed, rounds = cluster_components(name, matching, edges, in_edges, partitions)
    placed = placed.persist(StorageLevel.MEMORY_AND_DISK)
    log(f"{placed.count()} documents clustered (connected components in {rounds} rounds)")

    # Documents without a verified edge are clusters of their own.
    clustered = placed.map(lambda pair: (pair[0], True))
    singles = (nodes.keys().map(lambda ordinal: (ordinal, True)).subtractByKey(clustered, partitions)
               .map(lambda pair: (pair[0], (pair[0], None, 1))))
    placements = placed.union(singles).persist(StorageLevel.MEMORY_AND_DISK)

    # Clusters numbered by their representative's place in the input, as dedup numbers them.
    numbers = (placements.filter(lambda pair: pair[1][0] == pair[0]).keys().sortBy(lambda o: o, numPartitions=partitions)
               .zipWithIndex().map(lambda pair: (pair[0], pair[1] + 1)))

    # 8. One row per input item.
    def assign(item):
        ordinal, ((leader, (representative, relation, similarity)), record) = item
        return (representative, (ordinal, leader, relation, similarity, record))

    def render(item):
        representative, ((ordinal, leader, relation, similarity, record), cluster) = item
        if ordinal == representative:
            return (ordinal, row(record, cluster, True, 1, None))
        if leader == representative:
            return (ordinal, row(record, cluster, False, 1, "identical"))
        return (ordinal, row(record, cluster, False, similarity, relation))

    by_leader = copies.map(lambda pair: (pair[1], pair[0])).join(placements, partitions).map(
        lambda item: (item[1][0], (item[0], item[1][1])))
    document_rows = by_leader.join(meta, partitions).map(assign).join(numbers, partitions).map(render)
    failure_rows = meta.filter(lambda pair: "error" in pair[1]).map(lambda pair: (pair[0], row(pair[1])))
    rows = document_rows.union(failure_rows).sortByKey(numPartitions=partitions).persist(StorageLevel.MEMORY_AND_DISK)
    written = rows.count()
    if written != total:
        raise SystemExit(f"copydesk spark: {total} items read but {written} rows made")
    rows.values().saveAsTextFile(args.output)
    log(f"{written} rows written to {args.output}; {numbers.count()} clusters")
    spark.stop()


if __name__ == "__main__":
    main()
