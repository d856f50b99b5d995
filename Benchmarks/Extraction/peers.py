"""The Python peers, run in-process: each call times only the extraction of one page.

Both receive the page's raw bytes, as Copydesk does, so each decodes the page its own way.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from importlib import metadata


@dataclass
class Extraction:
    """What a tool made of one page. `error` is set (and the rest empty) when it failed."""

    text: str = ""
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    error: str | None = None
    # An alternative title the tool offers (readability-lxml's short_title), reported aside.
    title_alt: str | None = None


def version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


class Trafilatura:
    name = "trafilatura"
    has_byline = True
    has_date = True
    settings = "bare_extraction(with_metadata=True, include_comments=False), other options default"

    def __init__(self) -> None:
        start = time.perf_counter()
        import trafilatura

        self.import_seconds = time.perf_counter() - start
        self._extract = trafilatura.bare_extraction
        self.version = version("trafilatura")

    def run(self, html: bytes) -> tuple[Extraction, float]:
        start = time.perf_counter()
        try:
            doc = self._extract(html, with_metadata=True, include_comments=False)
        except Exception as error:  # a peer's crash on one page is that page's failure
            return Extraction(error=f"{type(error).__name__}: {error}"), time.perf_counter() - start
        elapsed = time.perf_counter() - start
        if doc is None:
            return Extraction(error="no extraction (returned None)"), elapsed
        return Extraction(text=doc.text or "", title=doc.title, byline=doc.author, published=doc.date), elapsed


class ReadabilityLxml:
    name = "readability-lxml"
    has_byline = False
    has_date = False
    settings = "Document(html).summary() -> text via lxml, .title(); no byline or date API"

    def __init__(self) -> None:
        start = time.perf_counter()
        from readability import Document

        self.import_seconds = time.perf_counter() - start

        from htmltext import html_to_text

        self._document = Document
        self._to_text = html_to_text
        self.version = version("readability-lxml")

    def run(self, html: bytes) -> tuple[Extraction, float]:
        # Timed: parsing, summary(), title() and turning the summary's HTML into text.
        start = time.perf_counter()
        try:
            doc = self._document(html)
            summary = doc.summary()
            title = doc.title()
            text = self._to_text(summary)
        except Exception as error:
            return Extraction(error=f"{type(error).__name__}: {error}"), time.perf_counter() - start
        elapsed = time.perf_counter() - start
        try:  # reported aside, not timed
            short_title = doc.short_title()
        except Exception:
            short_title = None
        return Extraction(text=text, title=title, title_alt=short_title), elapsed


PEERS = {"trafilatura": Trafilatura, "readability-lxml": ReadabilityLxml}
