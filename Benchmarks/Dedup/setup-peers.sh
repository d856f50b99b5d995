#!/usr/bin/env bash
# Creates Benchmarks/Dedup/.venv with datasketch from PyPI (the peer the dedup benchmark compares
# against). Safe to run again: an existing environment is reused.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import datasketch" 2>/dev/null; then
    "$venv/bin/pip" install --quiet --disable-pip-version-check "datasketch>=1.6"
fi
"$venv/bin/python" -c "import datasketch, sys; print('datasketch', datasketch.__version__, file=sys.stderr)" 2>&1 \
    || "$venv/bin/pip" show datasketch | head -2
