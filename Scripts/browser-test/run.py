"""Opens Copydesk's HTML reports in headless Chromium and checks them the way a reader uses them.

    python3 run.py --copydesk PATH --out DIR [--samples DIR]

Writes the reports it tests and its screenshots to DIR. Every check prints one line; the last
line is "N passed, N failed". Exit status 1 when a check fails.
"""

import argparse
import base64
import json
import os
import subprocess
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser, find_chromium  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures")


class Page:
    """One report loaded in the browser, with what the page said and asked for while loading."""

    def __init__(self, browser, out):
        self.browser = browser
        self.out = out
        for domain in ("Page.enable", "Runtime.enable", "Log.enable", "Network.enable"):
            browser.send(domain)
        # Offline: a report that needed the network would break here (and the CSP forbids it anyway).
        browser.send("Network.emulateNetworkConditions",
                     {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": 1400, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
        # Anything that runs from the report's data trips one of these.
        browser.send("Page.addScriptToEvaluateOnNewDocument", {"source": (
            "window.__pwned = undefined;"
            "window.alert = window.confirm = window.prompt = function () { window.__pwned = 'dialog'; };"
        )})

    def load(self, path, bypass_csp=False):
        self.browser.send("Page.setBypassCSP", {"enabled": bypass_csp})
        self.browser.events.clear()
        self.browser.send("Page.navigate", {"url": "file://" + os.path.abspath(path)})
        self.browser.wait_for("Page.loadEventFired")
        self.settle()

    def settle(self, seconds=0.25):
        # Collect the events of the last actions (scroll handlers run on the next frame).
        time.sleep(seconds)
        self.browser.send("Runtime.evaluate", {"expression": "1"})

    def problems(self):
        """Console errors and warnings, uncaught exceptions and log errors since the last load."""
        found = []
        for event in self.browser.events:
            method, params = event["method"], event["params"]
            if method == "Runtime.exceptionThrown":
                found.append("exception: " + json.dumps(params["exceptionDetails"])[:300])
            elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "warning", "assert"):
                found.append("console." + params["type"] + ": " + json.dumps(params["args"])[:300])
            elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
                found.append("log: " + params["entry"]["text"][:300])
        return found

    def requests(self):
        return [e["params"]["request"]["url"] for e in self.browser.events if e["method"] == "Network.requestWillBeSent"]

    def js(self, expression):
        return self.browser.evaluate(expression)

    def click(self, expression):
        """A real mouse click on the element `expression` evaluates to, after scrolling it into view."""
        rect = self.js("(() => { const el = " + expression + "; if (!el) return null;"
                       " el.scrollIntoView({block: 'center'}); const r = el.getClientRects()[0] || el.getBoundingClientRect();"
                       " return {x: r.left + Math.min(8, r.width / 2), y: r.top + r.height / 2}; })()")
        if rect is None:
            raise AssertionError("nothing to click: " + expression)
        self.settle(0.15)
        rect = self.js("(() => { const el = " + expression + "; const r = el.getClientRects()[0] || el.getBoundingClientRect();"
                       " return {x: r.left + Math.min(8, r.width / 2), y: r.top + r.height / 2}; })()")
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.browser.send("Input.dispatchMouseEvent",
                              {"type": kind, "x": rect["x"], "y": rect["y"], "button": "left", "clickCount": 1})
        self.settle()

    def key(self, key, code=None, text=None):
        codes = {"ArrowDown": 40, "ArrowUp": 38, "ArrowLeft": 37, "ArrowRight": 39, "Enter": 13, "Escape": 27}
        base = {"key": key, "code": code or key, "windowsVirtualKeyCode": codes.get(key, ord(key.upper()[0]))}
        if key == "Enter":
            text = "\r"  # buttons act on the key's character, as with a real keyboard
        self.browser.send("Input.dispatchKeyEvent", dict(base, type="keyDown", **({"text": text} if text else {})))
        self.browser.send("Input.dispatchKeyEvent", dict(base, type="keyUp"))
        self.settle()

    def screenshot(self, name, full=False):
        params = {"format": "png"}
        if full:
            height = self.js("document.documentElement.scrollHeight")
            params.update(captureBeyondViewport=True, clip={"x": 0, "y": 0, "width": 1400, "height": height, "scale": 1})
        data = self.browser.send("Page.captureScreenshot", params, timeout=60)["data"]
        path = os.path.join(self.out, name)
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))
        return path


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def run(self, name, body):
        try:
            body()
            self.passed += 1
            print(f"PASS {name}", flush=True)
        except Exception as error:  # noqa: BLE001 - every failure is reported, the others still run
            self.failed += 1
            print(f"FAIL {name}: {error}", flush=True)
            if not isinstance(error, AssertionError):
                traceback.print_exc()


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def generate(copydesk, out, name, arguments, allowed=(0,)):
    """Writes one report; `allowed` exit statuses (dedup exits 1 when some input is unreadable)."""
    path = os.path.join(out, name)
    result = subprocess.run([copydesk, *arguments, "--format", "html", "--output", path],
                            capture_output=True, text=True, timeout=600)
    if result.returncode not in allowed or not os.path.exists(path):
        raise RuntimeError(f"copydesk {' '.join(arguments)} failed: {result.stderr}")
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--copydesk", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--samples", default=None)
    options = parser.parse_args()
    os.makedirs(options.out, exist_ok=True)
    chromium = find_chromium()
    if not chromium:
        print("FAIL chromium: not found", flush=True)
        print("0 passed, 1 failed")
        return 1

    fixture = lambda name: os.path.join(FIXTURES, name)  # noqa: E731
    port = generate(options.copydesk, options.out, "port.html",
                    ["compare", fixture("port-wire.html"), fixture("port-reprint.html"), fixture("port-broadcast.html")])
    hostile_files = ["hostile-wire.txt", "hostile-reprint.txt", "hostile-page.html"]
    hostile = generate(options.copydesk, options.out, "hostile.html", ["compare", *map(fixture, hostile_files)])
    seed = None
    if options.samples and os.path.isdir(os.path.join(options.samples, "seed-story")):
        folder = os.path.join(options.samples, "seed-story")
        texts = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".txt"))
        if len(texts) >= 2:
            seed = generate(options.copydesk, options.out, "seed.html", ["compare", *texts])

    checks = Checks()
    browser = Browser(chromium)
    try:
        page = Page(browser, options.out)
        import coverage_checks
        import hostile_checks
        import clusters_checks
        checks.run("coverage checks ran", lambda: coverage_checks.run(page, checks, port, seed))
        checks.run("xss checks ran", lambda: hostile_checks.run(page, checks, hostile))
        checks.run("clusters checks ran", lambda: clusters_checks.run(page, checks, options))
    finally:
        browser.close()
    print(f"Screenshots and reports in {options.out}")
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
