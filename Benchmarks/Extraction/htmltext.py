"""HTML to plain text as a reader sees it, for the expected articles and readability-lxml's output.

One function for both so the gold text and a peer's HTML output are turned into text the same way:
block elements and <br> end a line (so "end</p><p>Start" never glues two words together), inline
elements run on, scripts, styles and comments are dropped, entities are decoded by lxml.
"""

from __future__ import annotations

import lxml.html
from lxml import etree

BLOCKS = frozenset(
    """address article aside blockquote body br dd details dialog div dl dt fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary
    table tbody td tfoot th thead tr ul caption center""".split()
)
SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "title"})


def html_to_text(html: str | bytes | None) -> str:
    if html is None or not html.strip():
        return ""
    try:
        root = lxml.html.fromstring(html)
    except ValueError:  # a str with an XML encoding declaration: lxml wants bytes then
        root = lxml.html.fromstring(html.encode("utf-8") if isinstance(html, str) else html)
    except etree.ParserError:
        return ""
    parts: list[str] = []
    # An explicit stack, not recursion: pages can nest deeper than Python's recursion limit.
    # lxml's iterwalk skips comments, and with them the text that follows a comment.
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        name = element.tag.lower() if isinstance(element.tag, str) else None  # None: comment, PI
        if closing:
            if name in BLOCKS:
                parts.append("\n")
            if element.tail and element is not root:
                parts.append(element.tail)
            continue
        if name is None or name in SKIPPED:
            if element.tail:
                parts.append(element.tail)
            continue
        if name in BLOCKS:
            parts.append("\n")
        if element.text:
            parts.append(element.text)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(list(element)))
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
