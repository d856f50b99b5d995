"""A generated archive of news stories with known reused passages, for `copydesk reuse`.

Stories are synthetic wire copy from the dedup benchmark's generator (Benchmarks/Dedup/newsgen.py,
imported, not copied): each about its own event, so two stories share only the stock phrases of
news writing ("said in a statement", "told reporters", a day of the week) unless a passage was
inserted. Documents are of three kinds:

* sources: stories some of whose text is quoted elsewhere (never modified);
* hosts: unrelated stories into which 1-2 passages of sources are inserted, as a paragraph of
  their own or after a sentence inside a paragraph;
* others: unrelated stories, some with a shared agency footer (boilerplate every tool must not
  report as reuse of one story by another).

A passage is 20-200 words: whole sentences, or (trimmed, 35%) a window cut at arbitrary word
boundaries. 40% of inserted copies get OCR noise at 0.5-5% of their characters (e->c, l->1,
rn->m, m->rn, dropped and doubled letters). A passage is inserted into 1-3 hosts.

Writes ARCHIVE (JSONL: id, text, outlet, published) and ARCHIVE with .truth.jsonl: one line per
inserted copy with the source and host spans (Unicode code point offsets, end exclusive), words,
noise and trimmed.
"""

import argparse
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Dedup"))
import newsgen  # noqa: E402

FOOTER = ("Copyright 2026 The Daily Agency. All rights reserved. This material may not be published, "
          "broadcast, rewritten or redistributed.")
OUTLETS = [f"Paper {c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
CONFUSIONS = [("e", "c"), ("l", "1"), ("rn", "m"), ("m", "rn"), ("i", "l"), ("o", "0"), ("a", "o"),
              ("h", "b"), ("c", "e"), ("n", "u"), ("t", "f"), ("S", "5"), ("B", "8")]


def ocr(rng, text, rate):
    """Damages about `rate` of the characters of `text` as OCR does."""
    out = []
    i = 0
    while i < len(text):
        if text[i].isalnum() and rng.random() < rate:
            kind = rng.random()
            if kind < 0.75:
                for a, b in rng.sample(CONFUSIONS, len(CONFUSIONS)):
                    if text.startswith(a, i):
                        out.append(b)
                        i += len(a)
                        break
                else:
                    out.append(rng.choice("aeiounrst"))
                    i += 1
                continue
            if kind < 0.88:
                i += 1  # a dropped letter
                continue
            out.append(text[i] * 2)  # a doubled letter
            i += 1
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def sentences_with_spans(text):
    """(start, end) of each sentence of a paragraph text."""
    spans = []
    start = 0
    for m in re.finditer(r"[.!?][\"']?(?=\s+[A-Z\"']|$)", text):
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start] == " ":
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def pick_passage(rng, text, words):
    """A span of `text` of about `words` words: whole sentences, or a trimmed word window."""
    trimmed = rng.random() < 0.35
    if trimmed:
        tokens = [m.span() for m in re.finditer(r"\S+", text)]
        if len(tokens) <= words:
            return None
        first = rng.randrange(0, len(tokens) - words)
        start, end = tokens[first][0], tokens[first + words - 1][1]
        # A trimmed window ends on a word, not on the punctuation after it.
        while end > start and not text[end - 1].isalnum():
            end -= 1
        return start, end, True
    sentences = []
    for paragraph in re.finditer(r"[^\n]+", text):
        for s, e in sentences_with_spans(paragraph.group()):
            sentences.append((paragraph.start() + s, paragraph.start() + e))
    if not sentences:
        return None
    first = rng.randrange(len(sentences))
    count = 0
    last = first
    while last < len(sentences):
        count += len(text[sentences[last][0]:sentences[last][1]].split())
        if count >= words:
            break
        last += 1
    if last >= len(sentences) or count > 200:
        return None
    return sentences[first][0], sentences[last][1], False


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive")
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--passages", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    stories = []
    for index in range(args.documents):
        event = newsgen.make_event(rng)
        paragraphs = newsgen.story(rng, event, words=rng.randint(250, 700))
        stories.append({"id": f"d{index:05d}", "paragraphs": paragraphs, "inserts": [],
                        "outlet": rng.choice(OUTLETS),
                        "published": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        "footer": rng.random() < 0.4})

    order = list(range(args.documents))
    rng.shuffle(order)
    sources = order[: args.documents // 4]
    hosts = order[args.documents // 4: args.documents * 3 // 4]
    # Sources keep their text as generated.
    texts = {}
    for index in sources:
        s = stories[index]
        texts[index] = "\n\n".join(s["paragraphs"]) + ("\n\n" + FOOTER if s["footer"] else "")

    passages = []
    used = {index: [] for index in sources}
    host_load = {index: 0 for index in hosts}
    attempts = 0
    while len(passages) < args.passages and attempts < args.passages * 20:
        attempts += 1
        source = rng.choice(sources)
        text = texts[source]
        body_end = text.rfind("\n\n" + FOOTER) if stories[source]["footer"] else len(text)
        # Lengths spread over 20-200 words, more of them short, as quotations are.
        words = int(20 + (180 * rng.random() ** 1.6))
        found = pick_passage(rng, text[:body_end], words)
        if not found:
            continue
        start, end, trimmed = found
        if any(start < e and s < end for s, e in used[source]):
            continue
        free = [h for h in hosts if host_load[h] < 2]
        if not free:
            break
        copies = rng.sample(free, min(len(free), rng.choice((1, 1, 1, 2, 2, 3))))
        used[source].append((start, end))
        pid = len(passages)
        passages.append({"source": source, "start": start, "end": end, "trimmed": trimmed,
                         "words": len(text[start:end].split())})
        for host in copies:
            host_load[host] += 1
            noise = rng.uniform(0.005, 0.05) if rng.random() < 0.4 else 0.0
            copy = text[start:end]
            if noise:
                copy = ocr(rng, copy, noise)
            stories[host]["inserts"].append({"passage": pid, "copy": copy, "noise": noise,
                                             "at": rng.randrange(len(stories[host]["paragraphs"]) + 1),
                                             "inline": rng.random() < 0.3})

    truth = []
    for index in hosts:
        s = stories[index]
        paragraphs = list(s["paragraphs"])
        # Built paragraph by paragraph, so each inserted copy's offsets are known exactly.
        pieces = []  # (text, insert or None)
        inserts_at = {}
        for insert in s["inserts"]:
            inserts_at.setdefault(insert["at"], []).append(insert)
        for position in range(len(paragraphs) + 1):
            for insert in inserts_at.get(position, []):
                if insert["inline"] and pieces and pieces[-1][1] is None:
                    pieces.append((" ", None))
                    pieces.append((insert["copy"], insert))
                else:
                    if pieces:
                        pieces.append(("\n\n", None))
                    pieces.append((insert["copy"], insert))
            if position < len(paragraphs):
                if pieces:
                    pieces.append(("\n\n", None))
                pieces.append((paragraphs[position], None))
        if s["footer"]:
            pieces.append(("\n\n" + FOOTER, None))
        offset = 0
        for piece, insert in pieces:
            if insert is not None:
                p = passages[insert["passage"]]
                truth.append({"passage": insert["passage"], "source": stories[p["source"]]["id"],
                              "source_start": p["start"], "source_end": p["end"], "host": s["id"],
                              "host_start": offset, "host_end": offset + len(piece), "words": p["words"],
                              "noise": round(insert["noise"], 4), "trimmed": p["trimmed"]})
            offset += len(piece)
        texts[index] = "".join(piece for piece, _ in pieces)
    for index in order[args.documents * 3 // 4:]:
        s = stories[index]
        texts[index] = "\n\n".join(s["paragraphs"]) + ("\n\n" + FOOTER if s["footer"] else "")

    with open(args.archive, "w") as out:
        for index, s in enumerate(stories):
            out.write(json.dumps({"id": s["id"], "text": texts[index], "outlet": s["outlet"],
                                  "published": s["published"]}) + "\n")
    truth_path = re.sub(r"\.jsonl$", "", args.archive) + ".truth.jsonl"
    with open(truth_path, "w") as out:
        for row in truth:
            out.write(json.dumps(row) + "\n")
    print(f"{args.documents} documents, {len(passages)} passages, {len(truth)} inserted copies "
          f"({sum(1 for t in truth if t['words'] >= 40)} of 40 words or more)", file=sys.stderr)


if __name__ == "__main__":
    main()
