#!/usr/bin/env python3
"""Generates a synthetic news archive with ground truth for `copydesk dedup`.

Base agency stories (~500 words of news-like text: names, places, organisations, numbers, quotes)
are each reprinted 0-12 times by other outlets, going through what reprints go through: a new
headline, a dateline and credit added, a local paragraph inserted, sentences trimmed, truncation
to the first paragraphs (containment), extension with more paragraphs, US/UK spelling, and OCR
noise from scanned pages. Hard negatives are other outlets' own tellings of the same event: same
people, places and numbers and even the same quotes, different wording; they are separate clusters.

Writes ARCHIVE.jsonl (id, text, title, outlet, published) and ARCHIVE.truth.tsv (id, cluster).
Deterministic for a given --seed and --documents. Runs on all cores for large archives.

    generate.py --documents 12000 --seed 7 out/archive.jsonl
"""

import argparse
import datetime
import json
import multiprocessing
import os
import random
import re

import newsgen
from vocabulary import AGENCIES, OUTLET_ADJ, OUTLET_NOUN, SPELLINGS

OUTLETS = sorted({f"The {a} {n}" for a in OUTLET_ADJ for n in OUTLET_NOUN})
SPELLING_RE = re.compile(r"\b(" + "|".join(sorted(SPELLINGS, key=len, reverse=True)) + r")\b")
# Characters OCR engines confuse, as (printed, read) pairs.
OCR = [("e", "c"), ("c", "e"), ("l", "1"), ("i", "l"), ("o", "0"), ("a", "o"), ("n", "m"), ("m", "n"),
       ("h", "b"), ("u", "v"), ("t", "f"), ("s", "5"), ("r", "n"), ("d", "cl"), ("m", "rn"), ("g", "q")]
OCR_MAP = {}
for printed, read in OCR:
    OCR_MAP.setdefault(printed, []).append(read)
START = datetime.date(2021, 1, 1)


def sentences(paragraph):
    return [s for s in re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"])", paragraph) if s]


def reprint(rng, base, event, agency):
    """One outlet's reprint of `base` (a list of paragraphs) and the transformations applied."""
    paragraphs = list(base)
    applied = []
    r = rng.random
    if r() < 0.25:
        # Truncation: the first paragraphs only, as a paper cuts copy to fit.
        keep = max(2, int(len(paragraphs) * rng.uniform(0.3, 0.75)))
        paragraphs = paragraphs[:keep]
        applied.append("truncated")
    elif r() < 0.2:
        paragraphs += newsgen.story(rng, event, words=rng.randint(80, 220))
        applied.append("extended")
    if r() < 0.35 and len(paragraphs) > 2:
        trimmed = []
        for p in paragraphs:
            ss = sentences(p)
            if len(ss) > 1 and r() < 0.3:
                ss.pop(rng.randrange(len(ss)))
            trimmed.append(" ".join(ss))
        paragraphs = trimmed
        applied.append("trimmed")
    if r() < 0.3:
        local = newsgen.make_event(rng)
        local["place"] = event["place"]
        paragraphs.insert(rng.randint(1, len(paragraphs)), newsgen.paragraph(rng, local))
        applied.append("local paragraph")
    if r() < 0.5 and not paragraphs[0].startswith(event["place"].upper()):
        paragraphs[0] = newsgen.dateline(rng, event, agency) + " " + paragraphs[0]
        applied.append("dateline")
    if r() < 0.4:
        paragraphs.append(rng.choice([f"({agency})", f"— {agency}", f"Reporting by {agency}; editing by staff",
                                      f"Additional reporting by {agency} correspondents."]))
        applied.append("credit")
    if r() < 0.3:
        paragraphs = [SPELLING_RE.sub(lambda m: SPELLINGS[m.group(1)], p) for p in paragraphs]
        applied.append("uk spelling")
    if r() < 0.3:
        rate = rng.uniform(0.005, 0.03)
        paragraphs = [ocr(rng, p, rate) for p in paragraphs]
        applied.append("ocr")
    return paragraphs, applied


def ocr(rng, text, rate):
    chars = list(text)
    for _ in range(int(len(chars) * rate)):
        i = rng.randrange(len(chars))
        options = OCR_MAP.get(chars[i])
        if options:
            chars[i] = rng.choice(options)
        elif rng.random() < 0.3:
            chars[i] = rng.choice(" .,'")
    return "".join(chars)


def family(seed, index):
    """One base story, its reprints and its hard negatives: a list of (record, cluster) pairs."""
    rng = random.Random(seed * 1_000_003 + index)
    event = newsgen.make_event(rng)
    agency = rng.choice(AGENCIES)
    day = START + datetime.timedelta(days=rng.randrange(1000))
    base = newsgen.story(rng, event, words=rng.randint(380, 620))
    cluster = f"c{index}"
    out = []

    def record(kind, n, paragraphs, title, outlet, published, cluster):
        return ({"id": f"s{index}-{kind}{n}", "text": "\n\n".join(paragraphs), "title": title,
                 "outlet": outlet, "published": published.isoformat()}, cluster)

    out.append(record("base", 0, base, newsgen.headline(rng, event), agency, day, cluster))
    copies = rng.choice([0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    for n in range(copies):
        paragraphs, _ = reprint(rng, base, event, agency)
        title = newsgen.headline(rng, event)
        out.append(record("r", n, paragraphs, title, rng.choice(OUTLETS),
                          day + datetime.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, 3, 7])), cluster))
    if rng.random() < 0.3:
        for n in range(rng.choice([1, 1, 2, 3])):
            # Same event, the outlet's own words: a separate story, and so a separate cluster.
            own = newsgen.story(rng, event, words=rng.randint(300, 600))
            outlet = rng.choice(OUTLETS)
            own_cluster = f"{cluster}-own{n}"
            out.append(record("own", n, own, newsgen.headline(rng, event), outlet, day, own_cluster))
            # Which may itself be picked up by a sister paper.
            for m in range(rng.choice([0, 0, 1, 2])):
                paragraphs, _ = reprint(rng, own, event, outlet)
                out.append(record(f"own{n}r", m, paragraphs, newsgen.headline(rng, event),
                                  rng.choice(OUTLETS), day + datetime.timedelta(days=1), own_cluster))
    return out


def chunk(args):
    seed, start, stop = args
    lines, truth = [], []
    for index in range(start, stop):
        for record, cluster in family(seed, index):
            lines.append(json.dumps(record, ensure_ascii=False))
            truth.append(f"{record['id']}\t{cluster}")
    return "\n".join(lines) + "\n", "\n".join(truth) + "\n", len(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", help="the archive to write (.jsonl); the truth goes beside it")
    parser.add_argument("--documents", type=int, default=12000, help="about how many documents")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--shuffle", action="store_true", default=True)
    args = parser.parse_args()
    # A family averages about 6.3 documents; families are generated in fixed-size chunks so the
    # output does not depend on the number of processes.
    families = max(1, round(args.documents / 6.8) + 1)
    size = 500
    tasks = [(args.seed, s, min(s + size, families)) for s in range(0, families, size)]
    truth_path = re.sub(r"\.jsonl$", "", args.output) + ".truth.tsv"
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    total = 0
    with open(args.output, "w") as archive, open(truth_path, "w") as truth, \
            multiprocessing.Pool(os.cpu_count()) as pool:
        truth.write("id\tcluster\n")
        for lines, truth_lines, count in pool.imap(chunk, tasks):
            if total + count > args.documents:
                # Exactly the number asked for: cut the last chunk.
                keep = args.documents - total
                lines = "".join(l + "\n" for l in lines.split("\n")[:keep])
                truth_lines = "".join(l + "\n" for l in truth_lines.split("\n")[:keep])
                count = keep
            archive.write(lines)
            truth.write(truth_lines)
            total += count
            if total >= args.documents:
                pool.terminate()
                break
    print(f"{total} documents in {families} story families -> {args.output}, {truth_path}")


if __name__ == "__main__":
    main()
