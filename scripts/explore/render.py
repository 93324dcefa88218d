"""HTML of the explorer's pages: the overview with the coverage proof, one page per article with
every mention highlighted at its offsets, a table page per mention table and the charts page.

Article pages are rendered here, in Python, so that offsets are the package's (code points, not
JavaScript's UTF-16 units) and the text reads without JavaScript; the script adds the tooltip, the
row panel, the filters and the charts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape
from typing import Any

from .coverage import UNEXPLAINED, Coverage
from .read import Table

# Columns that say where a mention is, shown in the row panel but not in the tooltip.
PROVENANCE = ("source_id", "line", "start", "end", "quote", "sentence")
CHUNK = 100  # articles per table of the overview


@dataclass(frozen=True)
class Mark:
    """One highlighted span: its table, row and offsets."""

    table: Table
    row: dict[str, str]
    start: int
    end: int

    @property
    def anchor(self) -> str:
        """The element id of the highlight (the table name and the offsets: unique within an article)."""
        return anchor(self.table.name, self.start, self.end)

    @property
    def label(self) -> str:
        """What the highlight says it is, in words (the figure's kind, else the table's singular)."""
        kind = self.row.get("kind", "")
        return kind or singular(self.table.name)


def anchor(table: str, start: int | str, end: int | str) -> str:
    """Element id of a mention in its article page."""
    return f"{table}-{start}-{end}"


def singular(name: str) -> str:
    """``figures`` -> ``figure``: the word for one row of a table."""
    return name[:-1] if name.endswith("s") else name


def attr(value: str) -> str:
    """An attribute value, quoted."""
    return '"' + escape(value, quote=True) + '"'


def text_html(text: str) -> str:
    """Article text as HTML (carriage returns kept as references: the parser would drop them)."""
    return escape(text, quote=False).replace("\r", "&#13;")


def json_script(element_id: str, data: Any) -> str:
    """Data for the page's script, in a JSON script element (closing tags escaped)."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'<script type="application/json" id={attr(element_id)}>{payload}</script>'


def js_data(name: str, data: Any) -> str:
    """A data file the pages load with a script element (file:// forbids fetching JSON)."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"window.{name}={payload};\n"


def article_file(source_id: str) -> str:
    """A file name for the article page of a source id (ids are file stems; other characters are replaced)."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", source_id)
    if safe != source_id or safe.startswith("."):
        import hashlib

        safe = f"{safe.lstrip('.')}-{hashlib.sha1(source_id.encode()).hexdigest()[:8]}"
    return f"{safe}.html"


def nested(spans: list[tuple[int, int, int]]) -> tuple[list[int], list[int]]:
    """Of (start, end, index) spans, the indices that nest (kept) and those crossing a kept one (left out)."""
    kept: list[int] = []
    crossing: list[int] = []
    stack: list[tuple[int, int, int]] = []
    for span in sorted(spans, key=lambda sp: (sp[0], -sp[1], sp[2])):
        while stack and stack[-1][1] <= span[0]:
            stack.pop()
        if span[1] <= span[0] or (stack and stack[-1][1] < span[1]):
            crossing.append(span[2])
            continue
        kept.append(span[2])
        stack.append(span)
    return kept, crossing


def highlighted(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The text with each (start, end, opening tag) span as an element; spans must nest."""
    # At one position closings come before openings; outer openings before inner, inner closings first.
    events = [(s, 1, -(e - s), tag) for s, e, tag in spans] + [(e, 0, e - s, "</mark>") for s, e, _ in spans]
    events.sort(key=lambda ev: ev[:3])
    out, pos = [], 0
    for at, _, _, tag in events:
        out.append(text_html(text[pos:at]))
        out.append(tag)
        pos = at
    out.append(text_html(text[pos:]))
    return "".join(out)


def mark_tag(m: Mark, i: int) -> str:
    """The opening tag of a highlight: focusable, its kind written in ``data-label`` (shown by the CSS)."""
    return (
        f'<mark class={attr(f"m {m.table.name}")} id={attr(m.anchor)} data-i="{i}" data-label={attr(m.label)}'
        ' tabindex="0" role="button">'
    )


def article_spans(
    marks: list[Mark], unexplained: list[tuple[int, int]]
) -> tuple[list[tuple[int, int, str]], list[Mark]]:
    """The spans to highlight (marks, then unexplained numerals) and the marks that cross another one."""
    items = [(m.start, m.end, mark_tag(m, i)) for i, m in enumerate(marks)]
    items += [
        (s, e, f'<mark class="m {UNEXPLAINED}" id="{UNEXPLAINED}-{s}-{e}" data-label="UNEXPLAINED" tabindex="0">')
        for s, e in unexplained
    ]
    kept, crossing = nested([(s, e, i) for i, (s, e, _) in enumerate(items)])
    return [items[i] for i in kept], [marks[i] for i in crossing if i < len(marks)]


def tooltip_fields(table: Table, row: dict[str, str]) -> list[list[str]]:
    """The non-empty cells of a row, provenance last, as [column, value] pairs."""
    names = [n for n in table.names if row.get(n)]
    first = [n for n in names if n not in PROVENANCE and n not in table.key]
    rest = [n for n in names if n in table.key or n in PROVENANCE]
    return [[n, row[n]] for n in first + rest]


def page(title: str, body: str, tables: list[str], *, depth: int = 0, kind: str, scripts: tuple[str, ...] = ()) -> str:
    """A whole HTML page with the shared header (a link per table page); ``depth`` folders below the root."""
    up = "../" * depth
    nav = [("index.html", "Articles")]
    nav += [(f"{t}.html", t.capitalize()) for t in tables]
    nav += [("charts.html", "Charts")]
    links = "".join(
        f'<a href="{up}{href}"{" aria-current=page" if href.startswith(kind + ".") else ""}>{label}</a>'
        for href, label in nav
    )
    tags = "".join(f'<script src="{up}{s}"></script>' for s in scripts)
    return (
        "<!doctype html>\n"
        f'<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} · newsfigures explorer</title>"
        f'<link rel="stylesheet" href="{up}assets/explore.css">'
        + (f'<link rel="stylesheet" href="{up}assets/uPlot.min.css">' if kind == "charts" else "")
        + f'</head><body data-page="{kind}" data-root="{up}">'
        f'<a class="skip" href="#main">Skip to content</a>'
        f'<header><a class="brand" href="{up}index.html">newsfigures</a><nav aria-label="Pages">{links}</nav></header>'
        f'<main id="main" tabindex="-1">{body}</main>'
        f'{tags}<script src="{up}assets/explore.js"></script></body></html>\n'
    )


def legend(tables: list[str]) -> str:
    """The key to the highlight styles, each written out (never colour alone)."""
    items = "".join(
        f'<li><mark class="m {escape(t)} sample" data-label={attr(singular(t))}>123</mark> {escape(t)}</li>'
        for t in tables
    )
    items += f'<li><mark class="m {UNEXPLAINED} sample" data-label="UNEXPLAINED">123</mark> unexplained numeral</li>'
    return f'<ul class="legend" aria-label="Key to the highlights">{items}</ul>'


def coverage_cells(cov: Coverage, tables: list[str]) -> str:
    """The counts of one article as table cells: numerals, one per table, unexplained."""
    cells = f'<td class="num">{cov.numerals:,}</td>'
    cells += "".join(f'<td class="num">{cov.by_table.get(t, 0):,}</td>' for t in tables)
    bad = len(cov.unexplained)
    cells += f'<td class="num {"bad" if bad else "ok"}">{bad:,}{" ✗" if bad else " ✓"}</td>'
    return cells


def coverage_line(cov: Coverage, tables: list[str]) -> str:
    """The coverage proof of one article as a sentence."""
    parts = ", ".join(f"{cov.by_table.get(t, 0)} in {t}" for t in tables)
    bad = len(cov.unexplained)
    verdict = (
        '<strong class="ok">0 unexplained ✓</strong>'
        if not bad
        else f'<strong class="bad">{bad} unexplained ✗</strong>'
    )
    return f'<p class="coverage" data-numerals="{cov.numerals}">{cov.numerals} numerals: {parts}; {verdict}.</p>'


def sibling_links(previous: dict[str, str] | None, following: dict[str, str] | None) -> str:
    """Links to the previous and next articles of the package (in the sources' order)."""
    parts = []
    for rel, source, arrow in (("prev", previous, "← "), ("next", following, "")):
        if source is not None:
            title = escape(source.get("title") or source["source_id"])
            label = f"{arrow}{title}" if arrow else f"{title} →"
            parts.append(f'<a rel="{rel}" href="{escape(article_file(source["source_id"]))}">{label}</a>')
    return f'<nav class="siblings" aria-label="Other articles">{"".join(parts)}</nav>' if parts else ""


def article_page(
    source: dict[str, str],
    text: str,
    marks: list[Mark],
    cov: Coverage,
    tables: list[str],
    siblings: tuple[dict[str, str] | None, dict[str, str] | None] = (None, None),
) -> str:
    """One article: metadata, the coverage proof, the key, the highlighted text and the row panel."""
    title = source.get("title") or source["source_id"]
    meta = " · ".join(escape(source[k]) for k in ("authors", "publisher", "published") if source.get(k)) or escape(
        source["source_id"]
    )
    url = source.get("url", "")
    link = f' · <a href={attr(url)} rel="noreferrer">original</a>' if url.startswith(("http://", "https://")) else ""
    rows = [
        {
            "t": m.table.name,
            "id": m.table.row_id(m.row),
            "label": m.label,
            "f": tooltip_fields(m.table, m.row),
        }
        for m in marks
    ]
    spans, crossing = article_spans(marks, cov.unexplained)
    note = ""
    if crossing:
        listed = ", ".join(escape(m.table.row_id(m.row)) for m in crossing)
        note = f'<p class="bad">Rows whose span crosses another one (not highlighted): {listed}</p>'
    body = (
        f'<article><h1>{escape(title)}</h1><p class="meta">{meta}{link} · <code>{escape(source["source_id"])}</code></p>'
        f"{coverage_line(cov, tables)}{legend(tables)}{note}"
        '<p class="hint">Hover over or focus a highlight (Tab) for its values; click it or press Enter for the whole row'
        " (the words that gave its measure, subject and counterpart underlined, wavy);"
        " <kbd>n</kbd> / <kbd>p</kbd> jump to the next / previous highlight.</p>"
        f'<div class="text" id="text">{highlighted(text, spans)}</div></article>{sibling_links(*siblings)}'
        '<div id="tip" role="tooltip" hidden></div>'
        '<aside id="row" aria-label="Selected row" hidden tabindex="-1"></aside>'
        f"{json_script('rows', rows)}"
    )
    return page(title, body, tables, depth=1, kind="article")


def index_page(
    desc: dict[str, Any],
    sources: list[dict[str, str]],
    covs: dict[str, Coverage],
    tables: list[str],
    counts: dict[str, int],
) -> str:
    """The overview: what the package is, and the coverage proof of every article."""
    body_rows = []
    total = Coverage(by_table=dict.fromkeys(tables, 0))
    for s in sources:
        cov = covs[s["source_id"]]
        total.numerals += cov.numerals
        total.unexplained += cov.unexplained
        for t in tables:
            total.by_table[t] += cov.by_table.get(t, 0)
        title = s.get("title") or s["source_id"]
        body_rows.append(
            f'<tr><th scope="row"><a href="articles/{escape(article_file(s["source_id"]))}">{escape(title)}</a>'
            f"<br><code>{escape(s['source_id'])}</code></th><td class=date>{escape(s.get('published', ''))}</td>"
            f"{coverage_cells(cov, tables)}</tr>"
        )
    summary = ", ".join(f'<a href="{t}.html">{counts[t]} {escape(t)}</a>' for t in tables)
    bad = len(total.unexplained)
    body = (
        f"<h1>{escape(desc.get('title', 'Data package'))}</h1>"
        f'<p class="meta">{escape(desc.get("name", ""))} {escape(str(desc.get("version", "")))} · '
        f"{len(sources)} articles · {summary} · <a href='charts.html'>charts</a></p>"
        f"<p>{escape(desc.get('description', ''))}</p>"
        "<h2 id='coverage'>Every numeral accounted for</h2>"
        "<p>Each digit run and number word of each article lies in a figure, a date or an exclusion "
        f"(the package's coverage check). {'<strong class=ok>Unexplained: 0 ✓</strong>' if not bad else f'<strong class=bad>Unexplained: {bad} ✗</strong>'}</p>"
        + coverage_tables(body_rows, total, tables)
    )
    return page(desc.get("title", "Data package"), body, tables, kind="index")


def coverage_tables(body_rows: list[str], total: Coverage, tables: list[str]) -> str:
    """The per-article coverage as tables of ``CHUNK`` rows under the totals (one column layout).

    Chunks let the browser skip the layout of those off screen (``content-visibility``), so that
    the overview of a thousand articles still opens at once; each chunk repeats the header for
    screen readers (hidden on screen).
    """
    colgroup = '<colgroup><col><col class="c-date">' + '<col class="c-num">' * (len(tables) + 2) + "</colgroup>"
    head = "".join(f'<th scope="col" class="num">in {escape(t)}</th>' for t in tables)

    def header(hidden: bool) -> str:
        return (
            f'<thead{" class=sr-only" if hidden else ""}><tr><th scope="col">Article</th><th scope="col">Published</th>'
            f'<th scope="col" class="num">numerals</th>{head}<th scope="col" class="num">unexplained</th></tr></thead>'
        )

    n = len(body_rows)
    out = (
        f'<div class="scroll"><table class="coverage-table" aria-label="All {n} articles">{colgroup}{header(False)}'
        f'<tbody><tr class="total"><th scope="row">All {n} articles</th><td></td>{coverage_cells(total, tables)}</tr>'
        "</tbody></table>"
    )
    for i in range(0, n, CHUNK):
        rows = body_rows[i : i + CHUNK]
        out += (
            f'<div class="chunk"><table class="coverage-table" aria-label="Articles {i + 1} to {i + len(rows)}">'
            f"{colgroup}{header(True)}<tbody>{''.join(rows)}</tbody></table></div>"
        )
    return out + "</div>"


def table_page(name: str, count: int, tables: list[str]) -> str:
    """The page of one mention table; the script fills the table from data/<name>.js."""
    body = (
        f"<h1>{escape(name.capitalize())}</h1>"
        '<details id="filter-box" open><summary>Filters</summary>'
        f'<form id="filters" class="filters" aria-label="Filter the {escape(name)}" onsubmit="return false"></form>'
        "</details>"
        f'<p id="count" aria-live="polite">{count} rows</p>'
        '<div class="scroll"><table id="grid" class="grid"><thead></thead><tbody></tbody></table></div>'
        '<p><button type="button" id="more" hidden>Show more</button></p>'
        f"<noscript><p>This table needs JavaScript; the rows are in {escape(name)}.csv of the package.</p></noscript>"
    )
    return page(name.capitalize(), body, tables, kind=name, scripts=(f"data/{name}.js",))


def charts_page(n: int, unplaced: int, tables: list[str]) -> str:
    """The charts page; the script draws each chart of data/charts.js with uPlot."""
    note = f" {unplaced} figure(s) have a period that is not a date and are not drawn." if unplaced else ""
    body = (
        "<h1>Charts</h1>"
        f"<p>Figures that have a period, at the start of their period: one chart per indicator and unit, "
        f"one colour and line style per subject (named in each legend). {n} chart(s).{note}</p>"
        '<div id="charts"></div>'
    )
    return page("Charts", body, tables, kind="charts", scripts=("assets/uPlot.iife.min.js", "data/charts.js"))
