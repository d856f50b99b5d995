#!/usr/bin/env bash
# Opens Copydesk's HTML reports in headless Chromium (Debian's package) through Playwright for
# Python and checks them as a reader uses them, at 1400 px and on a 390 px phone: loads offline
# with no console errors, clicks, filters, keyboard, scrolling, dark mode, print, the XSS
# fixtures, nothing wider than the window, no text under 12 px, and an axe-core audit with no
# violations. Reports and screenshots go to $OUT (default /tmp/copydesk-browser-test).
#
#   Scripts/browser-test/run.sh            # builds copydesk (debug) when COPYDESK is not set
#   COPYDESK=.build/release/copydesk OUT=/tmp/shots Scripts/browser-test/run.sh [pytest options]
#
# Playwright, axe-playwright-python and pytest (pinned in requirements.txt) go into a git-ignored
# virtual environment beside this script; Playwright drives the system's chromium, never a
# browser of its own. Installs chromium with apt-get when it is missing (as root); exits 3 with
# one line when it cannot, so Scripts/test can say why the browser checks were skipped.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
export OUT=${OUT:-/tmp/copydesk-browser-test}

if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing chromium with apt-get…" >&2
        if ! { apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2; }; then
            echo "browser-test: chromium could not be installed with apt-get" >&2
            exit 3
        fi
    else
        echo "browser-test: chromium is not installed and cannot be installed here (needs root and apt-get)" >&2
        exit 3
    fi
fi
if ! command -v python3 >/dev/null 2>&1 || ! python3 -c "import venv, ensurepip" >/dev/null 2>&1; then
    if ! { [[ $(id -u) -eq 0 ]] && apt-get update -qq >&2 && apt-get install -y -qq python3 python3-venv >&2; }; then
        echo "browser-test: python3 with venv is missing and could not be installed" >&2
        exit 3
    fi
fi

venv="$here/.venv"
# Reinstalled when requirements.txt changes (its copy in the venv tells what was installed).
if ! cmp -s "$here/requirements.txt" "$venv/requirements.txt" 2>/dev/null; then
    echo "browser-test: installing $(tr '\n' ' ' < "$here/requirements.txt")into $venv…" >&2
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q -r "$here/requirements.txt" >&2
    cp "$here/requirements.txt" "$venv/requirements.txt"
fi

if [[ -z ${COPYDESK:-} ]]; then
    swift build --product copydesk >&2
    COPYDESK=$(swift build --show-bin-path)/copydesk
fi
export COPYDESK=$(cd "$(dirname "$COPYDESK")" && pwd)/$(basename "$COPYDESK")
export SAMPLES=${SAMPLES:-$PWD/Samples}
mkdir -p "$OUT"
exec "$venv/bin/python" -m pytest "$here" -p no:cacheprovider -q "$@"
