"""Runs the copydesk binary as a user would: one process over every page, JSON Lines out.

Time is the whole process's wall clock (start, reading files, extraction, writing JSON), so it
carries costs the in-process Python timings of the peers do not; the benchmark says so in its
output and also measures the cost of starting the process on one tiny page.
"""

from __future__ import annotations

import json
import resource
import subprocess
import time
from dataclasses import dataclass, field

from peers import Extraction


@dataclass
class Run:
    seconds: float
    cpu_seconds: float  # user + system time of the process, over all its threads
    returncode: int
    extractions: dict[str, Extraction] = field(default_factory=dict)
    # Lines on stderr that name no page we gave it (a crash message, a usage error, …).
    stray_errors: list[str] = field(default_factory=list)


class Copydesk:
    name = "copydesk"
    has_byline = True
    has_date = True

    def __init__(self, binary: str, version: str) -> None:
        self.binary = binary
        self.version = version
        self.settings = "copydesk extract --format jsonl PAGE... (one process, all pages)"

    def run_all(self, sources: list[str]) -> Run:
        """Extracts every source in one process. A page without a JSON line is a failure, with the
        reason copydesk printed for it on stderr when there is one."""
        command = [self.binary, "extract", "--format", "jsonl", *sources]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        completed = subprocess.run(command, capture_output=True)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        run = Run(seconds=seconds, cpu_seconds=cpu, returncode=completed.returncode)
        wanted = set(sources)
        for number, line in enumerate(completed.stdout.decode("utf-8", "replace").splitlines(), 1):
            if not line.strip():
                continue
            try:
                article = json.loads(line)
            except json.JSONDecodeError as error:
                run.stray_errors.append(f"stdout line {number} is not JSON: {error}")
                continue
            source = article.get("source")
            if source not in wanted:
                run.stray_errors.append(f"stdout line {number} names an unknown source {source!r}")
                continue
            run.extractions[source] = Extraction(
                text=article.get("text") or "",
                title=article.get("title"),
                byline=article.get("byline"),
                published=article.get("published"),
            )
        reasons = _reasons_by_source(completed.stderr.decode("utf-8", "replace"), sources)
        for source in sources:
            if source not in run.extractions:
                reason = reasons.get(source)
                if reason is None:
                    reason = f"no output (copydesk exited with {completed.returncode})"
                run.extractions[source] = Extraction(error=reason)
        run.stray_errors.extend(reasons.get(None, []))
        return run

    def startup_seconds(self, tiny_page: str, repeat: int = 5) -> float:
        """The best wall clock of copydesk on one tiny page: roughly the fixed cost of a process."""
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run([self.binary, "extract", "--format", "jsonl", tiny_page], capture_output=True)
            best = min(best, time.perf_counter() - start)
        return best


def _reasons_by_source(stderr: str, sources: list[str]) -> dict:
    """Maps each source to copydesk's message about it (`copydesk: SOURCE: reason`); lines naming
    no known source are gathered under None."""
    reasons: dict = {}
    # Longest first so ".../a/source.html" is not mistaken for a prefix of another path.
    ordered = sorted(sources, key=len, reverse=True)
    for line in stderr.splitlines():
        if not line.strip():
            continue
        text = line.removeprefix("copydesk: ")
        # A warning ("copydesk: warning: SOURCE: …") names its page too: the article was kept.
        warning = text.startswith("warning: ")
        text = text.removeprefix("warning: ")
        for source in ordered:
            if text.startswith(source + ":"):
                if not warning:
                    reasons.setdefault(source, text[len(source) + 1 :].strip())
                break
        else:
            reasons.setdefault(None, []).append(line)
    return reasons
