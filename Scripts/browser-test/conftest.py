"""Fixtures of the browser tests: Copydesk's HTML reports, written by the binary under test, opened
in headless Chromium (Debian's package) through Playwright, the way a reader uses them.

    COPYDESK=.build/debug/copydesk OUT=/tmp/shots pytest Scripts/browser-test

Run by Scripts/browser-test/run.sh, which makes the virtual environment. COPYDESK names the
binary; OUT (default /tmp/copydesk-browser-test) receives the reports and screenshots; SAMPLES
(default Samples/) holds the seed story.
"""

import os
import shutil
import subprocess
import time

import pytest
from playwright.sync_api import sync_playwright

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(HERE, "fixtures")
WIDE = {"width": 1400, "height": 1000}
PHONE = {"width": 390, "height": 844}


def find_chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None


def expect(condition, message):
    """An assertion whose message says what the reader would have seen."""
    if not condition:
        raise AssertionError(message)


class Page:
    """One browser tab at one width, with what the page said and asked for since it was loaded.

    Two tabs are kept, one with the report's Content-Security-Policy and one with it bypassed
    (Playwright sets that per context), so a check can prove the escaping holds by itself.
    """

    def __init__(self, browser, out, viewport, mobile=False):
        self.out = out
        self.viewport = viewport
        self.tabs = {}
        for bypass in (False, True):
            context = browser.new_context(
                viewport=viewport, device_scale_factor=1, is_mobile=mobile, has_touch=mobile,
                bypass_csp=bypass, offline=True, color_scheme="light")
            tab = context.new_page()
            # Anything that runs from the report's data trips one of these.
            tab.add_init_script("window.__pwned = undefined;"
                                "window.alert = window.confirm = window.prompt = function () { window.__pwned = 'dialog'; };")
            tab.on("console", self._console)
            tab.on("pageerror", lambda error: self.seen.append("exception: " + str(error)[:300]))
            tab.on("request", lambda request: self.asked.append(request.url))
            tab.on("requestfailed", lambda request: self.failed.append((request.url, request.failure or "")))
            self.tabs[bypass] = tab
        self.tab = self.tabs[False]
        self.seen, self.asked, self.failed = [], [], []

    def _console(self, message):
        if message.type in ("error", "warning", "assert"):
            self.seen.append(f"console.{message.type}: {message.text[:300]}")

    def load(self, path, bypass_csp=False):
        self.tab = self.tabs[bypass_csp]
        self.seen, self.asked, self.failed = [], [], []
        self.tab.goto("file://" + os.path.abspath(path), wait_until="load")
        self.settle()

    def settle(self, seconds=0.25):
        # Scroll handlers and flashes run on the next frames.
        time.sleep(seconds)
        self.tab.evaluate("1")

    def problems(self):
        """Console errors and warnings and uncaught exceptions since the last load."""
        return list(self.seen)

    def requests(self):
        return list(self.asked)

    def js(self, expression):
        return self.tab.evaluate(expression)

    def click(self, expression):
        """A real mouse click on the element `expression` evaluates to, after scrolling it into view."""
        where = ("(() => { const el = " + expression + "; if (!el) return null; const r = el.getClientRects()[0] ||"
                 " el.getBoundingClientRect(); return {x: r.left + Math.min(8, r.width / 2), y: r.top + r.height / 2}; })()")
        found = self.js("(() => { const el = " + expression + "; if (!el) return false; el.scrollIntoView({block: 'center'}); return true; })()")
        if not found:
            raise AssertionError("nothing to click: " + expression)
        self.settle(0.15)
        point = self.js(where)
        self.tab.mouse.click(point["x"], point["y"])
        self.settle()

    def key(self, key):
        self.tab.keyboard.press(key)
        self.settle()

    def type(self, text):
        self.tab.keyboard.insert_text(text)

    def wheel(self, expression, delta):
        """Turns the mouse wheel over the middle of the element."""
        box = self.js("(() => { const r = (" + expression + ").getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()")
        self.tab.mouse.move(box["x"], box["y"])
        self.tab.mouse.wheel(0, delta)

    def media(self, **features):
        self.tab.emulate_media(**features)

    def screenshot(self, name, full=False):
        path = os.path.join(self.out, name)
        self.tab.screenshot(path=path, full_page=full)
        return path


def generate(out, name, arguments, allowed=(0,)):
    """Writes one report; `allowed` exit statuses (dedup exits 1 when some input is unreadable)."""
    copydesk = os.environ.get("COPYDESK")
    if not copydesk:
        raise RuntimeError("COPYDESK must name the copydesk binary (Scripts/browser-test/run.sh sets it)")
    path = os.path.join(out, name)
    result = subprocess.run([copydesk, *arguments, "--format", "html", "--output", path],
                            capture_output=True, text=True, timeout=600)
    if result.returncode not in allowed or not os.path.exists(path):
        raise RuntimeError(f"copydesk {' '.join(arguments)} failed: {result.stderr}")
    return path


@pytest.fixture(scope="session")
def out():
    folder = os.environ.get("OUT") or "/tmp/copydesk-browser-test"
    os.makedirs(folder, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def reports(out):
    """The reports every check reads, written once: the port-strike fixture story (three
    sources), the hostile fixtures, the seed story and the clusters of the fixture archive."""
    fixture = lambda name: os.path.join(FIXTURES, name)  # noqa: E731
    found = {
        "port": generate(out, "port.html", ["compare", *map(fixture, ["port-wire.html", "port-reprint.html", "port-broadcast.html"])]),
        "hostile": generate(out, "hostile.html", ["compare", *map(fixture, ["hostile-wire.txt", "hostile-reprint.txt", "hostile-page.html"])]),
        "clusters": generate(out, "clusters.html", ["dedup", "--quiet", fixture("archive.jsonl")], allowed=(0, 1)),
    }
    samples = os.environ.get("SAMPLES") or os.path.join(ROOT, "Samples")
    folder = os.path.join(samples, "seed-story")
    if os.path.isdir(folder):
        texts = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".txt"))
        if len(texts) >= 2:
            found["seed"] = generate(out, "seed.html", ["compare", *texts])
    return found


@pytest.fixture(scope="session")
def browser():
    chromium = find_chromium()
    if not chromium:
        pytest.fail("chromium is not installed")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def page(browser, out):
    """A 1400 px wide desktop window."""
    return Page(browser, out, WIDE)


@pytest.fixture(scope="session")
def phone(browser, out):
    """A 390 px wide phone (mobile viewport, touch)."""
    return Page(browser, out, PHONE, mobile=True)


@pytest.fixture(autouse=True)
def plain_media(request):
    """Every check starts in light, screen media, whatever the one before it emulated."""
    yield
    for name in ("page", "phone"):
        if name in request.fixturenames:
            page = request.getfixturevalue(name)
            for tab in page.tabs.values():
                tab.emulate_media(media="screen", color_scheme="light")
