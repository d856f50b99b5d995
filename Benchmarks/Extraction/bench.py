"""The extraction benchmark: Copydesk, trafilatura and readability-lxml over the same pages.

Run through run.sh, which sets up the peers' venv and builds Copydesk; see README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import report
import scoring
from copydesk import Copydesk
from datasets import WHERE_TO_GET, Page, load_pages
from peers import PEERS, Extraction

TOOLS = ["copydesk", *PEERS]
BENCHMARKS = Path(__file__).resolve().parents[1]
DEFAULT_DATASET = str(BENCHMARKS.parent.parent / "shared" / "datasets" / "readability-pages")


# --- Running the tools ------------------------------------------------------------------------


def copydesk_pass(tool: Copydesk, pages: list[Page]) -> tuple[list[Extraction], float, dict]:
    run = tool.run_all([p.source for p in pages])
    info = {"cpu_seconds": run.cpu_seconds, "exit_status": run.returncode,
            "stray_errors": run.stray_errors[:50]}
    return [run.extractions[p.source] for p in pages], run.seconds, info


def peer_pass(tool, html: list[bytes]) -> tuple[list[Extraction], float, dict]:
    results: list[Extraction] = []
    total = 0.0
    for page_html in html:
        extraction, seconds = tool.run(page_html)
        total += seconds
        results.append(extraction)
    return results, total, {}


def run_tools(tools: dict, pages: list[Page], repeat: int) -> dict[str, tuple[list[Extraction], dict]]:
    """Runs every tool `repeat` times, interleaved (A B C, C B A, …) so that a busy moment on a
    shared machine falls on all of them alike; the first pass's output is scored and the median
    time kept."""
    html = [Path(p.source).read_bytes() for p in pages]  # reading files is not timed for peers
    passes: dict[str, list[tuple[float, dict]]] = {name: [] for name in tools}
    outputs: dict[str, list[Extraction]] = {}
    names = list(tools)
    for index in range(repeat):
        for name in names if index % 2 == 0 else reversed(names):
            print(f"  {name}, pass {index + 1} of {repeat}…", file=sys.stderr, flush=True)
            tool = tools[name]
            if name == "copydesk":
                extractions, seconds, info = copydesk_pass(tool, pages)
            else:
                extractions, seconds, info = peer_pass(tool, html)
            passes[name].append((seconds, info))
            outputs.setdefault(name, extractions)
    results = {}
    for name, tool in tools.items():
        times = [seconds for seconds, _ in passes[name]]
        timing = {"seconds": statistics.median(times), "best_seconds": min(times), "runs_seconds": times}
        if name == "copydesk":
            first = passes[name][0][1]
            tiny = min(pages, key=lambda p: os.path.getsize(p.source)).source
            timing.update(
                what="wall clock of one `copydesk extract --format jsonl` process over all pages "
                "(process start, reading, extraction, JSON output); median of the runs",
                cpu_seconds=statistics.median(info["cpu_seconds"] for _, info in passes[name]),
                process_start_seconds=tool.startup_seconds(tiny),
                exit_status=first["exit_status"],
                stray_errors=first["stray_errors"],
            )
        else:
            timing.update(
                what="sum over pages of the in-process time of the extraction call alone "
                "(no interpreter start, no import, no file reading); median of the passes",
                import_seconds=tool.import_seconds,
            )
        results[name] = (outputs[name], timing)
    return results


# --- Scoring ----------------------------------------------------------------------------------


def score_tool(tool, pages: list[Page], extractions: list[Extraction], timing: dict) -> dict:
    per_page = []
    body_scores = []
    title_hits = title_alt_hits = byline_hits = date_hits = 0
    title_sim = byline_sim = 0.0
    titled = [p for p in pages if p.metadata.get("title")]
    bylined = [p for p in pages if p.metadata.get("byline")]
    dated = [p for p in pages if p.metadata.get("publishedTime")]
    snippet_counts = []
    for page, got in zip(pages, extractions):
        meta = page.metadata
        record = {"page": page.name, "precision": None, "recall": None, "f1": None}
        if page.expected_text is not None:
            body = scoring.score_body(got.text, page.expected_text)
            body_scores.append(body)
            record.update(precision=body.precision, recall=body.recall, f1=body.f1)
        if page.keep or page.drop:
            counts = scoring.score_snippets(got.text, page.keep, page.drop)
            snippet_counts.append(counts)
            record["snippets"] = dict(zip(("tp", "fp", "fn", "tn"), counts))
        record.update({
            "error": got.error,
            "title": got.title,
            "byline": got.byline if tool.has_byline else None,
            "published": got.published if tool.has_date else None,
            "expected": {"title": meta.get("title"), "byline": meta.get("byline"),
                         "date": meta.get("publishedTime")},
        })
        if meta.get("title"):
            record["title_ok"] = scoring.title_matches(got.title, meta["title"])
            title_hits += record["title_ok"]
            title_sim += scoring.similarity(got.title, meta["title"])
            title_alt_hits += scoring.title_matches(got.title_alt, meta["title"])
        if tool.has_byline and meta.get("byline"):
            record["byline_ok"] = scoring.byline_matches(got.byline, meta["byline"])
            byline_hits += record["byline_ok"]
            byline_sim += scoring.similarity(got.byline, meta["byline"], scoring.normalize_byline)
        if tool.has_date and meta.get("publishedTime"):
            record["date_ok"] = scoring.date_matches(got.published, meta["publishedTime"])
            date_hits += record["date_ok"]
        per_page.append(record)

    def share(hits, of):
        return hits / len(of) if of else None

    result = {
        "version": tool.version,
        "settings": tool.settings,
        "body": scoring.aggregate_body(body_scores),
        "snippets": scoring.aggregate_snippets(snippet_counts),
        "title": {"accuracy": share(title_hits, titled), "similarity": share(title_sim, titled),
                  "pages": len(titled)},
        "byline": None,
        "date": None,
        "failures": [{"page": r["page"], "reason": r["error"]} for r in per_page if r["error"]],
        "speed": {**timing, "pages": len(pages),
                  "pages_per_second": len(pages) / timing["seconds"] if timing["seconds"] else None,
                  "megabytes_per_second": sum(os.path.getsize(p.source) for p in pages) / 1e6
                  / timing["seconds"] if timing["seconds"] else None},
        "pages": per_page,
    }
    if any(e.title_alt for e in extractions):
        result["title"]["short_title_accuracy"] = share(title_alt_hits, titled)
    if tool.has_byline:
        result["byline"] = {"accuracy": share(byline_hits, bylined),
                            "similarity": share(byline_sim, bylined), "pages": len(bylined)}
    if tool.has_date:
        result["date"] = {"accuracy": share(date_hits, dated), "pages": len(dated)}
    return result


# --- The command ------------------------------------------------------------------------------


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="run.sh", description=__doc__)
    parser.add_argument("dataset", nargs="?", default=DEFAULT_DATASET,
                        help="folder of pages in one of the layouts of datasets.py (Readability's test pages, "
                        "the article-extraction-benchmark, trafilatura's snippets, NAME.html + NAME.txt; "
                        "default: ../shared/datasets/readability-pages beside the repository)")
    parser.add_argument("--tool", action="append", choices=TOOLS,
                        help="run only this tool (repeatable); default: all")
    parser.add_argument("--details", action="store_true",
                        help="list each tool's worst pages by body F1 and its metadata misses")
    parser.add_argument("--worst", type=int, default=20, metavar="N",
                        help="how many pages --details lists (default 20)")
    parser.add_argument("--only", help="comma-separated page names to run on (default: all)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per tool (median kept)")
    parser.add_argument("--binary", help="the copydesk binary (run.sh passes the release build)")
    parser.add_argument("--copydesk-version", default="unknown")
    parser.add_argument("--out", help="where to write the JSON results (default: Benchmarks/out/"
                        "extraction.json, or extraction-TOOL.json when --tool is given)")
    parser.add_argument("--self-test", action="store_true", help="test the scorer and exit")
    return parser.parse_args(argv)


def self_test() -> int:
    import unittest

    suite = unittest.defaultTestLoader.loadTestsFromName("test_scoring")
    result = unittest.TextTestRunner(verbosity=1).run(suite)
    failed = len(result.failures) + len(result.errors)
    print(f"{result.testsRun - failed} passed, {failed} failed")
    return 0 if result.wasSuccessful() else 1


def main(argv: list[str]) -> int:
    args = parse_arguments(argv)
    if args.self_test:
        return self_test()
    dataset = Path(args.dataset)
    if not dataset.is_dir():
        print(f"{dataset}: no such dataset folder\n{WHERE_TO_GET}", file=sys.stderr)
        return 2
    only = set(args.only.split(",")) if args.only else None
    pages = load_pages(dataset, only, BENCHMARKS / "out" / "pages")
    if not pages:
        print(f"{dataset}: no pages to run on\n{WHERE_TO_GET}", file=sys.stderr)
        return 2
    selected = args.tool or TOOLS
    repeat = max(1, args.repeat)

    results: dict = {
        "dataset": str(dataset.resolve()),
        "pages": len(pages),
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {"cores": os.cpu_count(), "platform": platform.platform(),
                    "python": platform.python_version()},
        "counts": {"title": sum(1 for p in pages if p.metadata.get("title")),
                   "byline": sum(1 for p in pages if p.metadata.get("byline")),
                   "date": sum(1 for p in pages if p.metadata.get("publishedTime"))},
        "repeat": repeat,
        "tools": {},
    }
    tools: dict = {}
    for name in TOOLS:
        if name not in selected:
            continue
        if name == "copydesk":
            if not args.binary:
                print("run.sh: --binary is needed to run copydesk", file=sys.stderr)
                return 2
            tools[name] = Copydesk(args.binary, args.copydesk_version)
        else:
            tools[name] = PEERS[name]()
    load = os.getloadavg()[0]
    results["machine"]["load_average_at_start"] = load
    print(f"Running {', '.join(tools)} on {len(pages)} pages, {repeat} timed passes each…",
          file=sys.stderr, flush=True)
    for name, (extractions, timing) in run_tools(tools, pages, repeat).items():
        results["tools"][name] = score_tool(tools[name], pages, extractions, timing)

    tools = results["tools"]
    if "copydesk" in tools:
        mine = tools["copydesk"]["speed"]["pages_per_second"]
        results["copydesk_speed_ratio"] = {
            peer: mine / tools[peer]["speed"]["pages_per_second"] for peer in PEERS if peer in tools
        }
    checks = report.targets(results)
    results["targets"] = [{k: c[k] for k in ("target", "value", "pass")} for c in checks]

    print(f"\nExtraction benchmark: {len(pages)} pages from {dataset} "
          f"({os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()})")
    if load >= 1:
        print(f"Note: load average {load:.1f} when the run started: other work shared the machine, "
              f"so timings are noisy (passes are interleaved to spread it over all tools).")
    print()
    print(report.table(results))
    print()
    print(report.legend(results))
    for name, result in tools.items():
        if result["failures"]:
            shown = ", ".join(f"{f['page']} ({f['reason']})" for f in result["failures"][:10])
            more = len(result["failures"]) - 10
            print(f"{name} failed on {len(result['failures'])} pages, scored 0: {shown}"
                  + (f" and {more} more" if more > 0 else ""))
        status = result["speed"].get("exit_status")
        if status is not None and status < 0:
            print(f"{name} was killed by signal {-status} (a crash): pages after it have no output")
        for line in result["speed"].get("stray_errors", [])[:5]:
            print(f"{name} said something about no page: {line}")
    if checks:
        print()
        print(report.target_lines(checks))
    if args.details:
        for name, result in tools.items():
            print()
            print(report.details(name, result, args.worst))

    if args.out:
        out = Path(args.out)
    else:
        suffix = "" if set(selected) == set(TOOLS) else "-" + "-".join(t for t in TOOLS if t in selected)
        out = BENCHMARKS / "out" / f"extraction{suffix}.json"
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nResults written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
