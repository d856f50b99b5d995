#!/usr/bin/env bash
# Comparison benchmark: how long `CoverageComparer.compare` takes on 2 and on 10 generated
# outlets' versions of one ~1,000-word story (targets: < 50 ms for 2, < 500 ms for 10).
#
#   Benchmarks/Compare/run.sh [--words N] [--repeats R] [--seed S]
#
# Builds the nested compare-bench package in release mode and prints, per configuration, the
# median and best of R timed runs after one warm-up, with the report's sentence, quote, fact and
# passage counts so a run that found nothing cannot pass for a fast one.
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release --product compare-bench >&2
exec .build/release/compare-bench "$@"
