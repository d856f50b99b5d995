"""The coverage report (`copydesk compare --format html`) in a 1400 px window.

The fixture story: a wire report on a port strike (A), a regional paper's reprint that edits a
few words and cuts the end (B), and a radio station's rewrite in its own words (C).
"""

import pytest

from conftest import expect

LEFT = "document.getElementById('pane-left')"
RIGHT = "document.getElementById('pane-right')"


def test_loads_offline_with_no_console_errors(page, reports):
    page.load(reports["port"])
    expect(page.problems() == [], f"console problems: {page.problems()}")
    requests = [u for u in page.requests() if not u.startswith("file://")]
    expect(requests == [], f"the page asked for {requests}")
    expect(page.js("document.body.classList.contains('ready')"), "the script did not finish")
    expect(page.js("document.querySelectorAll('article.text').length") == 3, "three texts expected")
    page.screenshot("coverage-top.png")
    page.screenshot("coverage-full.png", full=True)


def test_header_bars_formula_and_similarity_matrix(page, reports):
    page.load(reports["port"])
    rows = page.js("Array.from(document.querySelectorAll('table.sources tbody tr')).map(r => r.cells.length)")
    expect(rows == [8, 8, 8], f"source rows: {rows}")
    expect(page.js("document.querySelectorAll('.overview svg.bar:not(.tally)').length") == 3, "one bar per source")
    formula = page.js("document.querySelector('#overview .formula').textContent")
    expect("unique = words of S inside no shared passage" in formula, "formula stated")
    expect(page.js("document.querySelectorAll('.matrix-similarity td.heat').length") == 6, "3×3 matrix minus diagonal")


def test_the_answers_have_their_place_first(page, reports):
    """The editor's answers go right under the header, before the sources, the toolbar and the inventory."""
    page.load(reports["port"])
    order = page.js("Array.from(document.querySelectorAll('main > *')).map(e => e.id || e.className)")
    expect(order[:4] == ["top", "answers", "sources", "toolbar"], f"header, answers, sources, toolbar: {order}")


def _click_edited_sentence(page, reports):
    page.load(reports["port"])
    page.click(f"{LEFT}.querySelector('.s.m-edited')")


def test_clicking_a_sentence_highlights_its_counterparts(page, reports):
    _click_edited_sentence(page, reports)
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


def test_word_level_diff_inside_edited_sentences(page, reports):
    _click_edited_sentence(page, reports)
    left = page.js(f"Array.from({LEFT}.querySelectorAll('.w.dw')).map(w => w.textContent)")
    right = page.js(f"Array.from({RIGHT}.querySelectorAll('.w.dw')).map(w => w.textContent)")
    expect("pay" in left and "busiest" in " ".join(left), f"left diff words: {left}")
    expect("wage" in right and "increase" in right, f"right diff words: {right}")
    expect("Halden" not in left or left.count("Halden") < 2, "common words are not marked")


def test_clicking_a_quote_highlights_it_in_both_texts(page, reports):
    page.load(reports["port"])
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


def test_a_matrix_cell_shows_the_wording_on_focus(page, reports):
    page.load(reports["port"])
    page.js("document.querySelector('td.cell.st-partial, td.cell.st-paraphrase').focus()")
    shown = page.js("getComputedStyle(document.activeElement.querySelector('.tip')).display")
    expect(shown == "block", f"the source's wording shows on focus ({shown})")


def test_filters_hide_verbatim_and_keep_only_quotes(page, reports):
    page.load(reports["port"])
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
    unquoted = page.js("Array.from(document.querySelectorAll('.pane .s')).filter(e => e.offsetParent !== null && !e.querySelector('.q')).length")
    expect(unquoted == 0, f"{unquoted} sentences without a quote still shown")
    expect(page.js("Array.from(document.querySelectorAll('.pane .s')).filter(e => e.offsetParent !== null).length") > 0, "quotes shown")
    page.click("document.getElementById('filter-quotes')")


def test_scrolling_one_pane_scrolls_the_other_to_the_counterpart(page, reports):
    page.load(reports["port"])
    page.js("document.getElementById('reading').scrollIntoView()")
    # The last shared sentence of A (the mediator) sits far down; scrolling to it must bring B's.
    target = page.js(f"(() => {{ const e = Array.from({LEFT}.querySelectorAll('.s')).find(s => s.textContent.includes('state mediator')); return e.offsetTop; }})()")
    page.wheel(LEFT, target - 20)
    page.settle(0.6)
    left, right = page.js(f"[{LEFT}.scrollTop, {RIGHT}.scrollTop]")
    expect(left > 100, f"left pane scrolled ({left})")
    expect(right > 50, f"right pane followed ({right})")
    gap = page.js(f"(() => {{ const a = Array.from({LEFT}.querySelectorAll('.s')).find(s => s.textContent.includes('state mediator'));"
                  f" const b = Array.from({RIGHT}.querySelectorAll('.s')).find(s => s.textContent.includes('state mediator'));"
                  f" return (a.offsetTop - {LEFT}.scrollTop) - (b.offsetTop - {RIGHT}.scrollTop); }})()")
    expect(abs(gap) < 120, f"shared sentences line up (gap {gap}px)")
    page.screenshot("coverage-scrolled.png")


def test_keyboard_navigation(page, reports):
    page.load(reports["port"])
    page.js(f"document.getElementById('reading').scrollIntoView(); {LEFT}.focus()")
    page.key("ArrowDown")
    first = page.js(f"{LEFT}.querySelector('.s.sel')?.dataset.s")
    expect(first is not None, "ArrowDown selects a sentence")
    page.key("ArrowDown")
    second = page.js(f"{LEFT}.querySelector('.s.sel')?.dataset.s")
    expect(second is not None and second != first, f"ArrowDown moves on ({first} → {second})")
    page.key("n")
    difference = page.js(f"{LEFT}.querySelector('.s.sel')?.className")
    expect(difference is not None and "m-verbatim" not in difference, f"n goes to a difference ({difference})")
    for _ in range(3):
        page.key("ArrowDown")
    if page.js(f"{RIGHT}.querySelector('.s.cp') !== null"):
        page.key("ArrowRight")
        expect(page.js(f"document.activeElement === {RIGHT}"), "ArrowRight focuses the right pane")
        expect(page.js(f"{RIGHT}.querySelector('.s.sel') !== null"), "and selects the counterpart")
    page.key("Escape")
    expect(page.js("document.querySelectorAll('.s.sel').length") == 0, "Escape clears")


def test_choosing_the_two_sources(page, reports):
    page.load(reports["port"])
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


def test_dark_mode(page, reports):
    page.load(reports["port"])
    page.media(color_scheme="dark")
    page.click(f"{LEFT}.querySelector('.s.m-edited')")
    background = page.js("getComputedStyle(document.body).backgroundColor")
    expect(background == "rgb(22, 23, 26)", f"dark background ({background})")
    page.screenshot("coverage-dark.png")


def test_print_stylesheet(page, reports):
    page.load(reports["port"])
    page.media(media="print")
    expect(page.js("getComputedStyle(document.querySelector('.toolbar')).display") == "none", "toolbar hidden in print")
    expect(page.js(f"getComputedStyle({LEFT}).overflowY") == "visible", "texts printed whole")
    page.screenshot("coverage-print.png")


def test_the_csp_blocks_requests(page, reports):
    page.load(reports["port"])
    blocked = page.js(
        "new Promise(resolve => { const seen = [];"
        " document.addEventListener('securitypolicyviolation', e => seen.push(e.effectiveDirective));"
        " fetch('http://127.0.0.1:9/x').catch(() => {}); const i = new Image(); i.src = 'http://127.0.0.1:9/p.png';"
        " setTimeout(() => resolve(seen), 800); })")
    expect("connect-src" in blocked and "img-src" in blocked, f"CSP violations reported: {blocked}")
    # Chromium announces each request, then refuses it for the CSP ("csp" is the failure reason).
    reached = [url for url in page.requests() if url.startswith("http")
               and not any(url == failed and "csp" in reason.lower() for failed, reason in page.failed)]
    expect(reached == [], f"requests not blocked by the CSP: {reached}")


def test_the_seed_story(page, reports):
    if "seed" not in reports:
        pytest.skip("Samples/seed-story is missing")
    page.load(reports["seed"])
    expect(page.problems() == [], f"console problems: {page.problems()}")
    page.screenshot("seed-top.png")
    page.click(f"{LEFT}.querySelector('.s.m-paraphrase, .s.m-edited, .s.m-verbatim')")
    expect(page.js(f"{RIGHT}.querySelectorAll('.s.cp').length") >= 1, "a counterpart in the other text")
    page.screenshot("seed-panes.png")
