"""Checks of the coverage report (`copydesk compare --format html`) in the browser.

The fixture story: a wire report on a port strike (A), a regional paper's reprint that edits a
few words and cuts the end (B), and a radio station's rewrite in its own words (C).
"""

from run import expect

LEFT = "document.getElementById('pane-left')"
RIGHT = "document.getElementById('pane-right')"


def run(page, checks, port, seed):
    def loads_offline():
        page.load(port)
        expect(page.problems() == [], f"console problems: {page.problems()}")
        requests = [u for u in page.requests() if not u.startswith("file://")]
        expect(requests == [], f"the page asked for {requests}")
        expect(page.js("document.body.classList.contains('ready')"), "the script did not finish")
        expect(page.js("document.querySelectorAll('article.text').length") == 3, "three texts expected")
        page.screenshot("coverage-top.png")
        page.screenshot("coverage-full.png", full=True)

    def header_and_overview():
        rows = page.js("Array.from(document.querySelectorAll('table.sources tbody tr')).map(r => r.cells.length)")
        expect(rows == [8, 8, 8], f"source rows: {rows}")
        expect(page.js("document.querySelectorAll('.overview svg.bar:not(.tally)').length") == 3, "one bar per source")
        formula = page.js("document.querySelector('#overview .formula').textContent")
        expect("unique = words of S inside no shared passage" in formula, "formula stated")
        expect(page.js("document.querySelectorAll('.matrix-similarity td.heat').length") == 6, "3×3 matrix minus diagonal")

    def sentence_click():
        page.load(port)
        page.click(f"{LEFT}.querySelector('.s.m-edited')")
        selected = page.js(f"{LEFT}.querySelector('.s.sel')?.dataset.s")
        expect(selected is not None, "clicked sentence is selected")
        counterparts = page.js(f"Array.from({RIGHT}.querySelectorAll('.s.cp')).map(e => e.dataset.s)")
        expect(len(counterparts) >= 1, "counterpart highlighted in the right pane")
        src, index = map(int, selected.split("."))
        expected = page.js(f"(() => {{ const row = JSON.parse(document.getElementById('report-data').textContent).sentences[{src}][{index}];"
                           " const out = []; for (let i = 1; i + 3 < row.length; i += 4) if (row[i] === 1) out.push(row[i] + '.' + row[i+1]); return out; })()")
        expect(sorted(set(counterparts)) == sorted(expected), f"counterparts {counterparts} != data {expected}")
        visible = page.js(f"(() => {{ const p = {RIGHT}, e = p.querySelector('.s.cp'); return e.offsetTop >= p.scrollTop && e.offsetTop < p.scrollTop + p.clientHeight; }})()")
        expect(visible, "the counterpart is scrolled into view")
        info = page.js("document.getElementById('info').textContent")
        expect("sentence" in info and "similarity" in info, f"info panel: {info!r}")
        page.screenshot("coverage-sentence-click.png")

    def word_diff():
        left = page.js(f"Array.from({LEFT}.querySelectorAll('.w.dw')).map(w => w.textContent)")
        right = page.js(f"Array.from({RIGHT}.querySelectorAll('.w.dw')).map(w => w.textContent)")
        expect("pay" in left and "busiest" in " ".join(left), f"left diff words: {left}")
        expect("wage" in right and "increase" in right, f"right diff words: {right}")
        expect("Halden" not in left or left.count("Halden") < 2, "common words are not marked")

    def quote_click():
        page.load(port)
        page.click("Array.from(document.querySelectorAll('button.quote-pick')).find(b => b.textContent.includes('did not want this strike'))")
        on_left = page.js(f"{LEFT}.querySelectorAll('.q.on').length")
        on_right = page.js(f"{RIGHT}.querySelectorAll('.q.on').length")
        expect(on_left >= 1 and on_right >= 1, f"quote highlighted in both panes ({on_left}, {on_right})")
        expect(page.js("document.querySelectorAll('tr.on').length") == 1, "its matrix row is marked")
        page.screenshot("coverage-quote-click.png")
        # A cell of a source in neither pane brings that source in.
        page.click("Array.from(document.querySelectorAll('td.cell[data-q][data-src=\"2\"]')).find(c => !c.classList.contains('st-absent'))")
        expect(page.js("document.getElementById('pick-right').value") == "2" or page.js("document.getElementById('pick-left').value") == "2",
               "the cell's source is now in a pane")
        expect(page.js("document.querySelectorAll('#pane-left .q.on, #pane-right .q.on').length") >= 1, "and its wording is marked")

    def tooltip_on_focus():
        page.load(port)
        page.js("document.querySelector('td.cell.st-partial, td.cell.st-paraphrase').focus()")
        shown = page.js("getComputedStyle(document.activeElement.querySelector('.tip')).display")
        expect(shown == "block", f"the source's wording shows on focus ({shown})")

    def filters():
        page.load(port)
        page.click("document.getElementById('filter-verbatim')")
        expect(page.js("document.body.classList.contains('hide-verbatim')"), "hide verbatim is on")
        shown = page.js("Array.from(document.querySelectorAll('.pane .s.m-verbatim')).filter(e => e.offsetParent !== null).length")
        expect(shown == 0, f"{shown} verbatim sentences still shown")
        others = page.js("Array.from(document.querySelectorAll('.pane .s:not(.m-verbatim)')).filter(e => e.offsetParent !== null).length")
        expect(others > 0, "the other sentences stay")
        page.js("document.getElementById('reading').scrollIntoView()")
        page.screenshot("coverage-hide-verbatim.png")
        page.click("document.getElementById('filter-verbatim')")
        page.click("document.getElementById('filter-quotes')")
        visible = page.js("Array.from(document.querySelectorAll('.pane .s')).filter(e => e.offsetParent !== null)")
        unquoted = page.js("Array.from(document.querySelectorAll('.pane .s')).filter(e => e.offsetParent !== null && !e.querySelector('.q')).length")
        expect(unquoted == 0, f"{unquoted} sentences without a quote still shown")
        expect(page.js("Array.from(document.querySelectorAll('.pane .s')).filter(e => e.offsetParent !== null).length") > 0, "quotes shown")
        del visible
        page.click("document.getElementById('filter-quotes')")

    def synchronised_scrolling():
        page.load(port)
        page.js("document.getElementById('reading').scrollIntoView()")
        # The last shared sentence of A (the mediator) sits far down; scrolling to it must bring B's.
        target = page.js(f"(() => {{ const e = Array.from({LEFT}.querySelectorAll('.s')).find(s => s.textContent.includes('state mediator')); return e.offsetTop; }})()")
        box = page.js(f"(() => {{ const r = {LEFT}.getBoundingClientRect(); return {{x: r.left + r.width / 2, y: r.top + r.height / 2}}; }})()")
        page.browser.send("Input.dispatchMouseEvent", {"type": "mouseWheel", "x": box["x"], "y": box["y"], "deltaX": 0, "deltaY": target - 20})
        page.settle(0.6)
        left, right = page.js(f"[{LEFT}.scrollTop, {RIGHT}.scrollTop]")
        expect(left > 100, f"left pane scrolled ({left})")
        expect(right > 50, f"right pane followed ({right})")
        gap = page.js(f"(() => {{ const a = Array.from({LEFT}.querySelectorAll('.s')).find(s => s.textContent.includes('state mediator'));"
                      f" const b = Array.from({RIGHT}.querySelectorAll('.s')).find(s => s.textContent.includes('state mediator'));"
                      f" return (a.offsetTop - {LEFT}.scrollTop) - (b.offsetTop - {RIGHT}.scrollTop); }})()")
        expect(abs(gap) < 120, f"shared sentences line up (gap {gap}px)")
        page.screenshot("coverage-scrolled.png")

    def keyboard():
        page.load(port)
        page.js(f"document.getElementById('reading').scrollIntoView(); {LEFT}.focus()")
        page.key("ArrowDown")
        first = page.js(f"{LEFT}.querySelector('.s.sel')?.dataset.s")
        expect(first is not None, "ArrowDown selects a sentence")
        page.key("ArrowDown")
        second = page.js(f"{LEFT}.querySelector('.s.sel')?.dataset.s")
        expect(second is not None and second != first, f"ArrowDown moves on ({first} → {second})")
        page.key("n", "KeyN", "n")
        difference = page.js(f"{LEFT}.querySelector('.s.sel')?.className")
        expect(difference is not None and "m-verbatim" not in difference, f"n goes to a difference ({difference})")
        page.key("ArrowDown")
        page.key("ArrowDown")
        page.key("ArrowDown")
        if page.js(f"{RIGHT}.querySelector('.s.cp') !== null"):
            page.key("ArrowRight")
            expect(page.js(f"document.activeElement === {RIGHT}"), "ArrowRight focuses the right pane")
            expect(page.js(f"{RIGHT}.querySelector('.s.sel') !== null"), "and selects the counterpart")
        page.key("Escape")
        expect(page.js("document.querySelectorAll('.s.sel').length") == 0, "Escape clears")

    def choose_panes():
        page.load(port)
        page.js("const s = document.getElementById('pick-right'); s.value = '2'; s.dispatchEvent(new Event('change'))")
        page.settle()
        expect(page.js(f"{RIGHT}.querySelector('article.text').dataset.src") == "2", "right pane shows C")
        expect(page.js("document.getElementById('shelf').querySelector('article.text').dataset.src") == "1", "B went to the shelf")
        classes = page.js(f"Array.from({LEFT}.querySelectorAll('.s.m-paraphrase')).length")
        expect(classes >= 1, "classes recomputed against C (A paraphrased by C)")
        page.js("const t = document.getElementById('pick-left'); t.value = '2'; t.dispatchEvent(new Event('change'))")
        page.settle()
        expect(page.js("[document.getElementById('pick-left').value, document.getElementById('pick-right').value]") == ["2", "0"],
               "choosing the right pane's source on the left swaps them")
        page.click("document.querySelector('button.pair[data-pair=\"1,2\"]')")
        expect(page.js("[document.getElementById('pick-left').value, document.getElementById('pick-right').value]") == ["1", "2"],
               "a similarity matrix figure opens that pair")

    def dark_mode():
        page.browser.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        try:
            page.load(port)
            page.click(f"{LEFT}.querySelector('.s.m-edited')")
            background = page.js("getComputedStyle(document.body).backgroundColor")
            expect(background == "rgb(22, 23, 26)", f"dark background ({background})")
            page.screenshot("coverage-dark.png")
        finally:
            page.browser.send("Emulation.setEmulatedMedia", {"features": []})

    def print_style():
        page.browser.send("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            page.load(port)
            expect(page.js("getComputedStyle(document.querySelector('.toolbar')).display") == "none", "toolbar hidden in print")
            expect(page.js(f"getComputedStyle({LEFT}).overflowY") == "visible", "texts printed whole")
            page.screenshot("coverage-print.png")
        finally:
            page.browser.send("Emulation.setEmulatedMedia", {"media": ""})

    def csp_blocks_network():
        page.load(port)
        blocked = page.js(
            "new Promise(resolve => { const seen = [];"
            " document.addEventListener('securitypolicyviolation', e => seen.push(e.effectiveDirective));"
            " fetch('http://127.0.0.1:9/x').catch(() => {}); const i = new Image(); i.src = 'http://127.0.0.1:9/p.png';"
            " setTimeout(() => resolve(seen), 800); })")
        expect("connect-src" in blocked and "img-src" in blocked, f"CSP violations reported: {blocked}")
        failed = {e["params"]["requestId"]: e["params"].get("blockedReason") for e in page.browser.events
                  if e["method"] == "Network.loadingFailed"}
        sent = [(e["params"]["requestId"], e["params"]["request"]["url"]) for e in page.browser.events
                if e["method"] == "Network.requestWillBeSent" and e["params"]["request"]["url"].startswith("http")]
        unblocked = [url for ident, url in sent if failed.get(ident) != "csp"]
        expect(unblocked == [], f"requests not blocked by the CSP: {unblocked}")

    def seed_story():
        page.load(seed)
        expect(page.problems() == [], f"console problems: {page.problems()}")
        page.screenshot("seed-top.png")
        page.click(f"{LEFT}.querySelector('.s.m-paraphrase, .s.m-edited, .s.m-verbatim')")
        expect(page.js(f"{RIGHT}.querySelectorAll('.s.cp').length") >= 1, "a counterpart in the other text")
        page.screenshot("seed-panes.png")

    checks.run("coverage: loads offline from file:// with no console errors", loads_offline)
    checks.run("coverage: header, bars with the formula, similarity matrix", header_and_overview)
    checks.run("coverage: clicking a sentence highlights its counterparts", sentence_click)
    checks.run("coverage: word-level diff inside edited sentences", word_diff)
    checks.run("coverage: clicking a quote highlights it in both texts", quote_click)
    checks.run("coverage: a matrix cell shows the source's wording on focus", tooltip_on_focus)
    checks.run("coverage: filters hide verbatim and keep only quotes", filters)
    checks.run("coverage: scrolling one pane scrolls the other to the counterpart", synchronised_scrolling)
    checks.run("coverage: keyboard navigation", keyboard)
    checks.run("coverage: choosing the two sources", choose_panes)
    checks.run("coverage: dark mode", dark_mode)
    checks.run("coverage: print stylesheet", print_style)
    checks.run("coverage: the CSP blocks requests", csp_blocks_network)
    if seed:
        checks.run("coverage: the seed story", seed_story)
