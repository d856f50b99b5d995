#!/usr/bin/env bash
# Creates (or reuses) a Python virtual environment holding the peer tools a benchmark compares
# Copydesk with, installed from PyPI at the versions a requirements file pins.
#
#   Scripts/setup-peers.sh VENV_DIR REQUIREMENTS_FILE
#
# Idempotent: the environment is rebuilt only when the requirements file or the Python version
# changes (a stamp file inside the venv records both), so benchmarks can call it on every run.
# Prints the venv's python path as its last line of standard output; progress goes to stderr.
# Installs python3 and python3-venv with apt-get when the machine lacks them (CI runs as root).
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 VENV_DIR REQUIREMENTS_FILE" >&2
    exit 2
fi
venv=$1
requirements=$2
if [[ ! -r $requirements ]]; then
    echo "$requirements: cannot read the requirements file" >&2
    exit 2
fi

python=${PYTHON:-python3}
if ! command -v "$python" >/dev/null 2>&1 || ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing python3 and python3-venv with apt-get…" >&2
        apt-get update -qq >&2 && apt-get install -y -qq python3 python3-venv >&2
        python=python3
    else
        echo "$python: a Python 3 with the venv module is needed (apt-get install python3-venv)" >&2
        exit 1
    fi
fi

# The stamp names what the venv was built from; anything else means build it again.
stamp="$("$python" -c 'import sys; print(sys.version.split()[0])') $(sha256sum "$requirements" | cut -d' ' -f1)"
if [[ -x $venv/bin/python && -f $venv/.copydesk-stamp && $(cat "$venv/.copydesk-stamp") == "$stamp" ]]; then
    echo "$venv/bin/python"
    exit 0
fi

echo "Setting up the peers' virtual environment in $venv (from $requirements)…" >&2
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" >&2
# What actually got installed, for the benchmark's report.
"$venv/bin/python" -m pip freeze --disable-pip-version-check >"$venv/installed.txt"
echo "$stamp" >"$venv/.copydesk-stamp"
echo "$venv/bin/python"
