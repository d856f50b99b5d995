"""The folders of pages the benchmark reads, in the layouts the public extraction sets come in.

- **pages with expected HTML** (Mozilla Readability's test pages): `NAME/source.html`,
  `NAME/expected.html`, optionally `NAME/expected-metadata.json` (title, byline, publishedTime);
- **article-extraction-benchmark** (Zyte): `ground-truth.json` mapping NAME to an object with
  `articleBody` (and `url`), the pages in `html/NAME.html.gz` or `html/NAME.html`;
- **snippets** (trafilatura's evaluation set): `expected.json` mapping a URL to `file` (a page in
  `pages/`), `with` (snippets the text must contain) and `without` (snippets it must not);
- **flat**: `NAME.html` with the expected text in `NAME.txt` beside it (any folder of your own).

Gzipped pages are unpacked once into `Benchmarks/out/pages/` (git-ignored) so that every tool
reads the same plain file.
"""

from __future__ import annotations

import gzip
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from htmltext import html_to_text

WHERE_TO_GET = """\
No pages found. The benchmark reads any folder in one of these layouts (see datasets.py):
  NAME/source.html + NAME/expected.html [+ expected-metadata.json]
      Mozilla Readability's test pages: https://github.com/mozilla/readability (test/test-pages),
      Apache-2.0; this project's copy is ../shared/datasets/readability-pages.
  ground-truth.json + html/NAME.html.gz
      Zyte's article-extraction-benchmark (181 news pages):
      https://github.com/scrapinghub/article-extraction-benchmark (dataset/), MIT.
  expected.json + pages/ (snippets that must be kept and dropped)
      trafilatura's evaluation set: https://github.com/adbar/trafilatura (tests/evaldata.json,
      tests/cache), Apache-2.0; half of it is ../shared/datasets/trafilatura-dev.
  NAME.html + NAME.txt
      your own pages, each with the article text a reader would keep."""


@dataclass
class Page:
    name: str
    source: str  # path of the HTML file, as given to copydesk
    expected_text: str | None  # None: the set judges by snippets only
    metadata: dict
    keep: list[str] = field(default_factory=list)  # snippets the text must contain
    drop: list[str] = field(default_factory=list)  # snippets it must not


def layout(dataset: Path) -> str | None:
    if (dataset / "ground-truth.json").is_file():
        return "aeb"
    if (dataset / "expected.json").is_file() and (dataset / "pages").is_dir():
        return "snippets"
    if any((folder / "source.html").is_file() for folder in dataset.iterdir() if folder.is_dir()):
        return "folders"
    if any(p.suffix in (".html", ".htm") and p.with_suffix(".txt").is_file() for p in dataset.iterdir()):
        return "flat"
    return None


def load_pages(dataset: Path, only: set[str] | None, unpack_to: Path) -> list[Page]:
    kind = layout(dataset)
    loaders = {"aeb": _aeb, "snippets": _snippets, "folders": _folders, "flat": _flat}
    pages = loaders[kind](dataset, unpack_to) if kind else []
    if only:
        pages = [p for p in pages if p.name in only]
        for name in sorted(only - {p.name for p in pages}):
            print(f"{dataset / name}: no such page", file=sys.stderr)
    return pages


def _folders(dataset: Path, _unpack: Path) -> list[Page]:
    pages = []
    for folder in sorted(p for p in dataset.iterdir() if p.is_dir()):
        source = folder / "source.html"
        expected = folder / "expected.html"
        if not source.is_file() or not expected.is_file():
            print(f"{folder}: skipped, no source.html or expected.html", file=sys.stderr)
            continue
        meta_file = folder / "expected-metadata.json"
        metadata = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
        text = html_to_text(expected.read_text(encoding="utf-8", errors="replace"))
        pages.append(Page(folder.name, str(source), text, metadata))
    return pages


def _aeb(dataset: Path, unpack_to: Path) -> list[Page]:
    truth = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for name in sorted(truth):
        item = truth[name]
        plain = dataset / "html" / f"{name}.html"
        packed = dataset / "html" / f"{name}.html.gz"
        if plain.is_file():
            source = plain
        elif packed.is_file():
            source = unpack_to / dataset.name / f"{name}.html"
            if not source.is_file():
                source.parent.mkdir(parents=True, exist_ok=True)
                source.write_bytes(gzip.decompress(packed.read_bytes()))
        else:
            print(f"{dataset}/html/{name}.html(.gz): missing, skipped", file=sys.stderr)
            continue
        metadata = {k: item[k] for k in ("title", "byline") if item.get(k)}
        if item.get("datePublished"):
            metadata["publishedTime"] = item["datePublished"]
        pages.append(Page(name, str(source), item.get("articleBody") or "", metadata))
    return pages


def _snippets(dataset: Path, _unpack: Path) -> list[Page]:
    data = json.loads((dataset / "expected.json").read_text(encoding="utf-8"))
    pages = []
    for url, item in data.items():
        source = dataset / "pages" / item["file"]
        if not source.is_file():
            print(f"{source}: missing, skipped", file=sys.stderr)
            continue
        pages.append(Page(item["file"], str(source), None, {"url": url},
                          keep=list(item.get("with", [])), drop=list(item.get("without", []))))
    return pages


def _flat(dataset: Path, _unpack: Path) -> list[Page]:
    pages = []
    for html in sorted(p for p in dataset.iterdir() if p.suffix in (".html", ".htm")):
        expected = html.with_suffix(".txt")
        if expected.is_file():
            pages.append(Page(html.stem, str(html), expected.read_text(encoding="utf-8", errors="replace"), {}))
    return pages
