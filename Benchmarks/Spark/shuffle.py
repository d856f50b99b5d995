#!/usr/bin/env python3
"""Sums what a Spark job wrote to its shuffles, from its event log (spark.eventLog.enabled):
the bytes and records every task wrote, in all and per job (a job ends at one of the Spark job's
logged steps: a count, a collect or the final save), so the shuffle per document can be stated
from a measured run rather than estimated.

    shuffle.py EVENT_LOG_FILE [DOCUMENTS]
"""

import json
import sys


def main():
    path = sys.argv[1]
    documents = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    stage_job = {}
    per_job = {}
    total_bytes = total_records = 0
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
                records = metrics.get("Shuffle Records Written", 0)
                total_bytes += written
                total_records += records
                job = stage_job.get(event.get("Stage ID"), -1)
                before = per_job.get(job, (0, 0))
                per_job[job] = (before[0] + written, before[1] + records)
    for job in sorted(per_job):
        written, records = per_job[job]
        if written:
            print(f"job {job:3d}: {written / 1048576:10.1f} MB in {records:>11,} records")
    line = f"shuffle written: {total_bytes / 1048576:.1f} MB in {total_records:,} records"
    if documents:
        line += f"; {total_bytes / documents / 1024:.1f} KB and {total_records / documents:.1f} records per document"
    print(line)


if __name__ == "__main__":
    main()
