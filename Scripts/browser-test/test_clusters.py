"""The clusters page (`copydesk dedup --format html`) in a 1400 px window.

fixtures/archive.jsonl: one wire story and four reprints (identical, truncated, edited with a
local paragraph, extended), a local story and its truncated reprint, two hostile documents whose
ids, outlets, titles and texts are markup, and two unreadable lines. A second archive of 10,000
pairs is generated here to check that a large report stays responsive.
"""

import json
import os
import random
import time

from conftest import expect, generate
from test_hostile import STRUCTURE

FIRST_ROWS = "Array.from(document.querySelectorAll('.cluster')[0].querySelectorAll('tbody tr'))"
COURIER_DIFF = FIRST_ROWS + ".find(r => r.textContent.includes('Valley Courier')).querySelector('button.diff')"


def large_archive(path, pairs):
    """`pairs` short stories, each printed twice (the second with one word changed)."""
    rng = random.Random(11)
    syllables = ["ka", "lo", "mi", "ren", "sa", "tu", "vel", "dor", "an", "is", "po", "gre", "nu", "ba", "ther", "ul"]
    words = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(3000)})
    outlets = ["The Daily %s" % w.title() for w in words[:40]]
    with open(path, "w") as out:
        for pair in range(pairs):
            text = " ".join(rng.choice(words) for _ in range(60)) + "."
            changed = text.split(" ")
            changed[rng.randrange(10, 50)] = rng.choice(words)
            for copy, body in enumerate([text, " ".join(changed)]):
                out.write(json.dumps({
                    "id": f"story{pair}-{copy}", "text": body, "outlet": rng.choice(outlets),
                    "title": " ".join(rng.choice(words) for _ in range(5)).capitalize(),
                    "published": "2024-%02d-%02d" % (1 + pair % 12, 1 + copy + pair % 27),
                }) + "\n")


def test_loads_largest_first_representative_first_unreadable_listed(page, reports):
    page.load(reports["clusters"])
    expect(page.problems() == [], f"console problems: {page.problems()}")
    expect(page.js("document.body.classList.contains('ready')"), "the script finished")
    sizes = page.js("Array.from(document.querySelectorAll('.cluster')).map(c => c.querySelectorAll('tbody tr').length)")
    expect(sizes == [5, 2, 2], f"clusters by size: {sizes}")
    first = page.js(FIRST_ROWS + ".map(r => r.cells[0].textContent.trim())")
    expect(first[0].endswith("representative") and "identical" in first[1], f"representative first: {first}")
    expect(page.js("document.querySelectorAll('#unreadable li').length") == 2, "the two unreadable lines are listed")
    page.screenshot("clusters-top.png")


def test_a_members_word_diff_on_click(page, reports):
    page.load(reports["clusters"])
    page.click(COURIER_DIFF)
    view = page.js("document.querySelector('.diff-view')?.textContent")
    expect(view is not None, "a diff opened")
    inserted = page.js("Array.from(document.querySelectorAll('.diff-view ins')).map(e => e.textContent).join(' ')")
    removed = page.js("Array.from(document.querySelectorAll('.diff-view del')).map(e => e.textContent).join(' ')")
    expect("Local hospitals" in inserted and "over" in inserted, f"added words: {inserted!r}")
    expect("more than" in removed, f"removed words: {removed!r}")
    page.screenshot("clusters-diff.png")
    page.click(COURIER_DIFF)
    expect(page.js("document.querySelector('.diff-view')") is None, "a second click closes it")


def test_search_box(page, reports):
    page.load(reports["clusters"])
    page.js("document.getElementById('search').focus()")
    page.type("riverside")
    page.settle(0.5)
    cards = page.js("document.querySelectorAll('.cluster').length")
    expect(cards == 1, f"one cluster matches 'riverside' ({cards})")
    expect(page.js("document.querySelectorAll('.cluster mark').length") >= 2, "the term is marked")
    expect("1 of 3" in page.js("document.getElementById('count').textContent"), "the count says so")


def test_keyboard(page, reports):
    page.load(reports["clusters"])
    page.key("/")
    expect(page.js("document.activeElement.id") == "search", "/ focuses the search box")
    page.key("Escape")
    page.key("j")
    page.key("j")
    expect(page.js("document.querySelectorAll('.cluster')[1].contains(document.activeElement)"), "j moves to the next cluster")
    page.key("Enter")
    expect(page.js("document.querySelectorAll('.cluster')[1].querySelector('.diff-view') !== null"), "Enter opens its diff")


def test_hostile_ids_outlets_titles_and_texts_stay_text(page, reports):
    page.load(reports["clusters"], bypass_csp=True)
    page.js("const s = document.getElementById('search'); s.value = 'script'; s.dispatchEvent(new Event('input'))")
    page.settle(0.5)
    page.js("document.querySelectorAll('button.diff').forEach(b => b.click())")
    page.settle()
    found = page.js(STRUCTURE)
    expect(found["pwned"] is None, f"a payload ran: {found['pwned']}")
    expect("PWNED" not in found["title"], "title untouched")
    expect(found["executable"] == 1 and found["embedded"] == 0 and found["handlers"] == [] and found["links"] == [],
           f"markup from the archive: {found}")
    text = page.js("document.querySelector('main').textContent")
    expect("<img src=x onerror=\"window.__pwned='outlet'\">" in text, "the hostile outlet is shown as text")
    expect("</script><script>window.__pwned='json'</script>" in text, "the hostile text is shown as text")
    expect(page.problems() == [], f"console problems: {page.problems()}")
    page.screenshot("clusters-hostile.png")


def test_ten_thousand_clusters_stay_responsive(page, out):
    archive = os.path.join(out, "pairs.jsonl")
    large_archive(archive, 10_000)
    started = time.time()
    big = generate(out, "clusters-10000.html", ["dedup", "--quiet", archive])
    built = time.time() - started
    size = os.path.getsize(big) / 1e6
    started = time.time()
    page.load(big)
    opened = time.time() - started
    expect(page.problems() == [], f"console problems: {page.problems()}")
    total = page.js("JSON.parse(document.getElementById('report-data').textContent).clusters.length")
    expect(total >= 9_900, f"about 10,000 clusters ({total})")
    cards = page.js("document.querySelectorAll('.cluster').length")
    expect(cards <= 80, f"drawn lazily ({cards} cards at first)")
    nodes = page.js("document.getElementsByTagName('*').length")
    page.js("window.scrollTo(0, document.body.scrollHeight)")
    page.settle(0.6)
    expect(page.js("document.querySelectorAll('.cluster').length") > cards, "scrolling draws more")
    timing = page.js("new Promise(resolve => { const s = document.getElementById('search'); const t0 = performance.now();"
                     " const seen = document.body.dataset.searched; s.value = 'story777-'; s.dispatchEvent(new Event('input'));"
                     " const wait = () => document.body.dataset.searched !== seen ? resolve(performance.now() - t0 - 120) : setTimeout(wait, 5); wait(); })")
    expect(page.js("document.querySelectorAll('.cluster').length") == 1, "search finds the one cluster")
    print(f"10,000 clusters: report {size:.1f} MB written in {built:.1f} s; opened in {opened:.2f} s "
          f"with {nodes} elements; search answered in {timing:.0f} ms")
    expect(opened < 10, f"opens in under 10 s ({opened:.1f} s)")
    expect(timing < 2000, f"search answers in under 2 s ({timing:.0f} ms)")
