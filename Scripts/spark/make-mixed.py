#!/usr/bin/env python3
"""Writes the mixed inputs of the Spark test into DIRECTORY, from the sample archive:
`damaged.jsonl.gz` (the first articles again, a blank line, a malformed line, a line without
text) and `crawl.warc.gz` (a few of the articles as HTML pages in WARC response records, one gzip
member each, and a record that is not a response).

    make-mixed.py SAMPLE.jsonl DIRECTORY
"""

import gzip
import html
import json
import os
import sys


def warc(kind, number, uri, block):
    body = block.encode("utf-8")
    header = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:spark-test-{number}>\r\n"
              f"WARC-Date: 2022-09-14T08:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
              f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(body)}\r\n\r\n")
    return gzip.compress(header.encode("utf-8") + body + b"\r\n\r\n")


def main():
    sample, directory = sys.argv[1], sys.argv[2]
    os.makedirs(directory, exist_ok=True)
    with open(sample, encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle if line.strip()]
    lines = [json.dumps(a) for a in articles[:12]]
    lines[3:3] = ["", "{\"id\": \"broken\", \"text\": ", "{\"id\": \"no-text\"}", "   "]
    with gzip.open(os.path.join(directory, "damaged.jsonl.gz"), "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    records = []
    for number, article in enumerate(articles[20:32]):
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n") if p.strip())
        page = (f"<!doctype html><html><head><title>{html.escape(article.get('title') or 'Story')}</title></head>"
                f"<body><article><h1>{html.escape(article.get('title') or 'Story')}</h1>{paragraphs}</article></body></html>")
        block = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{page}"
        records.append(warc("response", number, f"https://paper.example/{article['id']}", block))
        if number == 4:
            records.append(warc("request", 1000, "https://paper.example/", "GET / HTTP/1.1\r\n\r\n"))
    with open(os.path.join(directory, "crawl.warc.gz"), "wb") as handle:
        handle.write(b"".join(records))


if __name__ == "__main__":
    main()
