#!/usr/bin/env python3
"""Sums what a Spark job wrote to its shuffles, from its event log (spark.eventLog.enabled):
the bytes every task wrote (serialised and compressed, as they would cross the network), in all
and per Spark job (each count, collect or save of the copydesk job is one), so the shuffle per
document is stated from a measured run rather than estimated. (Spark's record counts are
PySpark's pickled batches, not items, so they are not shown.)

    shuffle.py EVENT_LOG_FILE [DOCUMENTS]
"""

import json
import sys


def main():
    path = sys.argv[1]
    documents = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    stage_job = {}
    per_job = {}
    total_bytes = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            event = json.loads(line)
            kind = event.get("Event")
            if kind == "SparkListenerJobStart":
                for stage in event.get("Stage IDs", []):
                    stage_job.setdefault(stage, event["Job ID"])
            elif kind == "SparkListenerTaskEnd":
                metrics = (event.get("Task Metrics") or {}).get("Shuffle Write Metrics") or {}
                written = metrics.get("Shuffle Bytes Written", 0)
                total_bytes += written
                job = stage_job.get(event.get("Stage ID"), -1)
                per_job[job] = per_job.get(job, 0) + written
    for job in sorted(per_job):
        written = per_job[job]
        if written:
            print(f"job {job:3d}: {written / 1048576:10.1f} MB")
    line = f"shuffle written: {total_bytes / 1048576:.1f} MB"
    if documents:
        line += f", {total_bytes / documents / 1024:.1f} KB per document"
    print(line)


if __name__ == "__main__":
    main()
