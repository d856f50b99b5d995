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


# What a reprint goes through, by kind, with each kind's share of reprints. Every kind may also
# get a new dateline, a credit line and UK spellings (the "light" edits): papers do that to all
# agency copy. The kinds are what the dedup benchmark reports recall for.
DAMAGE = [
    ("light", 0.14),             # new headline, dateline, credit, spellings only
    ("ocr", 0.14),               # the same, scanned: OCR noise at 0.5-5% of characters
    ("local paragraph", 0.12),   # one or two paragraphs of local news inserted
    ("trimmed", 0.08),           # sentences cut from some paragraphs
    ("truncated", 0.15),         # the first 33-95% of the story
    ("extended", 0.07),          # more paragraphs of the paper's own appended
    ("truncated+local", 0.15),   # truncated and one or two local paragraphs inserted
    ("combined", 0.15),          # truncated, local paragraphs, trimmed and OCR noise together
]


def damage_kind(rng):
    x = rng.random() * sum(share for _, share in DAMAGE)
    for kind, share in DAMAGE:
        x -= share
        if x < 0:
            return kind
    return DAMAGE[-1][0]


def truncate(rng, paragraphs):
    """The first 33-95% of the story (in words, cut at a paragraph end), as a paper cuts copy."""
    words = [p.count(" ") + 1 for p in paragraphs]
    target = sum(words) * rng.uniform(0.33, 0.95)
    keep, count = 0, 0
    while keep < len(paragraphs) and count + words[keep] / 2 < target:
        count += words[keep]
        keep += 1
    return paragraphs[:max(2, min(keep, len(paragraphs) - 1))]


def trim(rng, paragraphs):
    trimmed = []
    for p in paragraphs:
        ss = sentences(p)
        if len(ss) > 1 and rng.random() < 0.35:
            ss.pop(rng.randrange(len(ss)))
        trimmed.append(" ".join(ss))
    return trimmed


def insert_local(rng, paragraphs, event):
    """One or two paragraphs about another event in the same place, anywhere after the lead."""
    paragraphs = list(paragraphs)
    for _ in range(rng.choice((1, 1, 2))):
        local = newsgen.make_event(rng)
        local["place"] = event["place"]
        paragraphs.insert(rng.randint(1, len(paragraphs)), newsgen.paragraph(rng, local))
    return paragraphs


def reprint(rng, base, event, agency, kind=None):
    """One outlet's reprint of `base` (a list of paragraphs): its paragraphs and its damage kind."""
    kind = kind or damage_kind(rng)
    paragraphs = list(base)
    r = rng.random
    if kind in ("truncated", "truncated+local", "combined"):
        paragraphs = truncate(rng, paragraphs)
    if kind == "extended":
        paragraphs += newsgen.story(rng, event, words=rng.randint(80, 220))
    if kind in ("trimmed", "combined") and len(paragraphs) > 2:
        paragraphs = trim(rng, paragraphs)
    if kind in ("local paragraph", "truncated+local", "combined"):
        paragraphs = insert_local(rng, paragraphs, event)
    if r() < 0.5 and not paragraphs[0].startswith(event["place"].upper()):
        paragraphs[0] = newsgen.dateline(rng, event, agency) + " " + paragraphs[0]
    if r() < 0.4:
        paragraphs.append(rng.choice([f"({agency})", f"— {agency}", f"Reporting by {agency}; editing by staff",
                                      f"Additional reporting by {agency} correspondents."]))
    if r() < 0.3:
        paragraphs = [SPELLING_RE.sub(lambda m: SPELLINGS[m.group(1)], p) for p in paragraphs]
    if kind in ("ocr", "combined"):
        rate = rng.uniform(0.005, 0.05)
        columns = rng.random() < 0.5
        paragraphs = [ocr(rng, p, rate, columns) for p in paragraphs]
    return paragraphs, kind


def ocr(rng, text, rate, columns=False):
    """`text` as OCR reads a scanned page: about `rate` of the characters confused (e→c, l→1,
    rn→m …), dropped or doubled, and, for a page set in narrow columns, lines broken with hyphens
    inside words."""
    chars = list(text)
    for _ in range(int(len(chars) * rate)):
        i = rng.randrange(len(chars))
        c = chars[i]
        x = rng.random()
        if c == "r" and i + 1 < len(chars) and chars[i + 1] == "n" and x < 0.5:
            chars[i], chars[i + 1] = "m", ""
        elif x < 0.7 and c in OCR_MAP:
            chars[i] = rng.choice(OCR_MAP[c])
        elif x < 0.82 and c.isalpha():
            chars[i] = ""
        elif x < 0.94 and c.isalpha():
            chars[i] = c + c
        elif x >= 0.94:
            chars[i] = rng.choice(" .,'")
    text = "".join(chars)
    if columns:
        text = hyphenate(rng, text, rng.randint(28, 45))
    return text


def hyphenate(rng, text, width):
    """Lines of about `width` characters; a word that crosses the end of a line is broken with a
    hyphen and continued on the next, as in a narrow newspaper column."""
    out, line = [], 0
    for word in text.split(" "):
        if line + len(word) > width and line > 0:
            room = width - line - 1
            if room >= 2 and len(word) - room >= 2 and word[:room].isalpha() and word[room:].isalpha():
                out.append(" " + word[:room] + "-\n" + word[room:])
                line = len(word) - room
                continue
            out.append("\n" + word)
            line = len(word)
        else:
            out.append((" " if out else "") + word)
            line += len(word) + 1
    return "".join(out)


def family(seed, index):
    """One base story, its reprints and its hard negatives: a list of (record, cluster) pairs."""
    rng = random.Random(seed * 1_000_003 + index)
    event = newsgen.make_event(rng)
    agency = rng.choice(AGENCIES)
    day = START + datetime.timedelta(days=rng.randrange(1000))
    base = newsgen.story(rng, event, words=rng.randint(380, 620))
    cluster = f"c{index}"
    out = []

    def record(kind, n, paragraphs, title, outlet, published, cluster, damage="original", original=""):
        return ({"id": f"s{index}-{kind}{n}", "text": "\n\n".join(paragraphs), "title": title,
                 "outlet": outlet, "published": published.isoformat()}, cluster, damage, original)

    out.append(record("base", 0, base, newsgen.headline(rng, event), agency, day, cluster))
    copies = rng.choice([0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    for n in range(copies):
        paragraphs, damage = reprint(rng, base, event, agency)
        title = newsgen.headline(rng, event)
        out.append(record("r", n, paragraphs, title, rng.choice(OUTLETS),
                          day + datetime.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, 3, 7])), cluster,
                          damage, f"s{index}-base0"))
    if rng.random() < 0.3:
        for n in range(rng.choice([1, 1, 2, 3])):
            # Same event, the outlet's own words: a separate story, and so a separate cluster.
            own = newsgen.story(rng, event, words=rng.randint(300, 600))
            outlet = rng.choice(OUTLETS)
            own_cluster = f"{cluster}-own{n}"
            out.append(record("own", n, own, newsgen.headline(rng, event), outlet, day, own_cluster))
            # Which may itself be picked up by a sister paper.
            for m in range(rng.choice([0, 0, 1, 2])):
                paragraphs, damage = reprint(rng, own, event, outlet)
                out.append(record(f"own{n}r", m, paragraphs, newsgen.headline(rng, event),
                                  rng.choice(OUTLETS), day + datetime.timedelta(days=1), own_cluster,
                                  damage, f"s{index}-own{n}"))
    return out


def chunk(args):
    seed, start, stop = args
    lines, truth, damage = [], [], []
    for index in range(start, stop):
        for record, cluster, kind, original in family(seed, index):
            lines.append(json.dumps(record, ensure_ascii=False))
            truth.append(f"{record['id']}\t{cluster}")
            damage.append(f"{record['id']}\t{kind}\t{original}")
    return "\n".join(lines) + "\n", "\n".join(truth) + "\n", "\n".join(damage) + "\n", len(lines)


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
    damage_path = re.sub(r"\.jsonl$", "", args.output) + ".damage.tsv"
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    total = 0
    with open(args.output, "w") as archive, open(truth_path, "w") as truth, open(damage_path, "w") as damage, \
            multiprocessing.Pool(os.cpu_count()) as pool:
        truth.write("id\tcluster\n")
        damage.write("id\tdamage\toriginal\n")
        for lines, truth_lines, damage_lines, count in pool.imap(chunk, tasks):
            if total + count > args.documents:
                # Exactly the number asked for: cut the last chunk.
                keep = args.documents - total
                lines = "".join(l + "\n" for l in lines.split("\n")[:keep])
                truth_lines = "".join(l + "\n" for l in truth_lines.split("\n")[:keep])
                damage_lines = "".join(l + "\n" for l in damage_lines.split("\n")[:keep])
                count = keep
            archive.write(lines)
            truth.write(truth_lines)
            damage.write(damage_lines)
            total += count
            if total >= args.documents:
                pool.terminate()
                break
    print(f"{total} documents in {families} story families -> {args.output}, {truth_path}, {damage_path}")


if __name__ == "__main__":
    main()
