"""CPU time against CPU time: copydesk binaries (the process, all threads) and trafilatura
(`bare_extraction` under `time.process_time`, the page bytes already in memory), interleaved,
medians of the passes. `run.sh` charges the peers their wall clock, which on a loaded machine
counts the time they wait for a core; this charges both sides only the CPU they used.

    .venv/bin/python cpu_ratio.py DATASET_DIR PASSES COPYDESK_BINARY [COPYDESK_BINARY...]

For example, main's build against a branch's on the same run:
    .venv/bin/python cpu_ratio.py ../../../shared/datasets/readability-pages 5 /tmp/main/copydesk \\
        ../../.build/release/copydesk
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from datasets import load_pages


def copydesk_cpu(binary: str, sources: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([binary, "extract", "--format", "jsonl", *sources],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    dataset, passes, binaries = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    pages = load_pages(dataset, None, Path(__file__).parent.parent / "out" / "pages")
    if not pages:
        print(f"{dataset}: no pages", file=sys.stderr)
        return 2
    sources = [p.source for p in pages]
    from trafilatura import bare_extraction
    data = [Path(s).read_bytes() for s in sources]
    bare_extraction(data[0], with_metadata=True, include_comments=False)  # one-off lazy set-up
    copydesk: dict[str, list[float]] = {b: [] for b in binaries}
    peer: list[float] = []
    for number in range(passes):
        for binary in binaries if number % 2 == 0 else binaries[::-1]:
            copydesk[binary].append(copydesk_cpu(binary, sources))
        start = time.process_time()
        for page in data:
            try:
                bare_extraction(page, with_metadata=True, include_comments=False)
            except Exception:  # a page trafilatura fails on still cost it the time
                pass
        peer.append(time.process_time() - start)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    peer_rate = len(sources) / statistics.median(peer)
    print(f"{len(sources)} pages, {passes} passes, load average {load}")
    print(f"trafilatura: {statistics.median(peer):.2f} s CPU, {peer_rate:.1f} pages per CPU-second")
    for binary in binaries:
        cpu = statistics.median(copydesk[binary])
        rate = len(sources) / cpu
        print(f"{binary}: {cpu:.3f} s CPU ({', '.join(f'{x:.3f}' for x in copydesk[binary])}), "
              f"{rate:.0f} pages per CPU-second, {rate / peer_rate:.1f}x trafilatura")
    return 0


if __name__ == "__main__":
    sys.exit(main())
