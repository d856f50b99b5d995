"""The XSS checks: articles full of markup and script must come out as text, never as markup.

Every payload in the fixtures sets `window.__pwned` or the document title when it runs, and the
browser's dialogs are replaced by the same trap before the page loads. The page is checked
twice: with its Content-Security-Policy, and with the CSP bypassed, which proves the escaping
holds by itself and the CSP is a second wall, not the only one.
"""

import pytest

from conftest import expect

# What the page is allowed to contain, whatever the articles say.
STRUCTURE = """(() => {
  const all = Array.from(document.querySelectorAll('*'));
  const handlers = all.filter(e => Array.from(e.attributes).some(a => a.name.toLowerCase().startsWith('on')));
  const links = Array.from(document.querySelectorAll('[href], [src], [action], [formaction], [srcdoc]'))
    .map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || 'srcdoc')
    .filter(v => !(v.startsWith('#') || v.startsWith('http://') || v.startsWith('https://')));
  return {
    scripts: document.querySelectorAll('script').length,
    executable: document.querySelectorAll('script:not([type="application/json"])').length,
    embedded: document.querySelectorAll('img, iframe, frame, object, embed, video, audio, form, base, link, meta[http-equiv="refresh"]').length,
    bold: document.querySelectorAll('main b').length,
    handlers: handlers.map(e => e.tagName),
    links: links,
    pwned: window.__pwned === undefined ? null : String(window.__pwned),
    title: document.title,
  };
})()"""



def exercise(page):
    """Clicks every sentence, quote and fact and shows every source, so every dynamic path
    (info panel, tooltips, word diff) handles the payloads too."""
    count = page.js("document.querySelectorAll('article.text').length")
    for left in range(count):
        for right in range(count):
            if left == right:
                continue
            page.js(f"(() => {{ const l = document.getElementById('pick-left'), r = document.getElementById('pick-right');"
                    f" r.value = '{right}'; r.dispatchEvent(new Event('change'));"
                    f" l.value = '{left}'; l.dispatchEvent(new Event('change')); }})()")
            page.js("document.querySelectorAll('#pane-left .s, #pane-right .s').forEach(s => s.click())")
    page.js("document.querySelectorAll('button.quote-pick, button.fact-pick, td.cell').forEach(b => b.click())")
    page.js("document.querySelectorAll('td.cell').forEach(c => c.focus())")
    page.js("document.querySelectorAll('#info button').forEach(b => b.click())")
    page.settle(0.5)


def check(page, report, bypass):
    page.load(report, bypass_csp=bypass)
    expect(page.problems() == [], f"console problems: {page.problems()}")
    exercise(page)
    found = page.js(STRUCTURE)
    expect(found["pwned"] is None, f"a payload ran: window.__pwned = {found['pwned']}")
    # A payload that ran sets the title to exactly PWNED; an article title that quotes the
    # payload is shown as text, and that text may contain the word.
    expect(found["title"].strip() != "PWNED", f"a payload set the title: {found['title']}")
    expect(found["scripts"] == 2 and found["executable"] == 1, f"script elements: {found}")
    expect(found["embedded"] == 0, f"img/iframe/… elements appeared: {found['embedded']}")
    expect(found["bold"] == 0, "<b> from an article became markup")
    expect(found["handlers"] == [], f"elements with event-handler attributes: {found['handlers']}")
    expect(found["links"] == [], f"non-web links: {found['links']}")
    expect(page.problems() == [], f"console problems after clicking around: {page.problems()}")
    return found


@pytest.mark.parametrize("viewer", ["page", "phone"])
def test_article_markup_stays_text_with_the_csp(viewer, request, reports):
    page = request.getfixturevalue(viewer)
    check(page, reports["hostile"], bypass=False)
    text = page.js("document.querySelector('main').textContent")
    for payload in ["<script>window.__pwned='script';document.title='PWNED'</script>",
                    "<img src=x onerror=\"window.__pwned='img';document.title='PWNED'\">",
                    "</script><script>window.__pwned='json';document.title='PWNED'</script>",
                    "javascript:window.__pwned='link'"]:
        expect(payload in text, f"payload not shown as text: {payload}")
    data = page.js("document.getElementById('report-data').textContent")
    expect("</script>" not in data and "<" not in data, "the data block holds no raw <")
    parsed = page.js("JSON.stringify(JSON.parse(document.getElementById('report-data').textContent))")
    expect("Never again </script><script>window.__pwned='quote'</script>" in parsed,
           "the JSON carries the quote with its </script> exactly")
    page.screenshot(f"hostile-{page.viewport['width']}.png")


def test_nothing_runs_even_with_the_csp_bypassed(page, reports):
    check(page, reports["hostile"], bypass=True)
