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
   published, then an agency's own copy, then longest, then first read) leading it;
3. banding: `copydesk banding sample/choose` pick the LSH banding as dedup does, from the same
   sample of node pairs; `copydesk banding keys` re-bands when the choice is not the default;
4. candidate pairs: band keys grouped, every pair of a bucket (a chain in buckets larger than
   dedup's largest bucket), full and lead bandings, without repeats;
5. verification: the pairs, joined with both records, through `copydesk verify`;
6. connected components of the verified edges: alternating large-star / small-star rounds
   (Kiveris et al., "Connected Components in MapReduce and Beyond", 2014);
7. clustering: whole components through `copydesk cluster`, dedup's own clustering code;
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


SLIM = ("ordinal", "id", "source", "title", "outlet", "agency", "published", "length", "shingle_count", "content_hash",
        "signature", "lead", "shingles")


# What verification reads.
VERIFIED = ("ordinal", "source", "shingle_count", "signature", "shingles")


def slim(record):
    return {key: record[key] for key in SLIM if key in record}


# ---------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description="copydesk dedup on Apache Spark")
    parser.add_argument("inputs", nargs="+", help="JSONL (.gz) or WARC (.gz) files, pages, directories: Hadoop paths")
    parser.add_argument("--output", required=True, help="a Hadoop directory for the JSONL part files")
    parser.add_argument("--copydesk", help="the copydesk binary, added to the job (default: the one shipped with --files)")
    parser.add_argument("--partitions", type=int, default=0, help="partitions for the shuffles (default: Spark's)")
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
    # Every shuffle gets this many partitions: PySpark's joins otherwise add their inputs'
    # partition counts together, and a chain of joins multiplies tiny tasks.
    partitions = args.partitions or sc.defaultParallelism
    if args.copydesk:
        sc.addFile(os.path.abspath(args.copydesk))
        name = os.path.basename(args.copydesk)

    started = time.monotonic()

    def log(message):
        print(f"copydesk spark: [{time.monotonic() - started:7.1f} s] {message}", file=sys.stderr, flush=True)

    # 1. Signatures, numbered in input order.
    files = list_inputs(sc, args.inputs)
    keyed = signature_records(sc, files, name, matching)
    records = (keyed.sortByKey(numPartitions=partitions).zipWithIndex().map(lambda pair: (pair[1], dict(pair[0][1], ordinal=pair[1])))
               .persist(StorageLevel.MEMORY_AND_DISK))
    total = records.count()
    documents = records.filter(lambda pair: "error" not in pair[1])

    # 2. One node per distinct content, led by its copy with precedence.
    leader_of = (documents.map(lambda pair: (pair[1]["content_hash"], pair[1]))
                 .reduceByKey(lambda a, b: a if precedence(a) <= precedence(b) else b, partitions)
                 .map(lambda pair: (pair[0], pair[1]["ordinal"])))
    copies = (documents.map(lambda pair: (pair[1]["content_hash"], pair[0])).join(leader_of, partitions)
              .map(lambda pair: pair[1]).persist(StorageLevel.MEMORY_AND_DISK))  # (ordinal, leader)
    leaders = leader_of.map(lambda pair: (pair[1], True))
    nodes = (documents.join(leaders, partitions).map(lambda pair: (pair[0], pair[1][0]))
             .sortByKey(numPartitions=partitions).persist(StorageLevel.MEMORY_AND_DISK))
    node_count = nodes.count()
    log(f"{total} items, {documents.count()} documents, {node_count} distinct contents")

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
                       .map(lambda pair: {"ordinal": pair[1], "source": "", "signature": pair[0][1]["signature"],
                                          "lead": pair[0][1]["lead"]}).collect())
            for record in sampled:
                handle.write(json.dumps(record) + "\n")
            choose += ["--sampled", handle.name]
    plan = json.loads(subprocess.run(choose, check=True, capture_output=True, text=True).stdout)
    os.unlink(handle.name)
    default = json.loads(subprocess.run([local, "banding", "choose", "--nodes", "0"] + matching, check=True,
                                        capture_output=True, text=True).stdout)
    log(f"banding {plan['bands']}x{plan['rows']} (candidate threshold {plan['candidate_threshold']}), "
        f"lead {plan['lead_bands']}x{plan['lead_rows']}; {len(sample)} sampled nodes")
    if (plan["bands"], plan["rows"], plan["lead_rows"]) != (default["bands"], default["rows"], default["lead_rows"]):
        keys = ["banding", "keys", "--candidate-threshold", str(plan["candidate_threshold"])] + unbanded
        if plan["lead_rows"] is not None:
            keys += ["--lead-rows", str(plan["lead_rows"])]
        nodes = nodes.mapPartitions(lambda part: (
            (r["ordinal"], r) for r in map(json.loads, run_binary(name, keys, (json.dumps(v) for _, v in part)))))
        nodes = nodes.persist(StorageLevel.MEMORY_AND_DISK)

    # 4. Candidate pairs.
    largest = plan["largest_bucket"]
    lead = plan["lead_candidates"]

    def band_keys(pair):
        ordinal, record = pair
        for key in record.get("bands") or []:
            yield ("F" + key, ordinal)
        if lead:
            for key in record.get("lead_bands") or []:
                yield ("L" + key, ordinal)

    pairs = (nodes.flatMap(band_keys).groupByKey(partitions)
             .flatMap(lambda bucket: candidate_pairs(list(bucket[1]), largest)).distinct(partitions)
             .persist(StorageLevel.MEMORY_AND_DISK))
    log(f"{pairs.count()} candidate pairs")

    # 5. Verification by the binary.
    # Each record is serialised once; a pair's line is two strings joined.
    verifiable = nodes.mapValues(lambda r: json.dumps({k: r[k] for k in VERIFIED if k in r})).persist(
        StorageLevel.MEMORY_AND_DISK)
    joined = (pairs.join(verifiable, partitions).map(lambda item: (item[1][0], item[1][1]))
              .join(verifiable, partitions).map(lambda item: item[1][0] + "\t" + item[1][1]))
    edges = (joined.mapPartitions(lambda part: run_binary(name, ["verify"] + matching, part))
             .map(lambda line: tuple(int(x) for x in line.split())).persist(StorageLevel.MEMORY_AND_DISK))
    log(f"{edges.count()} verified edges")

    # 6. Connected components.
    labels, rounds = connected_components(edges, partitions)
    labels = labels.persist(StorageLevel.MEMORY_AND_DISK)
    log(f"connected components in {rounds} rounds")

    # 7. Clustering, a component at a time (several per partition), by the binary.
    neighbours = edges.flatMap(lambda e: [e, (e[1], e[0])]).groupByKey(partitions).mapValues(list)
    slim_nodes = nodes.mapValues(slim)
    members = (labels.union(labels.map(lambda pair: (pair[1], pair[1])).distinct(partitions))
               .join(neighbours, partitions).join(slim_nodes, partitions)
               .map(lambda item: (item[1][0][0], dict(item[1][1], neighbours=sorted(item[1][0][1])))))
    placed = (members.partitionBy(partitions)
              .mapPartitions(lambda part: run_binary(name, ["cluster"] + matching, (json.dumps(r) for _, r in part)))
              .map(json.loads).map(lambda p: (p["ordinal"], (p["representative"], p["relation"], p["similarity"]))))
    clustered = placed.map(lambda pair: (pair[0], True))
    singles = (nodes.keys().map(lambda ordinal: (ordinal, True)).subtractByKey(clustered, partitions)
               .map(lambda pair: (pair[0], (pair[0], None, 1))))
    placements = placed.union(singles).persist(StorageLevel.MEMORY_AND_DISK)

    # Clusters numbered by their representative's place in the input, as dedup numbers them.
    numbers = (placements.filter(lambda pair: pair[1][0] == pair[0]).keys().sortBy(lambda o: o, numPartitions=partitions).zipWithIndex()
               .map(lambda pair: (pair[0], pair[1] + 1)))

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
    document_rows = by_leader.join(records, partitions).map(assign).join(numbers, partitions).map(render)
    failure_rows = records.filter(lambda pair: "error" in pair[1]).map(lambda pair: (pair[0], row(pair[1])))
    rows = document_rows.union(failure_rows).sortByKey(numPartitions=partitions).persist(StorageLevel.MEMORY_AND_DISK)
    written = rows.count()
    if written != total:
        raise SystemExit(f"copydesk spark: {total} items read but {written} rows made")
    rows.values().saveAsTextFile(args.output)
    log(f"{written} rows written to {args.output}; {numbers.count()} clusters")
    spark.stop()


if __name__ == "__main__":
    main()
