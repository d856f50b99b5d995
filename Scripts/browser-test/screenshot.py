"""Takes the README's pictures of a report, in headless Chromium through Playwright: a coverage
report with a shared sentence selected and its counterpart highlighted (side by side on a wide
window, the one pane on a phone), or the clusters page with the first member's diff open.

    Scripts/browser-test/.venv/bin/python Scripts/browser-test/screenshot.py REPORT.html OUT.png [--width 1280 --height 860]

(run.sh makes the virtual environment.)
"""

import argparse
import os
import sys
import time

from playwright.sync_api import sync_playwright

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from conftest import find_chromium  # noqa: E402

PANES = """(() => {
  const reading = document.getElementById('reading');
  const left = document.getElementById('pane-left');
  const pick = Array.from(left.querySelectorAll('.s.m-edited, .s.m-paraphrase, .s.m-verbatim'))
    .find(s => s.offsetTop > 60) || left.querySelector('.s');
  if (pick) pick.click();
  window.scrollTo(0, reading.offsetTop - (window.innerWidth < 700 ? 10 : 50));
})()"""

CLUSTERS = """(() => {
  const button = document.querySelector('.cluster button.diff');
  if (button) button.click();
  const cluster = document.querySelector('.cluster');
  if (cluster) window.scrollTo(0, cluster.offsetTop - (window.innerWidth < 700 ? 130 : 70));
})()"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("output")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=860)
    parser.add_argument("--top", action="store_true", help="the page as it opens (the answers), nothing selected")
    options = parser.parse_args()
    chromium = find_chromium()
    if not chromium:
        print("screenshot: chromium is not installed", file=sys.stderr)
        return 3
    phone = options.width < 700
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium)
        page = browser.new_page(viewport={"width": options.width, "height": options.height},
                                is_mobile=phone, has_touch=phone, device_scale_factor=1)
        page.goto("file://" + os.path.abspath(options.report))
        if not options.top:
            page.evaluate(PANES if page.query_selector("#reading") else CLUSTERS)
        time.sleep(1.5)  # let the highlight's flash fade
        page.screenshot(path=options.output)
        browser.close()
    print(f"{options.output}: {os.path.getsize(options.output) // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
