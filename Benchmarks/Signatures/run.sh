#!/usr/bin/env bash
# Signature benchmark: Copydesk vs rensa vs datasketch on the same generated news documents and
# the same word 5-gram shingles, K = 128, single-threaded and on all cores.
#
#   Benchmarks/Signatures/run.sh [--documents N] [--repeats R] [--seed S]
#
# Creates Benchmarks/Signatures/.venv (git-ignored) with rensa and datasketch from PyPI, builds the
# nested signature-bench package in release mode, writes its data under Benchmarks/out/signatures
# (git-ignored) and prints documents/s, ns/shingle, mean estimate error and the ratios.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -c "import rensa, datasketch" 2>/dev/null || .venv/bin/pip install -q rensa datasketch
swift build -c release --product signature-bench >&2
exec .venv/bin/python bench.py "$@"
