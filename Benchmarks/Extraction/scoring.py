"""How the extraction benchmark scores one tool's output against the expected article.

Body text follows the article-extraction-benchmark (Zyte/Scrapinghub, evaluate.py): word tokens
(`\\w+`, here lower-cased), 4-gram shingles counted as a multiset, true positives = shingles both
sides share (min of the counts). Texts shorter than four tokens make one shingle of all their
tokens, as that benchmark does. Per page: precision = shared/predicted, recall = shared/expected;
the tool's figure is the mean precision and mean recall over all pages and the F1 of those means.

The benchmark's own aggregate is reported too (`aeb_pooled`): each page's (tp, fp, fn) is
normalised to sum to 1 so long pages weigh no more than short ones, the normalised counts are
summed over pages, and precision/recall/F1 come from the sums.

Edge cases, decided here and documented in README.md:
- expected and predicted both empty: precision = recall = 1 (nothing to find, nothing invented);
- predicted empty, expected not (a tool that failed or found nothing): precision = recall = 0, so
  a failure scores 0 like the tool crashing on the page would;
- expected empty, predicted not: precision = 0, recall = 1.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokenize(text: str | None) -> list[str]:
    """Lower-cased word tokens: runs of Unicode word characters, punctuation dropped."""
    return _TOKEN.findall((text or "").lower())


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter[str]:
    """The multiset of `size`-word shingles; a text shorter than `size` words is one shingle."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    count = max(1, len(tokens) - size + 1)
    return Counter(" ".join(tokens[i : i + size]) for i in range(count))


@dataclass(frozen=True)
class BodyScore:
    precision: float
    recall: float
    # Counts behind the figures, normalised by the benchmark's pooled aggregate.
    tp: int
    fp: int
    fn: int

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def score_body(predicted: str | None, expected: str | None) -> BodyScore:
    pred, gold = shingles(predicted), shingles(expected)
    tp = sum((pred & gold).values())
    fp = sum(pred.values()) - tp
    fn = sum(gold.values()) - tp
    if not pred and not gold:
        return BodyScore(1.0, 1.0, 0, 0, 0)
    if not pred:
        return BodyScore(0.0, 0.0, 0, 0, fn)
    if not gold:
        return BodyScore(0.0, 1.0, 0, fp, 0)
    return BodyScore(tp / (tp + fp), tp / (tp + fn), tp, fp, fn)


def aggregate_body(scores: list[BodyScore]) -> dict[str, object]:
    """Mean precision and recall over pages, F1 of the means, and the benchmark's pooled figure."""
    if not scores:
        return {"precision": None, "recall": None, "f1": None, "aeb_pooled": None}
    precision = sum(s.precision for s in scores) / len(scores)
    recall = sum(s.recall for s in scores) / len(scores)
    tp = fp = fn = 0.0
    for s in scores:
        total = s.tp + s.fp + s.fn
        if total:
            tp, fp, fn = tp + s.tp / total, fp + s.fp / total, fn + s.fn / total
    pooled_p = tp / (tp + fp) if tp + fp else 0.0
    pooled_r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
        "aeb_pooled": {"precision": pooled_p, "recall": pooled_r, "f1": f1(pooled_p, pooled_r)},
    }


# --- Metadata -----------------------------------------------------------------------------------

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"',
                         "–": "-", "—": "-", "‐": "-", "‑": "-", "\u00a0": " "})
_BYLINE_LEAD = re.compile(r"^(?:by|par|von|por|written by)\s+", re.IGNORECASE)


def _is_edge_junk(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PS"


def normalize_title(text: str | None) -> str:
    """Casefold, NFKC, curly quotes and dashes made plain, whitespace collapsed, punctuation and
    symbols stripped from both ends."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    text = " ".join(text.split())
    start, end = 0, len(text)
    while start < end and _is_edge_junk(text[start]):
        start += 1
    while end > start and _is_edge_junk(text[end - 1]):
        end -= 1
    return text[start:end]


def normalize_byline(text: str | None) -> str:
    """The words of a byline, lower-cased, a leading "By"/"Par"/"Written by" dropped: punctuation
    inside a byline is convention, not content ("John C. Welch", "Kim, Jett" vs "Kim; Jett")."""
    text = normalize_title(text)
    return " ".join(tokenize(_BYLINE_LEAD.sub("", text)))


def title_matches(predicted: str | None, expected: str | None) -> bool:
    return bool(normalize_title(expected)) and normalize_title(predicted) == normalize_title(expected)


def byline_matches(predicted: str | None, expected: str | None) -> bool:
    """The same words after normalising, or one's words a run inside the other's: the expected
    bylines come from Readability.js and often carry extra words ("By Nathan Willis March 25,
    2015")."""
    pred, gold = normalize_byline(predicted), normalize_byline(expected)
    if not pred or not gold:
        return False
    return f" {pred} " in f" {gold} " or f" {gold} " in f" {pred} "


def similarity(predicted: str | None, expected: str | None, normalize=normalize_title) -> float:
    """difflib's ratio of the normalised strings, 0 when either is missing."""
    pred, gold = normalize(predicted), normalize(expected)
    if not pred or not gold:
        return 0.0
    return difflib.SequenceMatcher(None, pred, gold, autojunk=False).ratio()


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def date_part(value: str | None) -> str | None:
    """The YYYY-MM-DD a date or date-time starts with, as written (no time-zone shift)."""
    if not value:
        return None
    match = _DATE.match(value.strip())
    return match.group(0) if match else None


def date_matches(predicted: str | None, expected: str | None) -> bool:
    gold = date_part(expected)
    return gold is not None and date_part(predicted) == gold


# --- Snippets (trafilatura's evaluation) -------------------------------------------------------


def _squash(text: str) -> str:
    return " ".join(text.split())


def score_snippets(predicted: str | None, keep: list[str], drop: list[str]) -> tuple[int, int, int, int]:
    """trafilatura's own measure: each snippet that must be kept counts as a true positive when it
    is in the text (whitespace-normalised substring) and a false negative when not; each snippet
    that must be dropped is a false positive when it is in the text, a true negative when not.
    Returns (tp, fp, fn, tn); a failed page has no text, so it keeps nothing and drops everything."""
    text = _squash(predicted or "")
    tp = sum(1 for s in keep if text and _squash(s) in text)
    fp = sum(1 for s in drop if text and _squash(s) in text)
    return tp, fp, len(keep) - tp, len(drop) - fp


def aggregate_snippets(counts: list[tuple[int, int, int, int]]) -> dict[str, float] | None:
    """Precision, recall and F1 over all snippets of all pages (pooled, as trafilatura reports)."""
    if not counts:
        return None
    tp, fp, fn, tn = (sum(c[i] for c in counts) for i in range(4))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall),
            "accuracy": (tp + tn) / max(1, tp + fp + fn + tn), "snippets": tp + fp + fn + tn}
