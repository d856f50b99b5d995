#!/usr/bin/env bash
# Opens Copydesk's HTML reports in headless Chromium (Debian's package) and checks them as a
# reader uses them: loads offline with no console errors, clicks, filters, keyboard, scrolling,
# dark mode, print, and the XSS fixtures. Screenshots go to $OUT (default /tmp/copydesk-browser-test).
#
#   Scripts/browser-test/run.sh            # builds copydesk (debug) when COPYDESK is not set
#   COPYDESK=.build/release/copydesk OUT=/tmp/shots Scripts/browser-test/run.sh
#
# Installs chromium with apt-get when it is missing (as root); exits 3 with one line when it
# cannot, so Scripts/test can say why the browser checks were skipped.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${OUT:-/tmp/copydesk-browser-test}

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
if ! command -v python3 >/dev/null 2>&1; then
    if ! { [[ $(id -u) -eq 0 ]] && apt-get update -qq >&2 && apt-get install -y -qq python3 >&2; }; then
        echo "browser-test: python3 is missing and could not be installed" >&2
        exit 3
    fi
fi

if [[ -z ${COPYDESK:-} ]]; then
    swift build --product copydesk >&2
    COPYDESK=$(swift build --show-bin-path)/copydesk
fi
mkdir -p "$out"
exec python3 Scripts/browser-test/run.py --copydesk "$COPYDESK" --out "$out" --samples Samples
