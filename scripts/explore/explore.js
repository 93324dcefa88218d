/* newsfigures explorer: the tooltip and row panel of article pages, the filterable and sortable
   table pages, the charts page. Plain browser JavaScript, no dependency but uPlot (charts page),
   no network: the data come in data/*.js and the article pages' JSON script elements. */
"use strict";

(function () {
  const page = document.body.dataset.page;
  const root = document.body.dataset.root || "";

  function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  }

  /* A number as written in the CSV, with thousands separators (string work: no rounding). */
  function groupDigits(s) {
    const m = /^(-?)(\d+)(\.\d+)?$/.exec(s);
    if (!m) return s;
    return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (m[3] || "");
  }

  /* Rendered: after the next frame (layout and paint included), the time since navigation started. */
  function markReady(complete = true) {
    requestAnimationFrame(() =>
      setTimeout(() => {
        document.documentElement.dataset.ready = String(Math.round(performance.now()));
        if (complete) document.documentElement.dataset.complete = "1";
      }, 0),
    );
  }

  /* ---------------------------------------------------------------- article pages */

  function article() {
    const rows = JSON.parse(document.getElementById("rows").textContent);
    const marks = Array.from(document.querySelectorAll("#text mark.m"));
    const tip = document.getElementById("tip");
    const panel = document.getElementById("row");
    const HIDDEN_IN_TIP = new Set(["source_id", "line", "start", "end", "quote", "sentence"]);
    let opener = null;

    function tipHtml(r) {
      const cells = r.f.filter(([k]) => !HIDDEN_IN_TIP.has(k));
      const display = r.f.find(([k]) => k === "display");
      return (
        `<p class="tip-head"><strong>${esc(r.label)}</strong> · ${esc(r.t)}${display ? ` · ${esc(display[1])}` : ""}</p><dl>` +
        cells.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(k === "value" || k === "value_to" ? groupDigits(v) : v)}</dd>`).join("") +
        `</dl><p class="tip-foot">Click or Enter: the whole row</p>`
      );
    }

    function showTip(mark) {
      const i = mark.dataset.i;
      if (i === undefined) {
        tip.innerHTML = "<p><strong>Unexplained numeral</strong>: in no figure, date or exclusion.</p>";
      } else {
        tip.innerHTML = tipHtml(rows[+i]);
      }
      tip.hidden = false;
      /* below the highlight's last line (a highlight may wrap), else above its first */
      const rects = mark.getClientRects();
      const first = rects[0] || mark.getBoundingClientRect();
      const last = rects[rects.length - 1] || first;
      const w = tip.offsetWidth, h = tip.offsetHeight;
      let box = last;
      let top = last.bottom + 6;
      if (top + h > window.innerHeight - 4 && first.top - h - 6 > 4) { box = first; top = first.top - h - 6; }
      const left = Math.min(Math.max(4, box.left), window.innerWidth - w - 4);
      tip.style.left = left + "px";
      tip.style.top = top + "px";
      mark.setAttribute("aria-describedby", "tip");
    }

    function hideTip(mark) {
      tip.hidden = true;
      if (mark) mark.removeAttribute("aria-describedby");
    }

    function cellHtml(key, value, self, evidence) {
      /* A cell naming another highlighted row of this article links to it; a number gets its thousands;
         a measure, subject or counterpart quotes the words of the text that are its evidence. */
      if (key === "value" || key === "value_to") return esc(groupDigits(value));
      const words = evidence.get(key);
      if (words) return `${esc(value)} <q class="evidence">${esc(words.text)}</q>`;
      const target = rows.findIndex((r) => r.id === value);
      return target >= 0 && target !== self ? `<a href="#${esc(marks.find((m) => m.dataset.i === String(target)).id)}">${esc(value)}</a>` : esc(value);
    }

    /* The UTF-16 index of each code point offset of the article, and its end: the package's offsets count
       code points (Python's), a JavaScript string UTF-16 units, and they part after an emoji. Read once. */
    let unitIndex = null;
    function unitsOf() {
      if (!unitIndex) {
        unitIndex = [0];
        for (const ch of text.textContent) unitIndex.push(unitIndex[unitIndex.length - 1] + ch.length);
      }
      return unitIndex;
    }

    /* The evidence spans of a row (its measure, subject and counterpart, by their _start and _end offsets):
       key -> {start, end, text} in UTF-16 units, the text read from the page's own copy of the article. */
    const EVIDENCE = ["measure", "subject", "counterpart"];
    function evidenceOf(r) {
      const cells = new Map(r.f);
      const out = new Map();
      const whole = text.textContent;
      const units = unitsOf();
      for (const key of EVIDENCE) {
        const a = Number.parseInt(cells.get(key + "_start"), 10);
        const b = Number.parseInt(cells.get(key + "_end"), 10);
        if (cells.get(key) && Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a < b && b < units.length) {
          out.set(key, { start: units[a], end: units[b], text: whole.slice(units[a], units[b]) });
        }
      }
      return out;
    }

    /* A DOM Range over [a, b) of the article's text, whatever highlights the characters lie in. */
    function textRange(a, b) {
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let pos = 0, node, started = false;
      while ((node = walker.nextNode())) {
        const len = node.textContent.length;
        if (!started && a < pos + len) { range.setStart(node, a - pos); started = true; }
        if (started && b <= pos + len) { range.setEnd(node, b - pos); return range; }
        pos += len;
      }
      return null;
    }

    /* Underline the evidence of the open row in the text (CSS custom highlights: no element added). */
    function showEvidence(evidence) {
      if (!window.CSS || !CSS.highlights || typeof Highlight === "undefined") return;
      const ranges = Array.from(evidence.values(), (e) => textRange(e.start, e.end)).filter(Boolean);
      if (ranges.length) CSS.highlights.set("evidence", new Highlight(...ranges));
      else CSS.highlights.delete("evidence");
    }

    function openRow(mark) {
      const i = mark.dataset.i;
      if (i === undefined) return;
      const r = rows[+i];
      const evidence = evidenceOf(r);
      opener = mark;
      panel.innerHTML =
        `<div class="panel-head"><h2>${esc(r.label)}: “${esc(mark.textContent)}”</h2>` +
        `<button type="button" class="close" aria-label="Close the row">×</button></div>` +
        `<table class="record"><tbody>` +
        r.f.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${cellHtml(k, v, +i, evidence)}</td></tr>`).join("") +
        `</tbody></table>` +
        `<p><a href="${root}${esc(r.t)}.html#id=${encodeURIComponent(r.id)}">This row in the ${esc(r.t)} table</a></p>`;
      panel.hidden = false;
      panel.querySelector(".close").addEventListener("click", closeRow);
      marks.forEach((m) => m.classList.toggle("selected", m === mark));
      showEvidence(evidence);
      history.replaceState(null, "", "#" + mark.id);
      panel.focus({ preventScroll: true });
    }

    function closeRow() {
      panel.hidden = true;
      showEvidence(new Map());
      marks.forEach((m) => m.classList.remove("selected"));
      if (opener) opener.focus();
    }

    const text = document.getElementById("text");
    text.addEventListener("mouseover", (e) => { const m = e.target.closest("mark.m"); if (m) showTip(m); });
    text.addEventListener("mouseout", (e) => { const m = e.target.closest("mark.m"); if (m) hideTip(m); });
    text.addEventListener("focusin", (e) => { const m = e.target.closest("mark.m"); if (m) showTip(m); });
    text.addEventListener("focusout", (e) => { const m = e.target.closest("mark.m"); if (m) hideTip(m); });
    text.addEventListener("click", (e) => { const m = e.target.closest("mark.m"); if (m) openRow(m); });
    text.addEventListener("keydown", (e) => {
      const m = e.target.closest("mark.m");
      if (m && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); openRow(m); }
    });
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        hideTip(document.activeElement);
        if (!panel.hidden) closeRow();
        return;
      }
      if (e.target.closest("input, select, textarea") || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === "n" || e.key === "p") {
        const at = marks.indexOf(document.activeElement);
        const next = e.key === "n" ? (at + 1) % marks.length : (at <= 0 ? marks.length - 1 : at - 1);
        if (marks.length) marks[next].focus();
      }
    });
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.matches("mark.m")) {
      target.classList.add("selected");
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
    }
    markReady();
  }

  /* ---------------------------------------------------------------- table pages */

  const FILTER_NAMES = new Set([
    "source_id", "kind", "unit", "period", "period_start", "period_end", "subject", "measure", "indicator",
    "counterpart", "status", "qualifier", "change", "granularity", "resolution", "reason",
  ]);
  const LONG = new Set(["sentence", "note"]);
  /* columns whose cell may list several codes separated by ';' ('GB;NL'): filtered by each code */
  const LISTS = new Set(["subject", "counterpart"]);
  const cellValues = (name, v) => (LISTS.has(name.split(".").pop()) && v.includes(";") ? v.split(";") : [v]);
  const PAGE = 100;

  function table() {
    const D = window.NF_TABLE;
    const base = (name) => name.split(".").pop();
    const filterCols = D.columns.filter((c) => FILTER_NAMES.has(base(c.name)) || c.enum.length);
    const state = { f: {}, q: "", id: "", sort: "", dir: 1, limit: PAGE };
    const tbody = document.querySelector("#grid tbody");
    const thead = document.querySelector("#grid thead");
    const count = document.getElementById("count");
    const more = document.getElementById("more");
    const form = document.getElementById("filters");
    let cols = [], idx = {}, numeric = [];
    const key = (r) => D.key.map((k) => r[idx[k]]).join("|");

    /* columns in the descriptor's order, long text (the sentence, notes) last so that rows stay short */
    function arrange() {
      const order = D.columns.map((c, i) => i).sort((a, b) => LONG.has(base(D.columns[a].name)) - LONG.has(base(D.columns[b].name)) || a - b);
      D.columns = order.map((i) => D.columns[i]);
      D.rows = D.rows.map((r) => order.map((i) => r[i]));
      cols = D.columns;
      idx = Object.fromEntries(cols.map((c, i) => [c.name, i]));
      numeric = cols.map((c) => c.type === "number" || c.type === "integer");
      thead.innerHTML =
        "<tr>" +
        cols
          .map(
            (c, i) =>
              `<th scope="col" data-col="${esc(c.name)}" class="${numeric[i] ? "num" : ""}" title="${esc(c.description)}">` +
              `<button type="button" data-sort="${esc(c.name)}">${esc(c.name)}<span class="arrow" aria-hidden="true"></span></button></th>`,
          )
          .join("") +
        "</tr>";
    }
    arrange();

    function articleLink(r) {
      const a = D.articles[r[idx.source_id]];
      return a ? `${root}articles/${a[1]}#${D.name}-${r[idx.start]}-${r[idx.end]}` : "";
    }

    /* filters: one select per column of a filterable kind, with the count of each value */
    let html = `<label>Search <input type="search" id="q" placeholder="any cell"></label>`;
    for (const c of filterCols) {
      const counts = new Map();
      for (const r of D.rows) for (const v of cellValues(c.name, r[idx[c.name]])) counts.set(v, (counts.get(v) || 0) + 1);
      const values = Array.from(counts.keys()).sort((a, b) => {
        const ta = c.name === "source_id" && D.articles[a] ? D.articles[a][0] : a;
        const tb = c.name === "source_id" && D.articles[b] ? D.articles[b][0] : b;
        return ta.localeCompare(tb);
      });
      const label = c.name === "source_id" ? "article" : c.name;
      html +=
        `<label>${esc(label)} <select data-col="${esc(c.name)}" title="${esc(c.description)}"><option value="">all</option>` +
        values
          .map((v) => {
            const shown = v === "" ? "(empty)" : c.name === "source_id" && D.articles[v] ? D.articles[v][0] : v;
            return `<option value="${esc(v)}">${esc(shown)} (${counts.get(v)})</option>`;
          })
          .join("") +
        `</select></label>`;
    }
    html += `<button type="button" id="reset">Clear filters</button>`;
    form.innerHTML = html;

    function fromHash() {
      const p = new URLSearchParams(location.hash.slice(1));
      state.f = {};
      for (const c of filterCols) if (p.has(c.name)) state.f[c.name] = p.get(c.name);
      state.q = p.get("q") || "";
      state.id = p.get("id") || "";
      state.sort = p.get("sort") || "";
      state.dir = p.get("dir") === "desc" ? -1 : 1;
      form.querySelectorAll("select").forEach((s) => { s.value = state.f[s.dataset.col] || ""; });
      document.getElementById("q").value = state.q;
    }

    function toHash() {
      const p = new URLSearchParams();
      for (const [k, v] of Object.entries(state.f)) p.set(k, v);
      if (state.q) p.set("q", state.q);
      if (state.id) p.set("id", state.id);
      if (state.sort) { p.set("sort", state.sort); p.set("dir", state.dir < 0 ? "desc" : "asc"); }
      const h = p.toString();
      history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
    }

    function matching() {
      const fs = Object.entries(state.f).map(([k, v]) => [idx[k], v, k]);
      const q = state.q.toLowerCase();
      let out = D.rows.filter(
        (r) =>
          fs.every(([i, v, k]) => r[i] === v || cellValues(k, r[i]).includes(v)) &&
          (!state.id || key(r) === state.id) &&
          (!q || r.some((cell) => cell.toLowerCase().includes(q))),
      );
      if (state.sort && state.sort in idx) {
        const i = idx[state.sort];
        const cmp = numeric[i]
          ? (a, b) => (a[i] === "" ? Infinity : +a[i]) - (b[i] === "" ? Infinity : +b[i])
          : (a, b) => a[i].localeCompare(b[i]);
        out = out.slice().sort((a, b) => state.dir * cmp(a, b));
      }
      return out;
    }

    function cell(r, c, i) {
      const v = r[i];
      if (D.key.includes(c.name)) return `<td><a href="${esc(articleLink(r))}" title="Open the highlighted text">${esc(v)}</a></td>`;
      if (c.name === "source_id") {
        const a = D.articles[v];
        return `<td><a href="${root}articles/${esc(a ? a[1] : "")}">${esc(a ? a[0] : v)}</a></td>`;
      }
      if (numeric[i]) return `<td class="num">${esc(groupDigits(v))}</td>`;
      if (LONG.has(base(c.name)) || v.length > 40) return `<td class="long"><div class="clamp" title="${esc(v)}">${esc(v)}</div></td>`;
      return `<td>${esc(v)}</td>`;
    }

    const box = document.getElementById("filter-box");
    function render() {
      const active = Object.keys(state.f).length + (state.q ? 1 : 0) + (state.id ? 1 : 0);
      box.querySelector("summary").textContent = active ? `Filters (${active} active)` : "Filters";
      const rows = matching();
      const shown = rows.slice(0, state.limit);
      tbody.innerHTML = shown
        .map((r) => `<tr data-id="${esc(key(r))}">` + cols.map((c, i) => cell(r, c, i)).join("") + "</tr>")
        .join("");
      count.textContent =
        `${rows.length} of ${D.rows.length} ${D.name} match` + (shown.length < rows.length ? `; showing the first ${shown.length}` : "");
      more.hidden = shown.length >= rows.length;
      thead.querySelectorAll("th").forEach((th) => {
        const on = th.dataset.col === state.sort;
        th.setAttribute("aria-sort", on ? (state.dir > 0 ? "ascending" : "descending") : "none");
        th.querySelector(".arrow").textContent = on ? (state.dir > 0 ? " ▲" : " ▼") : "";
      });
    }

    form.addEventListener("change", (e) => {
      const s = e.target.closest("select");
      if (!s) return;
      if (s.value) state.f[s.dataset.col] = s.value; else delete state.f[s.dataset.col];
      state.id = "";
      state.limit = PAGE;
      toHash();
      render();
    });
    form.addEventListener("input", (e) => {
      if (e.target.id !== "q") return;
      state.q = e.target.value;
      state.limit = PAGE;
      toHash();
      render();
    });
    document.getElementById("reset").addEventListener("click", () => {
      history.replaceState(null, "", location.pathname + location.search);
      fromHash();
      render();
    });
    thead.addEventListener("click", (e) => {
      const b = e.target.closest("button[data-sort]");
      if (!b) return;
      if (state.sort === b.dataset.sort) state.dir = -state.dir; else { state.sort = b.dataset.sort; state.dir = 1; }
      toHash();
      render();
    });
    more.addEventListener("click", () => { state.limit += PAGE; render(); });
    window.addEventListener("hashchange", () => { fromHash(); render(); });
    fromHash();
    /* on a phone the filters start folded, unless the address sets some */
    if (window.matchMedia("(max-width: 40rem)").matches && !location.hash) box.open = false;
    render();
    markReady(!D.more);
    /* the long text columns (the sentences) come in a second file, once the first rows are shown */
    if (D.more) {
      const script = document.createElement("script");
      script.src = root + D.more;
      script.onload = () => {
        const M = window.NF_MORE;
        D.columns = D.columns.concat(M.columns);
        D.rows.forEach((r, n) => r.push(...M.rows[n]));
        arrange();
        render();
        document.documentElement.dataset.complete = "1";
      };
      document.body.appendChild(script);
    }
  }

  /* ---------------------------------------------------------------- charts page */

  /* Okabe-Ito colours (safe for colour-blind readers) and a line style per series besides. */
  const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];
  const DASHES = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 5], [12, 6], [6, 2, 2, 2]];
  const compact = new Intl.NumberFormat("en", { notation: "compact", maximumSignificantDigits: 4 });

  function charts() {
    const box = document.getElementById("charts");
    const list = window.NF_CHARTS.charts;
    if (!list.length) {
      box.innerHTML = "<p>No figure of this package has a period, so there is nothing to draw.</p>";
      markReady();
      return;
    }
    const plots = [];
    list.forEach((c, n) => {
      const sec = document.createElement("section");
      sec.className = "chart";
      sec.setAttribute("aria-labelledby", `chart-${n}`);
      const points = c.series.reduce((k, s) => k + s.points.length, 0);
      sec.innerHTML =
        `<h2 id="chart-${n}">${esc(c.title)}</h2><p class="meta">${points} figure(s), ${c.series.length} subject(s)</p>` +
        `<div class="plot" role="img" aria-label="${esc(c.title)}: values over time, listed in the table below"></div>` +
        `<details><summary>The figures of this chart</summary><div class="scroll"><table class="grid"><thead><tr>` +
        `<th scope="col">subject</th><th scope="col">period</th><th scope="col" class="num">value (${esc(c.unit)})</th><th scope="col">quote</th></tr></thead><tbody>` +
        c.series
          .flatMap((s) =>
            s.points.map(
              (p) =>
                `<tr><td>${esc(s.name)}</td><td>${esc(p[5])}</td><td class="num">${esc(groupDigits(String(p[1])))}</td>` +
                `<td><a href="${esc(p[3])}">${esc(p[2])}</a></td></tr>`,
            ),
          )
          .join("") +
        `</tbody></table></div></details>`;
      box.appendChild(sec);
      /* x: every point's time, in order; each series holds its values at its own points, null elsewhere */
      const all = [];
      c.series.forEach((s, si) => s.points.forEach((p) => all.push([p[0], si, p[1]])));
      all.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const data = [all.map((p) => p[0])].concat(c.series.map((_, si) => all.map((p) => (p[1] === si ? p[2] : null))));
      const lo = data[0][0], hi = data[0][data[0].length - 1];
      const pad = Math.max(86400 * 45, (hi - lo) * 0.05);
      const xRange = [lo - pad, hi + pad];
      const el = sec.querySelector(".plot");
      const width = () => Math.max(260, Math.min(el.clientWidth || 600, 900));
      const opts = {
        width: width(),
        height: 260,
        scales: {
          x: { time: true, range: () => xRange },
          y: { range: (u, lo, hi) => [Math.min(0, lo), hi === lo ? hi * 1.2 || 1 : hi * 1.05] },
        },
        axes: [{}, { size: 60, values: (u, vals) => vals.map((v) => compact.format(v)), label: c.unit }],
        series: [{ label: "period start", value: (u, v) => (v == null ? "–" : new Date(v * 1000).toISOString().slice(0, 10)) }].concat(
          c.series.map((s, si) => ({
            label: s.name,
            stroke: COLOURS[si % COLOURS.length],
            dash: DASHES[si % DASHES.length],
            width: 2,
            spanGaps: true,
            points: { show: true, size: 9, fill: COLOURS[si % COLOURS.length] },
            value: (u, v) => (v == null ? "–" : compact.format(v) + " " + c.unit),
          })),
        ),
      };
      plots.push([new uPlot(opts, data, el), el, width]);
    });
    window.addEventListener("resize", () => plots.forEach(([p, el, w]) => p.setSize({ width: w(), height: 260 })));
    markReady();
  }

  if (page === "article") article();
  else if (page === "charts") charts();
  else if (window.NF_TABLE) table();
  else markReady();
})();
