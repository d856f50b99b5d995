#!/usr/bin/env python3
"""Runs a command and prints "WALL_SECONDS PEAK_MB": its wall time, and the peak of the summed
resident memory of the command and all its descendants (sampled every 0.1 s from /proc), so a
Spark run counts its JVM, its Python workers and the copydesk processes they start together.

    measure.py STDOUT_FILE COMMAND...
"""

import os
import subprocess
import sys
import time


def tree_rss(root):
    children = {}
    rss = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(pid))
            rss[int(pid)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack += children.get(pid, [])
    return total


def main():
    with open(sys.argv[1], "wb") as output:
        started = time.monotonic()
        process = subprocess.Popen(sys.argv[2:], stdout=output)
        peak = 0
        while process.poll() is None:
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.1)
        wall = time.monotonic() - started
    if process.returncode not in (0, 1):
        sys.exit(f"measure: {sys.argv[2]} exited with {process.returncode}")
    print(f"{wall:.1f} {peak / 1048576:.0f}")


if __name__ == "__main__":
    main()
