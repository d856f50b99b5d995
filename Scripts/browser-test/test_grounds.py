"""Why a paraphrase was linked, as a reader sees it: selecting a paraphrased sentence marks the
words it was matched on in both sentences, lists them in words beside the sentence (at 1400 px)
and in the panel under the text (on a 390 px phone too), "resigned ~ quit" for a word said
otherwise; the marks are bold and underlined as well as tinted, the page stays within the window
and axe-core finds nothing, light or dark.

The fixture: a paper's story of a harbour master's resignation (A) and a radio station's telling
in its own words (B), whose first sentences say "resigned" and "quit".
"""

import os

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import FIXTURES, expect, generate
from test_layout import OVERFLOW, SMALL_TEXT

LEFT = "document.getElementById('pane-left')"
RIGHT = "document.getElementById('pane-right')"
PARAPHRASE = f"{LEFT}.querySelector('.s.m-paraphrase')"


@pytest.fixture(scope="module")
def resignation(out):
    return generate(out, "resignation.html", ["compare", os.path.join(FIXTURES, "resign-paper.txt"),
                                              os.path.join(FIXTURES, "resign-radio.txt")])


def grounds_of(page, key):
    """The data block's grounds of sentence `key` ("src.index") against the source in the other pane."""
    return page.js(f"""(() => {{
      const data = JSON.parse(document.getElementById('report-data').textContent);
      const [src, index] = '{key}'.split('.').map(Number);
      const row = data.sentences[src][index], lists = (data.grounds[src] || [])[index] || [];
      const partner = Number(document.getElementById('pick-right').value);
      const out = [];
      for (let i = 1, n = 0; i + 3 < row.length; i += 4, n++) if (row[i] === partner) out.push(...(lists[n] || []));
      return out;
    }})()""")


def marked(page, side):
    return page.js(f"Array.from({side}.querySelectorAll('.s .w.gw')).map(w => w.textContent)")


def test_selecting_a_paraphrase_marks_its_grounds_in_both_sentences(page, resignation):
    page.load(resignation)
    page.click(PARAPHRASE)
    key = page.js(f"{LEFT}.querySelector('.s.sel').dataset.s")
    grounds = grounds_of(page, key)
    expect("resigned ~ quit" in grounds, f"the synonym is among the grounds: {grounds}")
    expect(1 <= len(grounds) <= 4, f"three to five words, not the whole list: {grounds}")
    left, right = marked(page, LEFT), marked(page, RIGHT)
    expect("resigned" in left and "quit" in right, f"the synonym marked on each side: {left} / {right}")
    expect("quit" not in left and "resigned" not in right, "each side marks its own word")
    # Every marked word is one of the grounds (a word as either sentence prints it).
    words = {w.lower() for entry in grounds for w in entry.replace(" ~ ", " ").split()}
    expect(all(w.lower() in words for w in left + right), f"only grounds are marked: {left} / {right}")
    # Marked words lie inside the two linked sentences only.
    outside = page.js("Array.from(document.querySelectorAll('.pane .w.gw')).filter(w => !w.closest('.s.sel, .s.cp')).length")
    expect(outside == 0, f"{outside} marks outside the linked sentences")
    # Not by colour alone: bold and underlined.
    style = page.js(f"(() => {{ const s = getComputedStyle({LEFT}.querySelector('.w.gw')); return [s.fontWeight, s.borderBottomStyle]; }})()")
    expect(int(style[0]) >= 700 and style[1] == "solid", f"the mark's weight and underline: {style}")
    expect(page.problems() == [], f"console problems: {page.problems()}")
    page.screenshot("grounds-1400.png")


def test_the_grounds_are_said_in_words_beside_the_sentence_and_in_the_panel(page, resignation):
    page.load(resignation)
    page.click(PARAPHRASE)
    note = page.js(f"(() => {{ const n = {LEFT}.querySelector('.why'); if (!n) return null; const r = n.getBoundingClientRect();"
                   f" const s = {LEFT}.querySelector('.s.sel').getBoundingClientRect(); return {{ text: n.textContent, gap: r.top - s.bottom,"
                   " visible: n.offsetParent !== null }; })()")
    expect(note is not None and note["visible"], "a note beside the selected sentence")
    expect("matched on:" in note["text"] and "resigned ~ quit" in note["text"], f"the note: {note['text']!r}")
    expect(note["text"].startswith("≈ B, sentence 1"), f"it names the linked sentence: {note['text']!r}")
    expect(-30 < note["gap"] < 30, f"right under the sentence ({note['gap']} px)")
    info = page.js("document.getElementById('info').textContent")
    expect("matched on: " in info and "resigned ~ quit" in info, f"the panel: {info!r}")
    page.key("Escape")
    expect(page.js("document.querySelectorAll('.pane .why, .pane .gw').length") == 0, "Escape clears the marks and the note")


def test_an_edited_link_shows_a_diff_and_no_grounds(page, reports):
    page.load(reports["port"])
    page.click(f"{LEFT}.querySelector('.s.m-edited')")
    expect(page.js("document.querySelectorAll('.pane .gw, .pane .why').length") == 0, "no grounds for an edited link")
    # The panel lists every source's counterparts: B's (the edited one) gives no grounds.
    item = page.js("Array.from(document.querySelectorAll('#info li')).find(li => li.textContent.startsWith('B '))?.textContent")
    expect(item and "edited" in item and "matched on" not in item, f"B's line in the panel: {item!r}")


def test_a_number_with_a_comma_is_marked_whole(page, reports):
    # The port story's radio telling re-reports "1,200 workers": two pieces on the page, one word.
    page.load(reports["port"])
    page.js("const s = document.getElementById('pick-left'); s.value = '2'; s.dispatchEvent(new Event('change'))")
    page.settle()
    page.click(f"{LEFT}.querySelector('.s.m-paraphrase')")
    key = page.js(f"{LEFT}.querySelector('.s.sel').dataset.s")
    grounds = grounds_of(page, key)
    expect(grounds, f"the radio's first paraphrase has grounds ({key})")
    left = marked(page, LEFT)
    for entry in grounds:
        word = entry.split(" ~ ")[0]
        pieces = [p for p in word.replace(",", " ").replace(".", " ").split() if p]
        expect(all(p in left for p in pieces), f"{word!r} marked in the selected sentence: {left}")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewer", ["page", "phone"])
def test_axe_and_layout_with_grounds_shown(viewer, scheme, request, resignation):
    page = request.getfixturevalue(viewer)
    page.load(resignation)
    page.media(color_scheme=scheme)
    page.click(PARAPHRASE)
    expect(page.js("document.querySelectorAll('.pane .gw').length") > 0, "grounds marked")
    results = Axe().run(page.tab)
    violations = [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:3]]}"
                  for v in results.response["violations"]]
    expect(violations == [], f"axe-core: {violations}")
    found = page.js(OVERFLOW)
    expect(found["scrollWidth"] <= found["width"] and found["out"] == [], f"past the right edge: {found}")
    small = page.js(SMALL_TEXT)
    expect(small == [], f"text under 12 px: {small}")


def test_phone_says_the_grounds_in_the_panel_under_the_pane(phone, resignation):
    page = phone
    page.load(resignation)
    page.click(PARAPHRASE)
    expect(page.js(f"{LEFT}.querySelector('.why')?.offsetParent ?? null") is None, "no note inside the one pane")
    panel = page.js("(() => { const i = document.getElementById('info'), r = i.getBoundingClientRect();"
                    " return { text: i.textContent, top: r.top, bottom: r.bottom, height: innerHeight }; })()")
    expect("matched on: " in panel["text"] and "resigned ~ quit" in panel["text"], f"the panel: {panel['text']!r}")
    expect(panel["top"] >= 0 and panel["bottom"] <= panel["height"] + 1, f"the panel is on the screen: {panel}")
    expect(marked(page, LEFT) != [], "the words are marked in the sentence read")
    page.screenshot("grounds-390.png")


def test_phone_panel_opens_with_the_source_compared_with(phone, reports):
    # Three sources: reading A against C, the panel's first line is C's, grounds and all, where
    # a phone shows it without scrolling the panel.
    page = phone
    page.load(reports["port"])
    page.js("const s = document.getElementById('pick-right'); s.value = '2'; s.dispatchEvent(new Event('change'))")
    page.settle()
    page.click(PARAPHRASE)
    first = page.js("document.querySelector('#info li')?.textContent")
    expect(first and first.startswith("C ") and "matched on: " in first, f"the panel's first line: {first!r}")


@pytest.fixture(scope="module")
def fleet(out):
    return generate(out, "fleet.html", ["compare", os.path.join(FIXTURES, "fleet-paper.txt"),
                                        os.path.join(FIXTURES, "fleet-radio.txt")])


def test_a_possessive_cut_by_a_fact_mark_is_still_marked(page, fleet):
    # "Norway's" is a ground while the place "Norway" is a fact mention: the page cuts the word
    # at the mark, and the pieces are still marked.
    page.load(fleet)
    page.click(PARAPHRASE)
    key = page.js(f"{LEFT}.querySelector('.s.sel').dataset.s")
    grounds = grounds_of(page, key)
    expect("Norway's" in grounds, f"the possessive is a ground: {grounds}")
    left = marked(page, LEFT)
    expect("Norway" in left, f"the possessive's word marked: {left}")
