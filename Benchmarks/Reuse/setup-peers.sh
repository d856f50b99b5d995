#!/usr/bin/env bash
# Makes Benchmarks/Reuse/.venv for the Python baseline (standard library only) through the
# repository's Scripts/setup-peers.sh. Prints the venv's python path as its last line.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../Scripts/setup-peers.sh" "$here/.venv" "$here/requirements.txt"
