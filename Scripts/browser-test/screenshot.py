"""Takes the README's picture of a coverage report: the side-by-side panes with a sentence
selected and its counterpart highlighted.

    python3 screenshot.py REPORT.html OUT.png [--width 1280 --height 860]
"""

import argparse
import base64
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser, find_chromium  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("output")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=860)
    options = parser.parse_args()
    chromium = find_chromium()
    if not chromium:
        print("screenshot: chromium is not installed", file=sys.stderr)
        return 3
    browser = Browser(chromium, options.width, options.height)
    try:
        for domain in ("Page.enable", "Runtime.enable"):
            browser.send(domain)
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": options.width, "height": options.height, "deviceScaleFactor": 1, "mobile": False})
        browser.send("Page.navigate", {"url": "file://" + os.path.abspath(options.report)})
        browser.wait_for("Page.loadEventFired")
        # The reading panes at the top of the window, a shared sentence selected in the left one.
        browser.evaluate("""(() => {
            const reading = document.getElementById('reading');
            window.scrollTo(0, reading.offsetTop - 50);
            const left = document.getElementById('pane-left');
            const pick = Array.from(left.querySelectorAll('.s.m-edited, .s.m-paraphrase, .s.m-verbatim'))
              .find(s => s.offsetTop > 60) || left.querySelector('.s');
            if (pick) pick.click();
        })()""")
        time.sleep(1.5)  # let the highlight's flash fade
        data = browser.send("Page.captureScreenshot", {"format": "png"})["data"]
        with open(options.output, "wb") as file:
            file.write(base64.b64decode(data))
    finally:
        browser.close()
    print(f"{options.output}: {os.path.getsize(options.output) // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
