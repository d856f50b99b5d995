#!/usr/bin/env python3
"""Runs a command and prints "WALL_SECONDS PEAK_MB CPU_SECONDS": its wall time, the peak of the
summed resident memory of the command and all its descendants, and the CPU time (user + system)
they used, all sampled every 0.1 s from /proc, so a Spark run counts its JVM, its Python workers
and the copydesk processes they start together. CPU time is what a shared machine cannot steal:
on a loaded machine the wall time grows, the CPU time hardly does (a process's last < 0.1 s is
missed when it ends between two samples).

    measure.py STDOUT_FILE COMMAND...
"""

import os
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def sample(root, cpu):
    """The tree's resident memory now; records each process's own CPU time in `cpu`, keyed by
    pid and start time (a pid can be reused)."""
    children = {}
    stats = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(pid))
            stats[int(pid)] = (int(fields[21]) * PAGE, int(fields[11]) + int(fields[12]), fields[19])
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        if pid in stats:
            rss, ticks, started = stats[pid]
            total += rss
            cpu[(pid, started)] = max(ticks, cpu.get((pid, started), 0))
        stack += children.get(pid, [])
    return total


def main():
    with open(sys.argv[1], "wb") as output:
        started = time.monotonic()
        process = subprocess.Popen(sys.argv[2:], stdout=output)
        peak = 0
        cpu = {}
        while process.poll() is None:
            peak = max(peak, sample(process.pid, cpu))
            time.sleep(0.1)
        wall = time.monotonic() - started
    if process.returncode not in (0, 1):
        sys.exit(f"measure: {sys.argv[2]} exited with {process.returncode}")
    print(f"{wall:.1f} {peak / 1048576:.0f} {sum(cpu.values()) / TICK:.1f}")


if __name__ == "__main__":
    main()
