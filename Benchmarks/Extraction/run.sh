#!/usr/bin/env bash
# The extraction benchmark: Copydesk, trafilatura and readability-lxml over the same pages.
#
#   Benchmarks/Extraction/run.sh [DATASET_DIR] [--tool NAME]... [--details [--worst N]]
#                                [--only PAGE,PAGE] [--repeat N] [--out FILE]
#   Benchmarks/Extraction/run.sh --self-test
#
# DATASET_DIR defaults to ../shared/datasets/readability-pages beside the repository. Sets up the
# peers' venv (Benchmarks/Extraction/.venv, pinned by requirements.txt), builds copydesk in release
# mode, runs every tool, prints the table and the targets, writes Benchmarks/out/extraction.json.
# See README.md beside this script for the method.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

# Copydesk is built only when it is among the tools run (the default) and not for --self-test/--help.
needs_copydesk=1
tools=()
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    case ${args[i]} in
        --self-test | -h | --help) needs_copydesk=0 ;;
        --tool) tools+=("${args[i + 1]:-}") ;;
        --tool=*) tools+=("${args[i]#--tool=}") ;;
    esac
done
if ((${#tools[@]})) && [[ " ${tools[*]} " != *" copydesk "* ]]; then needs_copydesk=0; fi

# bench.py runs from this folder: a dataset folder or an --out file named relative to where the
# script was started from is made absolute first (`run.sh ../shared/datasets/trafilatura-dev`).
for ((i = 0; i < ${#args[@]}; i++)); do
    arg=${args[i]}
    if [[ $arg != -* && $arg != /* && -d $arg ]]; then
        args[i]="$(cd "$arg" && pwd)"
    elif [[ $arg == --out && $((i + 1)) -lt ${#args[@]} && ${args[i + 1]} != /* ]]; then
        args[i + 1]="$PWD/${args[i + 1]}"
    fi
done
set -- "${args[@]}"

python=$("$repo/Scripts/setup-peers.sh" "$here/.venv" "$here/requirements.txt" | tail -n 1)

copydesk_args=()
if ((needs_copydesk)); then
    echo "Building copydesk (swift build -c release)…" >&2
    (cd "$repo" && swift build -c release >&2)
    binary="$(cd "$repo" && swift build -c release --show-bin-path)/copydesk"
    version=$(git -C "$repo" describe --always --dirty 2>/dev/null || echo unknown)
    copydesk_args=(--binary "$binary" --copydesk-version "$version")
fi

cd "$here"
exec "$python" bench.py "$@" "${copydesk_args[@]}"
