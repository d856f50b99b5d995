/* The clusters page: draws cluster cards from the data block a screenful at a time, searches
   them, and shows a member's word diff against its representative. Text reaches the page only
   through textContent and text nodes; nothing here writes markup. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const REL = data.relations;
  const ICON = { representative: "★", identical: "=", near_duplicate: "≈", contained: "⊂", contains: "⊃" };
  const CHUNK = 40;
  const list = document.getElementById("cluster-list");
  const more = document.getElementById("more");
  const search = document.getElementById("search");
  const count = document.getElementById("count");
  const cut = new Set(data.cut);
  let matches = data.clusters.map((_, i) => i);
  let rendered = 0;
  let terms = [];
  const haystacks = [];

  function node(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined && text !== null) el.textContent = text;
    return el;
  }
  function doc(i) {
    const d = data.docs[i];
    return { index: i, id: d[0], source: d[1], title: d[2], outlet: d[3] >= 0 ? data.outlets[d[3]] : null, published: d[4], length: d[5] };
  }
  function members(c) {
    const row = data.clusters[c];
    const out = [{ doc: row[1], relation: "representative", similarity: 1 }];
    for (let i = 2; i + 2 < row.length; i += 3) out.push({ doc: row[i], relation: REL[row[i + 1]], similarity: row[i + 2] });
    return out;
  }
  const label = (relation) => relation.replace("_", " ");

  /* Text with the search terms marked, as text nodes and <mark> elements. */
  function marked(text) {
    const fragment = document.createDocumentFragment();
    if (!text) { fragment.append("—"); return fragment; }
    if (!terms.length) { fragment.append(text); return fragment; }
    const lower = text.toLowerCase();
    let at = 0;
    while (at < text.length) {
      let next = -1, length = 0;
      for (const term of terms) {
        const found = lower.indexOf(term, at);
        if (found >= 0 && (next < 0 || found < next)) { next = found; length = term.length; }
      }
      if (next < 0) { fragment.append(text.slice(at)); break; }
      if (next > at) fragment.append(text.slice(at, next));
      fragment.append(node("mark", null, text.slice(next, next + length)));
      at = next + length;
    }
    return fragment;
  }

  function card(c) {
    const row = data.clusters[c];
    const all = members(c);
    const section = node("section", "cluster");
    section.id = "cluster-" + row[0];
    const head = node("h3");
    head.tabIndex = -1;
    head.append(node("span", null, "Cluster " + row[0] + " · " + all.length + " documents"));
    const tally = {};
    for (const m of all.slice(1)) tally[m.relation] = (tally[m.relation] || 0) + 1;
    head.append(node("span", "tally", Object.keys(tally).map((r) => tally[r] + " " + label(r)).join(" · ")));
    section.append(head);
    const wrap = node("div", "scroll-x");
    const table = node("table", "cards");
    const header = node("tr");
    for (const name of ["Relation", "Outlet", "Published", "Title", "Id / source", "Similarity", "Word diff"]) {
      const th = node("th", null, name);
      th.scope = "col";
      header.append(th);
    }
    /* The buttons' column: named for screen readers, no word above the buttons. */
    header.lastChild.replaceChildren(node("span", "vh", "Word diff"));
    const thead = node("thead");
    thead.append(header);
    const tbody = node("tbody");
    const representative = all[0].doc;
    for (const m of all) {
      const d = doc(m.doc);
      const tr = node("tr", m.relation === "representative" ? "rep" : null);
      const relation = node("td");
      const badge = node("span", "rel rel-" + m.relation);
      badge.append(node("span", "ico", ICON[m.relation] || "?"), " " + label(m.relation));
      badge.firstChild.setAttribute("aria-hidden", "true");
      relation.append(badge);
      const outlet = node("td", "outlet"); outlet.append(marked(d.outlet));
      const title = node("td", "title"); title.append(marked(d.title));
      const where = d.source.split("/").pop();
      const id = node("td", "id"); id.append(marked(d.id === d.source ? where : d.id + " · " + where));
      id.title = d.source;
      const similarity = node("td", "sim", m.similarity.toFixed(2));
      const bar = node("span", "sim-bar");
      const fill = node("span");
      fill.style.width = Math.round(m.similarity * 100) + "%";
      bar.append(fill);
      bar.setAttribute("aria-hidden", "true");
      similarity.append(bar);
      const action = node("td", "action");
      if (m.relation !== "representative") {
        if (data.texts[m.doc] !== null && data.texts[representative] !== null) {
          const button = node("button", "diff", "Diff");
          button.type = "button";
          button.setAttribute("aria-expanded", "false");
          button.setAttribute("aria-label", "Word diff of " + (d.title || d.id) + " against the representative");
          button.addEventListener("click", () => toggleDiff(tr, button, representative, m.doc));
          action.append(button);
        } else {
          action.append(node("span", "note", "no text"));
          action.title = "The text is not embedded in this report (size limit or standard input).";
        }
      }
      tr.append(relation, outlet, node("td", "published", d.published || "—"), title, id, similarity, action);
      tbody.append(tr);
    }
    table.append(thead, tbody);
    wrap.append(table);
    section.append(wrap);
    return section;
  }

  function toggleDiff(tr, button, representative, member) {
    const next = tr.nextElementSibling;
    if (next && next.classList.contains("diff-row")) {
      next.remove();
      tr.classList.remove("open");
      button.setAttribute("aria-expanded", "false");
      return;
    }
    const row = node("tr", "diff-row");
    const cell = node("td");
    cell.colSpan = 7;
    cell.append(diffView(representative, member));
    row.append(cell);
    tr.after(row);
    tr.classList.add("open");
    button.setAttribute("aria-expanded", "true");
  }

  /* The member's text with the representative's words it lacks struck out and its own extra
     words underlined; long identical stretches fold to a button. */
  function diffView(representative, member) {
    const view = node("div", "diff-view");
    const a = tokens(data.texts[representative]), b = tokens(data.texts[member]);
    const diff = copydeskWordDiff(a.keys, b.keys, 6000);
    const parts = [];
    let i = 0, j = 0, removed = 0, added = 0;
    const push = (kind, word, space) => {
      const last = parts[parts.length - 1];
      if (last && last.kind === kind) { last.words.push(word, space); } else parts.push({ kind, words: [word, space] });
    };
    while (i < a.words.length || j < b.words.length) {
      if (i < a.words.length && !diff.a[i]) { push("del", a.words[i], a.spaces[i]); i++; removed++; }
      else if (j < b.words.length && !diff.b[j]) { push("ins", b.words[j], b.spaces[j]); j++; added++; }
      else { push("same", b.words[j], b.spaces[j]); i++; j++; }
    }
    const head = node("div", "diff-head", "Against the representative: " + removed + " words removed, " + added + " added" +
      (cut.has(representative) || cut.has(member) ? " (compared on the first part of the text only)" : "") + ".");
    const text = node("div", "diff-text");
    for (const part of parts) {
      const words = part.words;
      const tag = part.kind === "same" ? null : part.kind;
      const n = words.length / 2;
      if (n <= 80) { text.append(wrap(tag, words.join(""))); continue; }
      /* A long stretch (identical, or cut from a truncated reprint) folds to its ends. */
      const hidden = words.slice(40, words.length - 20).join("");
      const fold = node("button", "same", "… " + (n - 30) + (tag === "del" ? " more removed" : tag === "ins" ? " more added" : " identical") + " words …");
      fold.type = "button";
      fold.addEventListener("click", () => fold.replaceWith(wrap(tag, hidden)));
      text.append(wrap(tag, words.slice(0, 40).join("")), fold, wrap(tag, words.slice(words.length - 20).join("")));
    }
    view.append(head, text);
    return view;
  }

  function wrap(tag, text) { return tag ? node(tag, null, text) : document.createTextNode(text); }

  function tokens(text) {
    const words = [], spaces = [], keys = [];
    const re = /(\S+)(\s*)/g;
    const lead = /^\s*/.exec(text)[0].length;
    re.lastIndex = lead;
    let match;
    while ((match = re.exec(text)) !== null) {
      words.push(match[1]); spaces.push(match[2]); keys.push(copydeskWordKey(match[1]));
    }
    return { words, spaces, keys };
  }

  function renderMore() {
    const stop = Math.min(matches.length, rendered + CHUNK);
    const fragment = document.createDocumentFragment();
    for (; rendered < stop; rendered++) fragment.append(card(matches[rendered]));
    list.append(fragment);
    more.textContent = rendered < matches.length
      ? "Showing " + rendered + " of " + matches.length + " clusters; scroll for more."
      : matches.length ? "All " + matches.length + " clusters shown." : "";
  }

  function reset() {
    list.replaceChildren();
    rendered = 0;
    if (!matches.length) {
      list.append(node("p", "note", data.clusters.length ? "No cluster matches the search." : "No reprinted copy found: every document is unique."));
    }
    renderMore();
    count.textContent = (terms.length ? matches.length + " of " : "") + data.clusters.length + " clusters";
  }

  function haystack(c) {
    if (haystacks[c] === undefined) {
      haystacks[c] = members(c).map((m) => {
        const d = doc(m.doc);
        return [d.id, d.source, d.title, d.outlet, d.published, data.texts[m.doc]].filter(Boolean).join("\n");
      }).join("\n").toLowerCase();
    }
    return haystacks[c];
  }

  let timer = 0;
  search.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      matches = [];
      for (let c = 0; c < data.clusters.length; c++) {
        if (!terms.length || terms.every((t) => haystack(c).includes(t))) matches.push(c);
      }
      reset();
      document.body.dataset.searched = String(Date.now());
    }, 120);
  });

  new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting) && rendered < matches.length) renderMore();
  }, { rootMargin: "1200px 0px" }).observe(more);

  document.addEventListener("keydown", (event) => {
    if (event.target.matches("input, textarea, select")) { if (event.key === "Escape") event.target.blur(); return; }
    if (event.key === "/") { event.preventDefault(); search.focus(); search.select(); return; }
    if (event.key !== "j" && event.key !== "k") return;
    const cards = Array.from(list.querySelectorAll(".cluster"));
    const current = cards.findIndex((el) => el.contains(document.activeElement));
    let next = event.key === "j" ? current + 1 : current - 1;
    if (current < 0) next = 0;
    if (next >= cards.length && rendered < matches.length) { renderMore(); cards.push(...Array.from(list.querySelectorAll(".cluster")).slice(cards.length)); }
    if (next < 0 || next >= cards.length) return;
    event.preventDefault();
    const target = cards[next].querySelector("button.diff") || cards[next].querySelector("h3");
    target.focus();
    cards[next].scrollIntoView({ block: "nearest" });
  });

  function followHash() {
    const number = Number((location.hash.match(/^#cluster-(\d+)$/) || [])[1]);
    if (!number) return;
    const at = matches.findIndex((c) => data.clusters[c][0] === number);
    if (at < 0) return;
    while (rendered <= at) renderMore();
    const el = document.getElementById("cluster-" + number);
    el.scrollIntoView();
    el.querySelector("h3").focus();
  }
  window.addEventListener("hashchange", followHash);

  reset();
  followHash();
  document.body.classList.add("ready");
})();
