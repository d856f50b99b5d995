"""Printing the benchmark: the table, the targets, and the per-page details developers iterate on."""

from __future__ import annotations


def _fmt(value, width: int = 7, digits: int = 3, missing: str = "n/a") -> str:
    if value is None:
        return missing.rjust(width)
    return f"{value:.{digits}f}".rjust(width)


def table(results: dict) -> str:
    # Snippet columns only for a set judged by snippets (trafilatura's evaluation layout).
    snippets = any(r.get("snippets") for r in results["tools"].values())
    header = (f"{'tool':<18}{'body F1':>8}{'P':>7}{'R':>7}{'AEB F1':>8}"
              + (f"{'snip F1':>8}{'snip P':>7}{'snip R':>7}" if snippets else "")
              + f"{'title':>7}{'title~':>7}{'byline':>7}{'date':>7}{'failed':>7}{'pages/s':>9}{'time s':>8}")
    lines = [header, "-" * len(header)]
    for name, r in results["tools"].items():
        body, speed = r["body"], r["speed"]
        # n/a: the tool has no such output; "-": no page of this set has the field to compare.
        byline = _fmt(r["byline"]["accuracy"], missing="-") if r["byline"] else _fmt(None)
        date = _fmt(r["date"]["accuracy"], missing="-") if r["date"] else _fmt(None)
        pooled = body["aeb_pooled"]["f1"] if body["aeb_pooled"] else None
        snip = r.get("snippets") or {}
        lines.append(
            f"{name:<18}{_fmt(body['f1'], 8, missing='-')}{_fmt(body['precision'], missing='-')}"
            f"{_fmt(body['recall'], missing='-')}{_fmt(pooled, 8, missing='-')}"
            + (f"{_fmt(snip.get('f1'), 8)}{_fmt(snip.get('precision'))}{_fmt(snip.get('recall'))}"
               if snippets else "")
            + f"{_fmt(r['title']['accuracy'], missing='-')}"
            f"{_fmt(r['title']['similarity'], missing='-')}{byline}{date}{len(r['failures']):>7}"
            f"{_fmt(speed['pages_per_second'], 9, 1)}{_fmt(speed['seconds'], 8, 2)}"
        )
    return "\n".join(lines)


def legend(results: dict) -> str:
    counts = results["counts"]
    tools = results["tools"]
    lines = [
        f"body F1: 4-gram word shingles, F1 of the mean per-page precision (P) and recall (R); "
        f"AEB F1: the article-extraction-benchmark's pooled figure."
        + (" snip F1: trafilatura's measure, snippets that must be kept and dropped, pooled over the set."
           if any(r.get("snippets") for r in tools.values()) else ""),
        f"title: exact after normalising ({counts['title']} pages); title~: mean similarity; "
        f"byline: equal or contained ({counts['byline']} pages); date: YYYY-MM-DD equal "
        f"({counts['date']} pages with publishedTime). n/a: the tool has no such output.",
    ]
    if "copydesk" in tools:
        cd = tools["copydesk"]["speed"]
        lines.append(
            f"Timing: copydesk = wall clock of one process over all pages, start included "
            f"(median of {len(cd['runs_seconds'])}; starting it on one tiny page takes "
            f"{cd['process_start_seconds'] * 1000:.0f} ms; CPU time {cd['cpu_seconds']:.2f} s "
            f"over {results['machine']['cores']} cores); peers = in-process time of the "
            f"extraction calls only, no interpreter start or import (median of passes). "
            f"Copydesk pays more than it is charged for here, not less."
        )
    for name, ratio in results.get("copydesk_speed_ratio", {}).items():
        lines.append(f"Copydesk pages/s = {ratio:.1f}x {name}'s")
    alt = tools.get("readability-lxml", {}).get("title", {}).get("short_title_accuracy")
    if alt is not None:
        lines.append(f"readability-lxml title with short_title() instead of title(): {alt:.3f}")
    return "\n".join(lines)


def targets(results: dict) -> list[dict]:
    tools = results["tools"]
    if "copydesk" not in tools:
        return []
    cd = tools["copydesk"]
    out = []

    def add(name, value, ok, shown):
        out.append({"target": name, "value": value, "pass": ok, "shown": shown})

    # A set judged by snippets has no body figure: its snippet F1 is compared instead.
    kind, f1 = ("body", cd["body"]["f1"]) if cd["body"]["f1"] is not None else (
        "snippet", (cd.get("snippets") or {}).get("f1"))
    if f1 is not None:
        if kind == "body":
            add("Copydesk body F1 >= 0.95", f1, f1 >= 0.95, f"{f1:.3f}")
        for peer in ("trafilatura", "readability-lxml"):
            if peer in tools:
                theirs = tools[peer]["body"]["f1"] if kind == "body" else tools[peer]["snippets"]["f1"]
                add(f"Copydesk {kind} F1 above {peer}", f1, f1 > theirs, f"{f1:.3f} vs {theirs:.3f}")
            else:
                add(f"Copydesk {kind} F1 above {peer}", f1, None, f"{peer} not run")
    for field in ("title", "date"):
        value = cd[field]["accuracy"] if cd[field] else None
        ok = None if value is None else value >= 0.9  # SKIP: no page of this set has the field
        add(f"Copydesk {field} accuracy >= 0.9", value, ok, _fmt(value, 0))
    ratio = results.get("copydesk_speed_ratio", {}).get("trafilatura")
    add("Copydesk pages/s >= 10x trafilatura's", ratio, None if ratio is None else ratio >= 10,
        "trafilatura not run" if ratio is None else f"{ratio:.1f}x")
    return out


def target_lines(checks: list[dict]) -> str:
    word = {True: "PASS", False: "FAIL", None: "SKIP"}
    return "\n".join(f"{word[c['pass']]}  {c['target']:<42} ({c['shown']})" for c in checks)


def details(name: str, result: dict, worst: int) -> str:
    def score(r):
        if r["f1"] is not None:
            return r["f1"]
        snip = r.get("snippets") or {}  # a snippet-judged page: its share of snippets right
        total = sum(snip.values())
        return (snip.get("tp", 0) + snip.get("tn", 0)) / total if total else 1.0

    pages = sorted(result["pages"], key=lambda r: (score(r), r["page"]))
    lines = [f"Worst {min(worst, len(pages))} pages for {name} by body F1 (or the share of snippets right):",
             f"  {'page':<40}{'P':>7}{'R':>7}{'F1':>7}  note"]
    for r in pages[:worst]:
        note = r["error"] or ""
        if r["f1"] is None:
            snip = r.get("snippets") or {}
            note = f"snippets kept {snip.get('tp', 0)}, lost {snip.get('fn', 0)}, junk kept {snip.get('fp', 0)} " + note
            lines.append(f"  {r['page'][:40]:<40}{'-':>7}{'-':>7}{score(r):>7.3f}  {note}")
            continue
        lines.append(f"  {r['page']:<40}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}  {note}")
    for field, key in (("title", "title_ok"), ("byline", "byline_ok"), ("date", "date_ok")):
        got_key = "published" if field == "date" else field
        misses = [r for r in result["pages"] if r.get(key) is False]
        wrong = [r for r in misses if r[got_key]]
        absent = [r["page"] for r in misses if not r[got_key]]
        if wrong:
            lines.append(f"{field} wrong for {name} ({len(wrong)}, {min(worst, len(wrong))} shown): "
                         "page: expected | got")
            for r in wrong[:worst]:
                lines.append(f"  {r['page']}: {r['expected'][field]!r} | {r[got_key]!r}")
        if absent:
            shown = ", ".join(absent[:worst]) + (", …" if len(absent) > worst else "")
            lines.append(f"{field} not found by {name} on {len(absent)} pages: {shown}")
    return "\n".join(lines)
