#!/usr/bin/env bash
# Makes Benchmarks/Dedup/.venv with datasketch (the peer the dedup benchmark compares against) at
# the versions requirements.txt pins, through the repository's Scripts/setup-peers.sh. Prints the
# venv's python path as its last line.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../Scripts/setup-peers.sh" "$here/.venv" "$here/requirements.txt"
