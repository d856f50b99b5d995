"""Both pages on every screen: nothing wider than the window at 1400 px and on a 390 px phone, no
text under 12 px, an accessibility audit (axe-core) with no violations, and the phone layout used
as a reader uses it: one reading pane with a source switcher and counterpart jumps, matrices as
cards, the clusters as compact cards.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import expect

PAGES = ["port", "seed", "clusters", "hostile"]
VIEWERS = ["page", "phone"]

# Elements that reach past the right edge of the window, outside the hidden shelf of texts and
# the visually hidden table heads (clipped to one pixel).
OVERFLOW = """(() => {
  const width = document.documentElement.clientWidth, out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.shelf, .vh, table.cards > thead') || el.getClientRects().length === 0) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > width + 1) out.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') + ' ' + Math.round(r.right));
  }
  return { scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 8) };
})()"""

# Shown text smaller than 12 px (the element's own text, not its children's).
SMALL_TEXT = """(() => {
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.vh, table.cards > thead') || el.getClientRects().length === 0) continue;
    const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 12) out.push(el.tagName.toLowerCase() + ' ' + size + 'px: ' + el.textContent.trim().slice(0, 30));
  }
  return out.slice(0, 8);
})()"""


def viewer_of(request, name):
    return request.getfixturevalue(name)


def _open(request, reports, name, viewer):
    if name not in reports:
        pytest.skip(f"no {name} report")
    page = viewer_of(request, viewer)
    page.load(reports[name])
    return page


@pytest.mark.parametrize("viewer", VIEWERS)
@pytest.mark.parametrize("name", PAGES)
def test_nothing_wider_than_the_window(name, viewer, request, reports):
    page = _open(request, reports, name, viewer)
    found = page.js(OVERFLOW)
    expect(found["scrollWidth"] <= found["width"], f"page {found['scrollWidth']} px wide in a {found['width']} px window: {found['out']}")
    expect(found["out"] == [], f"past the right edge: {found['out']}")
    page.screenshot(f"{name}-{page.viewport['width']}.png")


@pytest.mark.parametrize("viewer", VIEWERS)
@pytest.mark.parametrize("name", PAGES)
def test_no_text_under_12_px(name, viewer, request, reports):
    page = _open(request, reports, name, viewer)
    small = page.js(SMALL_TEXT)
    expect(small == [], f"text under 12 px: {small}")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewer", VIEWERS)
@pytest.mark.parametrize("name", ["port", "seed", "clusters"])
def test_axe_finds_no_violations(name, viewer, scheme, request, reports):
    page = _open(request, reports, name, viewer)
    page.media(color_scheme=scheme)
    if name != "clusters":
        # With a sentence and a quote selected, so the highlight colours are audited too.
        page.click("document.querySelector('#pane-left .s.m-edited, #pane-left .s.m-verbatim, #pane-left .s')")
    else:
        page.click("document.querySelector('button.diff')")
    results = Axe().run(page.tab)
    violations = [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:3]]}"
                  for v in results.response["violations"]]
    expect(violations == [], f"axe-core: {violations}")


def test_phone_reads_one_pane_and_jumps_to_counterparts(phone, reports):
    page = phone
    page.load(reports["port"])
    expect(page.js("getComputedStyle(document.getElementById('pane-right')).display") == "none", "one pane on a phone")
    expect(page.js("document.getElementById('pane-left').getBoundingClientRect().width") > 300, "the pane takes the width")
    # The source switcher: reading C.
    page.js("const s = document.getElementById('pick-left'); s.value = '2'; s.dispatchEvent(new Event('change'))")
    page.settle()
    expect(page.js("document.querySelector('#pane-left article.text').dataset.src") == "2", "the switcher shows C")
    # Back to A; a shared sentence, then the jump to its counterpart in B.
    page.js("const s = document.getElementById('pick-left'); s.value = '0'; s.dispatchEvent(new Event('change'))")
    page.js("const s = document.getElementById('pick-right'); s.value = '1'; s.dispatchEvent(new Event('change'))")
    page.settle()
    page.click("document.querySelector('#pane-left .s.m-edited')")
    selected = page.js("document.querySelector('#pane-left .s.sel').dataset.s")
    expect(selected.startswith("0."), f"A's sentence selected ({selected})")
    page.screenshot("coverage-390-selected.png")
    page.click("Array.from(document.querySelectorAll('#info li')).find(li => li.textContent.includes('Østfold')).querySelector('button')")
    now = page.js("(() => { const p = document.getElementById('pane-left'), s = p.querySelector('.s.sel');"
                  " return s && { key: s.dataset.s, src: p.querySelector('article.text').dataset.src,"
                  " visible: s.offsetTop >= p.scrollTop && s.offsetTop < p.scrollTop + p.clientHeight }; })()")
    expect(now is not None and now["src"] == "1" and now["key"].startswith("1."), f"the jump shows B's counterpart: {now}")
    expect(now["visible"], "scrolled into view")
    expect(page.js("document.getElementById('pick-right').value") == "0", "now compared with A, where the jump came from")
    expect(page.problems() == [], f"console problems: {page.problems()}")
    page.screenshot("coverage-390-jumped.png")


def test_phone_arrow_key_jumps_to_the_counterpart(phone, reports):
    page = phone
    page.load(reports["port"])
    page.click("document.querySelector('#pane-left .s.m-edited')")
    page.key("ArrowRight")
    shown = page.js("document.querySelector('#pane-left article.text').dataset.src")
    expect(shown == "1", f"the arrow swapped in B ({shown})")
    expect(page.js("document.querySelector('#pane-left .s.sel')?.dataset.s.startsWith('1.')"), "its counterpart selected")


def test_phone_matrices_are_cards_and_a_cell_brings_its_source_in(phone, reports):
    page = phone
    page.load(reports["port"])
    shape = page.js("(() => { const r = document.querySelector('table.quotes tbody tr'); return [getComputedStyle(r).display, r.getBoundingClientRect().width]; })()")
    expect(shape[0] == "flex" and shape[1] <= 390, f"a quote is a card ({shape})")
    page.js("document.querySelector('td.cell.st-partial, td.cell.st-paraphrase').focus()")
    tip = page.js("(() => { const r = document.activeElement.querySelector('.tip').getBoundingClientRect(); return [r.left, r.right]; })()")
    expect(tip[0] >= 0 and tip[1] <= 390, f"the wording stays on the screen ({tip})")
    page.click("Array.from(document.querySelectorAll('td.cell[data-q][data-src=\"2\"]')).find(c => !c.classList.contains('st-absent'))")
    expect(page.js("document.getElementById('pick-left').value") == "2", "the cell's source is read in the pane")
    expect(page.js("document.querySelectorAll('#pane-left .q.on').length") >= 1, "with its wording marked")


def test_phone_clusters_are_compact_cards(phone, reports):
    page = phone
    page.load(reports["clusters"])
    # The wire story's cluster: ordinary outlets and titles (the hostile cluster's are long markup).
    heights = page.js("Array.from(document.querySelectorAll('.cluster')[0].querySelectorAll('tbody tr')).map(r => Math.round(r.getBoundingClientRect().height))")
    expect(len(heights) == 5 and max(heights) <= 140, f"member rows {heights} px tall")
    page.click("document.querySelector('.cluster button.diff')")
    found = page.js(OVERFLOW)
    expect(found["out"] == [], f"the open diff fits: {found['out']}")
    page.screenshot("clusters-390-diff.png")


def test_printing_from_a_phone_prints_both_texts_whole(phone, reports):
    """A narrow page is a screen matter: printed, both texts come out whole, as on a wide screen."""
    page = phone
    page.load(reports["port"])
    page.media(media="print")
    shown = page.js("['pane-left', 'pane-right'].map(id => getComputedStyle(document.getElementById(id)).display)")
    expect("none" not in shown, f"both panes printed ({shown})")
    expect(page.js("getComputedStyle(document.getElementById('pane-right')).overflowY") == "visible", "printed whole")
    expect(page.js("getComputedStyle(document.querySelector('.toolbar')).display") == "none", "no toolbar in print")
