/* The coverage report's behaviour: choose the two texts, click a sentence, quote or fact to find
   its counterparts, synchronised scrolling, filters, keyboard. Text from the report only ever
   reaches the page through textContent; nothing here writes markup. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const MATCH = data.match;
  const $ = (selector, root) => (root || document).querySelector(selector);
  const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));
  const texts = new Map($$("article.text").map((el) => [Number(el.dataset.src), el]));
  const panes = { left: $("#pane-left"), right: $("#pane-right") };
  const picks = { left: $("#pick-left"), right: $("#pick-right") };
  const shelf = $("#shelf"), info = $("#info"), sync = $("#sync-scroll");
  const shown = { left: Number(picks.left.value), right: Number(picks.right.value) };
  const other = (side) => (side === "left" ? "right" : "left");
  const sideOf = (src) => (shown.left === src ? "left" : shown.right === src ? "right" : null);
  const holdUntil = { left: 0, right: 0 };
  let selected = null; /* { src, index } */
  /* On a narrow screen (the CSS's breakpoint) only the left pane shows: the right pane's source is
     what it is compared with, and a counterpart is reached by a jump that swaps the two. */
  const narrow = window.matchMedia("screen and (max-width: 760px)");

  function node(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  /* Sentences: "src.index" keys, elements in page order, counterparts from the data block. */
  function elementsOf(src, index) { return $$('.s[data-s="' + src + "." + index + '"]', texts.get(src)); }
  function counterparts(src, index) {
    const row = (data.sentences[src] || [])[index] || [];
    /* Why a paraphrase was linked: per counterpart, in the same order, the words it was matched on. */
    const grounds = ((data.grounds || [])[src] || [])[index] || [];
    const list = [];
    for (let i = 1, n = 0; i + 3 < row.length; i += 4, n++) {
      list.push({ src: row[i], index: row[i + 1], similarity: row[i + 2], match: row[i + 3], grounds: grounds[n] || [] });
    }
    return list;
  }
  function matchAgainst(src, index, partner) {
    let best = 3;
    for (const c of counterparts(src, index)) if (c.src === partner && c.match < best) best = c.match;
    return best;
  }
  function keyOf(el) { const [src, index] = el.dataset.s.split(".").map(Number); return { src, index }; }
  function sentencesIn(side, visibleOnly) {
    const seen = new Set(), list = [];
    for (const el of $$(".s", panes[side])) {
      if (seen.has(el.dataset.s) || (visibleOnly && el.offsetParent === null)) continue;
      seen.add(el.dataset.s);
      list.push(el);
    }
    return list;
  }

  /* Classes and word diffs depend on which two texts face each other. */
  function reclass() {
    for (const side of ["left", "right"]) {
      const partner = shown[other(side)];
      for (const el of $$(".s", panes[side])) {
        const { src, index } = keyOf(el);
        const match = MATCH[matchAgainst(src, index, partner)];
        for (const name of MATCH) el.classList.toggle("m-" + name, name === match);
      }
    }
    for (const w of $$(".w.dw")) w.classList.remove("dw");
    for (const el of sentencesIn("left", false)) {
      const { src, index } = keyOf(el);
      const facing = counterparts(src, index).filter((c) => c.src === shown.right && MATCH[c.match] === "edited");
      if (facing.length === 0) continue;
      const mine = elementsOf(src, index).flatMap((e) => $$(".w", e));
      const theirs = facing.flatMap((c) => elementsOf(c.src, c.index)).flatMap((e) => $$(".w", e));
      if (mine.length === 0 || theirs.length === 0) continue;
      const diff = copydeskWordDiff(mine.map((w) => copydeskWordKey(w.textContent)), theirs.map((w) => copydeskWordKey(w.textContent)));
      mine.forEach((w, i) => w.classList.toggle("dw", !diff.a[i]));
      theirs.forEach((w, i) => w.classList.toggle("dw", !diff.b[i]));
    }
  }

  function setPair(left, right) {
    if (left === right) return;
    clearMarks();
    for (const side of ["left", "right"]) {
      const current = texts.get(shown[side]);
      if (current && current.parentNode === panes[side]) shelf.appendChild(current);
    }
    shown.left = left; shown.right = right;
    for (const side of ["left", "right"]) {
      panes[side].appendChild(texts.get(shown[side]));
      picks[side].value = String(shown[side]);
      panes[side].scrollTop = 0;
    }
    reclass();
  }

  function choose(side, src) {
    if (src === shown[side]) return;
    if (src === shown[other(side)]) {
      side === "left" ? setPair(src, shown.left) : setPair(shown.right, src);
    } else {
      side === "left" ? setPair(src, shown.right) : setPair(shown.left, src);
    }
  }

  /* Puts `src` in a pane if it is in neither, replacing the right one (or the left, if `src`
     would face itself). Returns the side it is on. */
  function bringIn(src, keep) {
    const side = sideOf(src);
    if (side) return side;
    if (keep === "right") { setPair(src, shown.right); return "left"; }
    setPair(shown.left, src);
    return "right";
  }

  function clearMarks() {
    for (const el of $$(".sel, .cp, .flash, .on")) el.classList.remove("sel", "cp", "flash", "on");
    for (const el of $$(".pane .gw")) el.classList.remove("gw");
    for (const el of $$(".pane .why")) el.remove();
    selected = null;
  }

  /* Matched words: "resigned ~ quit" is the selected sentence's word, then its counterpart's.
     A word is found as the page cut it into .w pieces ("U.S." is two, "Kassym-Jomart" one); in
     the counterpart a word given once may be inflected ("resigns"), so when it is not printed as
     such, its closest inflection (sharing all but the last two letters) is marked. */
  function piecesOf(word) { return word.split(/[^\p{L}\p{M}\p{N}'’-]+/u).filter(Boolean).map(copydeskWordKey); }
  function commonPrefix(a, b) { let n = 0; while (n < a.length && n < b.length && a[n] === b[n]) n++; return n; }
  function markWords(words, word, inflected) {
    const pieces = piecesOf(word);
    if (!pieces.length) return;
    const keys = words.map((w) => copydeskWordKey(w.textContent));
    const fits = (key, piece) => key === piece || key.split("-").includes(piece);
    const run = (list) => {
      let found = false;
      for (let i = 0; i + list.length <= words.length; i++) {
        if (!list.every((piece, j) => fits(keys[i + j], piece))) continue;
        for (let j = 0; j < list.length; j++) words[i + j].classList.add("gw");
        found = true;
      }
      return found;
    };
    /* "high-level" may be printed "high level" on the other side, and a fact or quote mark
       inside "Kazakhstan's" cuts it into "Kazakhstan" and "s" on the page. */
    const parts = pieces.flatMap((piece) => piece.split(/[-']/)).filter(Boolean);
    if (run(pieces) || (parts.length > pieces.length && run(parts))) return;
    if (!inflected || pieces.length !== 1) return;
    const piece = pieces[0];
    let best = 0, closest = null;
    for (const part of keys.flatMap((key) => key.split("-"))) {
      const shared = commonPrefix(part, piece);
      if (shared >= 3 && Math.min(part.length, piece.length) - shared <= 2 && shared > best) { best = shared; closest = part; }
    }
    if (closest) words.forEach((w, i) => { if (fits(keys[i], closest)) w.classList.add("gw"); });
  }
  function markGrounds(src, index, facing) {
    const mine = elementsOf(src, index).flatMap((e) => $$(".w", e));
    for (const c of facing) {
      const theirs = elementsOf(c.src, c.index).flatMap((e) => $$(".w", e));
      for (const entry of c.grounds) {
        const [word, other] = entry.split(" ~ ");
        markWords(mine, word, false);
        markWords(theirs, other === undefined ? word : other, other === undefined);
      }
    }
  }
  /* The grounds in words beside the selected sentence, so the marks never speak by colour alone
     and the reader need not look away from the text (on a phone the panel below says it). */
  function noteGrounds(mine, facing) {
    const last = mine[mine.length - 1];
    if (!last) return;
    for (const c of facing.filter((c) => c.grounds.length).reverse()) {
      const note = node("span", "why");
      const icon = node("span", "ico", "≈");
      icon.setAttribute("aria-hidden", "true");
      const letter = data.sources[c.src].name.split(" · ")[0];
      note.append(icon, node("span", null, " " + letter + ", sentence " + (c.index + 1) + " — matched on: "));
      appendWords(note, c.grounds);
      last.after(note);
    }
  }
  function appendWords(parent, words) {
    words.forEach((word, i) => {
      if (i) parent.append(node("span", null, ", "));
      parent.append(node("span", "gw", word));
    });
  }

  function scrollWithin(side, el, top) {
    holdUntil[side] = performance.now() + 150;
    const pane = panes[side];
    pane.scrollTop = top === undefined ? Math.max(0, el.offsetTop - pane.clientHeight / 3) : top;
  }

  function flash(el) { el.classList.remove("flash"); void el.offsetWidth; el.classList.add("flash"); }

  function selectSentence(src, index, options) {
    clearMarks();
    selected = { src, index };
    const mine = elementsOf(src, index);
    mine.forEach((el) => el.classList.add("sel"));
    const side = sideOf(src);
    if (!mine.length || !side) return;
    if (options && options.reveal) scrollWithin(side, mine[0]);
    const list = counterparts(src, index);
    const facing = list.filter((c) => c.src === shown[other(side)]);
    const targets = facing.flatMap((c) => elementsOf(c.src, c.index));
    targets.forEach((el) => { el.classList.add("cp"); flash(el); });
    markGrounds(src, index, facing);
    noteGrounds(mine, facing);
    if (targets.length) {
      const delta = mine[0].offsetTop - panes[side].scrollTop;
      scrollWithin(other(side), targets[0], targets[0].offsetTop - delta);
    }
    describeSentence(src, index, list);
  }

  function describeSentence(src, index, list) {
    info.replaceChildren();
    const text = elementsOf(src, index).map((el) => el.textContent).join(" ");
    const head = node("div");
    head.append(node("strong", null, data.sources[src].name + ", sentence " + (index + 1) + ": "), node("span", null, clip(text, 160)));
    info.append(head);
    const items = node("ul");
    /* The source it is compared with first: on a phone the panel shows only its first lines. */
    const side = sideOf(src), facingSrc = side ? shown[other(side)] : -1;
    const order = data.sources.map((_, s) => s).sort((a, b) => (b === facingSrc) - (a === facingSrc));
    order.forEach((s) => {
      const source = data.sources[s];
      if (s === src) return;
      const found = list.filter((c) => c.src === s);
      const item = node("li");
      item.append(node("span", null, source.name + ": "));
      if (!found.length) item.append(node("em", null, "not carried"));
      found.forEach((c, i) => {
        if (i) item.append(node("span", null, "; "));
        const button = node("button", "link", MATCH[c.match] + " — sentence " + (c.index + 1) + " (similarity " + c.similarity.toFixed(2) + ")");
        button.type = "button";
        button.addEventListener("click", () => {
          if (narrow.matches) { jumpTo(s, c.index, src); return; }
          const keep = sideOf(src) || "left";
          if (!sideOf(s)) bringIn(s, keep);
          selectSentence(src, index, { reveal: true });
        });
        item.append(button);
        if (c.grounds.length) {
          const why = node("span", "why-list", "; matched on: ");
          appendWords(why, c.grounds);
          item.append(why);
        }
      });
      items.append(item);
    });
    info.append(items);
  }

  /* One pane: read `src` (compared with `from`) at its sentence `index`. */
  function jumpTo(src, index, from) {
    if (shown.left !== src || shown.right !== from) setPair(src, from === src ? shown.left : from);
    selectSentence(src, index, { reveal: true });
    const mine = elementsOf(src, index);
    if (mine.length) flash(mine[0]);
    panes.left.focus({ preventScroll: true });
  }

  function clip(text, length) { return text.length > length ? text.slice(0, length - 1) + "…" : text; }

  /* Quotes and facts: every marked span of the same id, in both panes, and the matrix row. */
  function pick(kind, id, wanted) {
    clearMarks();
    const attr = kind === "q" ? "data-q" : "data-f";
    if (wanted !== undefined && narrow.matches && shown.left !== wanted) choose("left", wanted);
    else if (wanted !== undefined && !sideOf(wanted)) bringIn(wanted, "left");
    const spans = $$("." + kind + "[" + attr + "]").filter((el) => el.getAttribute(attr).split(" ").includes(String(id)));
    spans.forEach((el) => el.classList.add("on"));
    const row = $("tr[" + attr + '="' + id + '"]');
    if (row) row.classList.add("on");
    for (const side of ["left", "right"]) {
      const first = spans.find((el) => panes[side].contains(el) && el.offsetParent !== null);
      if (first) { scrollWithin(side, first); flash(first); }
    }
    info.replaceChildren();
    const item = kind === "q" ? data.quotes[id] : data.facts[id];
    const head = node("div");
    if (kind === "q") head.append(node("strong", null, (item.speaker || "Unnamed speaker") + ": "), node("span", null, "“" + clip(item.text, 200) + "”"));
    else head.append(node("strong", null, item.kind + ": "), node("span", null, item.value));
    info.append(head);
    const items = node("ul");
    data.sources.forEach((source, s) => {
      const mentions = item.mentions ? item.mentions[s] : 0;
      const status = kind === "q" ? item.status[s] : mentions ? mentions + (mentions === 1 ? " mention" : " mentions") : "absent";
      const li = node("li", null, source.name + ": " + status + (sideOf(s) ? "" : " (not in a pane)"));
      items.append(li);
    });
    info.append(items);
  }

  function revealReading() {
    const section = $("#reading");
    if (section.getBoundingClientRect().top > window.innerHeight * 0.5 || section.getBoundingClientRect().bottom < 0) section.scrollIntoView({ block: "start" });
  }

  /* Scrolling one pane brings the other to the counterpart of its first sentence in view. */
  function align(side) {
    if (!sync.checked || performance.now() < holdUntil[side]) return;
    const pane = panes[side], partner = shown[other(side)];
    const list = sentencesIn(side, true);
    let at = list.findIndex((el) => el.offsetTop + el.offsetHeight > pane.scrollTop);
    if (at < 0) at = list.length - 1;
    for (let i = at; i >= 0; i--) {
      const { src, index } = keyOf(list[i]);
      const target = counterparts(src, index).filter((c) => c.src === partner)
        .flatMap((c) => elementsOf(c.src, c.index)).find((el) => el.offsetParent !== null);
      if (target) { scrollWithin(other(side), target, target.offsetTop - (list[i].offsetTop - pane.scrollTop)); return; }
    }
    const ratio = pane.scrollTop / Math.max(1, pane.scrollHeight - pane.clientHeight);
    const facing = panes[other(side)];
    scrollWithin(other(side), null, ratio * (facing.scrollHeight - facing.clientHeight));
  }

  for (const side of ["left", "right"]) {
    let queued = false;
    panes[side].addEventListener("scroll", () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => { queued = false; align(side); });
    });
    picks[side].addEventListener("change", () => choose(side, Number(picks[side].value)));
    panes[side].addEventListener("click", (event) => {
      const sentence = event.target.closest(".s");
      if (!sentence) return;
      const { src, index } = keyOf(sentence);
      const quote = event.target.closest(".q");
      selectSentence(src, index);
      if (quote) {
        const id = Number(quote.dataset.q.split(" ")[0]);
        $$(".q[data-q]").filter((el) => el.dataset.q.split(" ").includes(String(id))).forEach((el) => el.classList.add("on"));
        const row = $('tr[data-q="' + id + '"]');
        if (row) row.classList.add("on");
      }
      panes[side].focus({ preventScroll: true });
    });
    panes[side].addEventListener("keydown", (event) => keys(side, event));
  }

  function keys(side, event) {
    const list = sentencesIn(side, true);
    const current = selected && sideOf(selected.src) === side
      ? list.findIndex((el) => el.dataset.s === selected.src + "." + selected.index) : -1;
    const partner = shown[other(side)];
    const isDifference = (el) => { const { src, index } = keyOf(el); return MATCH[matchAgainst(src, index, partner)] !== "verbatim"; };
    let next = null;
    switch (event.key) {
      case "ArrowDown": case "j": next = current < 0 ? firstInView(side, list) : Math.min(list.length - 1, current + 1); break;
      case "ArrowUp": case "k": next = current < 0 ? firstInView(side, list) : Math.max(0, current - 1); break;
      case "n": next = list.findIndex((el, i) => i > current && isDifference(el)); break;
      case "p": { for (let i = current - 1; i >= 0; i--) if (isDifference(list[i])) { next = i; break; } break; }
      case "Enter": case " ": next = current < 0 ? firstInView(side, list) : current; break;
      case "Escape": clearMarks(); info.replaceChildren(node("span", null, "Selection cleared.")); event.preventDefault(); return;
      case "ArrowLeft": case "ArrowRight": {
        if (narrow.matches) {
          /* One pane: either arrow jumps to the counterpart in the source it is compared with. */
          event.preventDefault();
          const counterpart = $(".s.cp", panes.right);
          if (counterpart && selected) { const { src, index } = keyOf(counterpart); jumpTo(src, index, selected.src); }
          return;
        }
        const target = event.key === "ArrowLeft" ? "left" : "right";
        if (target === side) return;
        event.preventDefault();
        panes[target].focus();
        const counterpart = $(".s.cp", panes[target]);
        if (counterpart) { const { src, index } = keyOf(counterpart); selectSentence(src, index, { reveal: true }); }
        return;
      }
      default: return;
    }
    event.preventDefault();
    if (next === null || next < 0 || !list[next]) return;
    const { src, index } = keyOf(list[next]);
    selectSentence(src, index);
    const el = list[next], pane = panes[side];
    if (el.offsetTop < pane.scrollTop || el.offsetTop + el.offsetHeight > pane.scrollTop + pane.clientHeight) {
      scrollWithin(side, el);
      selectSentence(src, index); /* again, so the counterpart lines up with the new position */
    }
  }

  function firstInView(side, list) {
    const top = panes[side].scrollTop;
    const at = list.findIndex((el) => el.offsetTop + el.offsetHeight > top);
    return at < 0 ? 0 : at;
  }

  /* Matrices. */
  document.addEventListener("click", (event) => {
    const button = event.target.closest("button.quote-pick, button.fact-pick, td.cell, button.pair");
    if (!button) return;
    if (button.classList.contains("pair")) {
      const [a, b] = button.dataset.pair.split(",").map(Number);
      setPair(a, b);
      revealReading();
      return;
    }
    const kind = button.dataset.q !== undefined ? "q" : "f";
    const id = Number(kind === "q" ? button.dataset.q : button.dataset.f);
    const wanted = button.dataset.src !== undefined ? Number(button.dataset.src) : undefined;
    pick(kind, id, wanted);
    revealReading();
  });
  document.addEventListener("keydown", (event) => {
    if ((event.key === "Enter" || event.key === " ") && event.target.matches && event.target.matches("td.cell")) {
      event.preventDefault();
      event.target.click();
    }
  });

  /* Filters. */
  function filter(id, className) {
    const box = $("#" + id);
    const apply = () => { document.body.classList.toggle(className, box.checked); align("left"); };
    box.addEventListener("change", apply);
    apply();
  }
  filter("filter-quotes", "only-quotes");
  filter("filter-verbatim", "hide-verbatim");

  reclass();
  document.body.classList.add("ready");
})();
