"""The explorer (newsfigures explore): the site's pages against the package, without and with a browser.

Browser tests drive Debian's chromium through Playwright; they skip, saying why, only where it is not
installed (``make`` installs it with apt-get when run as root). Expected rows come from the CSVs of
a fresh build of the seeds, so the tests hold for any valid set of seeds.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import tomllib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from cli_helpers import build_article
from hypothesis import given
from hypothesis import strategies as st

from newsfigures.cli import main
from newsfigures.errors import OutputError
from newsfigures.explore import write_site
from newsfigures.explore.browser import chromium, open_page, unavailable, visit
from newsfigures.explore.charts import Chart, charts, period_start
from newsfigures.explore.coverage import coverage
from newsfigures.explore.read import Column, Table
from newsfigures.explore.render import anchor, article_file, highlighted, nested

ROOT = Path(__file__).resolve().parents[1]
ARTEFACTS = ROOT / "build" / "test-artefacts"
MENTIONS = ("figures", "dates", "exclusions")


def rows_of(package: Path, name: str) -> list[dict[str, str]]:
    with (package / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def site(built_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The explorer of a fresh build of the seeds."""
    out = tmp_path_factory.mktemp("explore") / "site"
    return write_site(built_project / "datapackage", out).path


class Marks(HTMLParser):
    """Text inside each element with an id, for the HTML as written (no browser)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str | None]] = []
        self.text: dict[str, str] = {}
        self.labels: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.open.append((tag, a.get("id") if tag == "mark" else None))
        if tag == "mark" and a.get("id"):
            self.text[a["id"] or ""] = ""
            self.labels[a["id"] or ""] = a.get("data-label") or ""

    def handle_endtag(self, tag: str) -> None:
        self.open.pop()

    def handle_data(self, data: str) -> None:
        for _, ident in self.open:
            if ident:
                self.text[ident] += data


# --- without a browser ------------------------------------------------------------------------


def test_period_start_reads_iso_periods_and_refuses_others():
    assert period_start("2021") == period_start("2021-01") == period_start("2021-01-01")
    assert str(period_start("2020-Q3")) == "2020-07-01"
    assert str(period_start("2020-H2")) == "2020-07-01"
    assert str(period_start("2021-02/2021-03")) == "2021-02-01"
    assert str(period_start("2021-W01")) == "2021-01-04"
    for bad in ("", "last year", "2021-13", "2021-02-30", "21"):
        assert period_start(bad) is None


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)), st.text(max_size=12))
def test_period_start_places_any_iso_date_at_itself_and_never_raises(day, noise):
    assert period_start(day.isoformat()) == day
    assert period_start(f"{day:%Y-%m}") == day.replace(day=1)
    assert period_start(f"{day.isoformat()}/{noise}") == day
    quarter = (day.month - 1) // 3 + 1
    assert period_start(f"{day.year}-Q{quarter}") <= day
    period_start(noise)


def test_coverage_counts_each_numeral_once_and_names_the_unexplained():
    text = "Sales rose 12% to $3bn in 2020, two years after the 1998 crash."
    spans = {
        "figures": [(11, 14), (18, 22)],
        "dates": [(26, 30)],
        "exclusions": [(32, 35)],
    }
    cov = coverage(text, spans)
    assert cov.numerals == 5  # 12, 3, 2020, two, 1998
    assert cov.by_table == {"figures": 2, "dates": 1, "exclusions": 1}
    assert [text[s:e] for s, e in cov.unexplained] == ["1998"]


def test_highlights_nest_and_a_crossing_span_is_left_out():
    text = "from 3 to 5 percent"
    kept, crossing = nested([(5, 19, 0), (10, 19, 1), (12, 25, 2)])
    assert kept == [0, 1] and crossing == [2]
    html = highlighted(text, [(5, 19, '<mark id="a">'), (10, 19, '<mark id="b">')])
    parser = Marks()
    parser.feed(html)
    assert parser.text == {"a": "3 to 5 percent", "b": "5 percent"}


def test_highlighted_text_keeps_markup_characters_and_carriage_returns():
    text = "a <b> & 5%\r\nnext"
    parser = Marks()
    parser.feed(highlighted(text, [(2, 10, '<mark id="x">')]))
    assert parser.text["x"] == text[2:10]


def test_charts_group_by_indicator_and_unit_with_one_series_per_subject():
    cols = [Column(n) for n in ("figure_id", "value", "unit", "indicator", "subject", "period")]
    rows = [
        {"figure_id": "a", "value": "1", "unit": "USD", "indicator": "exports", "subject": "KG", "period": "2020"},
        {"figure_id": "b", "value": "2", "unit": "USD", "indicator": "exports", "subject": "RU", "period": "2021-Q1"},
        {"figure_id": "c", "value": "3", "unit": "EUR", "indicator": "exports", "subject": "KG", "period": "2020"},
        {"figure_id": "d", "value": "4", "unit": "USD", "indicator": "exports", "subject": "KG", "period": "soon"},
        {"figure_id": "e", "value": "5", "unit": "USD", "indicator": "exports", "subject": "KG", "period": ""},
    ]
    found, unplaced = charts(Table("figures", cols, ["figure_id"], rows))
    assert unplaced == 1
    assert [(c.title, c.points, sorted(c.series)) for c in found] == [
        ("exports (USD)", 2, ["KG", "RU"]),
        ("exports (EUR)", 1, ["KG"]),
    ]
    assert isinstance(found[0], Chart)


def test_every_row_is_highlighted_at_its_offsets_in_the_written_pages(site, built_project):
    """In the HTML as written: each figure, date and exclusion's element holds exactly its quote."""
    package = built_project / "datapackage"
    pages: dict[str, Marks] = {}
    for name in MENTIONS:
        for row in rows_of(package, name):
            page = pages.get(row["source_id"])
            if page is None:
                page = pages[row["source_id"]] = Marks()
                page.feed((site / "articles" / article_file(row["source_id"])).read_text(encoding="utf-8"))
            ident = anchor(name, row["start"], row["end"])
            assert page.text[ident] == row["quote"], ident
            if name == "figures":
                assert page.labels[ident] == row["kind"]  # the kind is written, not only coloured


class Resources(HTMLParser):
    """The files a page loads: scripts, style sheets, images, frames."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        ref = a.get("src") if tag in ("script", "img", "iframe") else a.get("href") if tag == "link" else None
        if ref:
            self.found.append(ref)


def test_the_site_holds_everything_it_needs(site):
    """No network: every script and style sheet a page loads is a file of the site."""
    pages = sorted(site.rglob("*.html"))
    assert pages
    for page in pages:
        parser = Resources()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.found, page
        for ref in parser.found:
            assert "//" not in ref and ":" not in ref, (page, ref)
            assert (page.parent / ref).resolve().is_file(), (page, ref)
    assert "url(" not in (site / "assets" / "explore.css").read_text(encoding="utf-8")


@given(
    st.text(alphabet="ab <&>\r\n5", min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40))),
)
def test_any_nesting_spans_are_highlighted_exactly(text, pairs):
    spans = [(min(a, b), max(a, b), i) for i, (a, b) in enumerate(pairs) if min(a, b) < max(a, b) <= len(text)]
    kept, crossing = nested(spans)
    assert sorted(kept + crossing) == sorted(i for *_, i in spans)
    by_index = {i: (s, e) for s, e, i in spans}
    parser = Marks()
    parser.feed(highlighted(text, [(*by_index[i], f'<mark id="m{i}">') for i in kept]))
    assert parser.text == {f"m{i}": text[slice(*by_index[i])] for i in kept}


def test_columns_are_read_from_the_descriptor(project, tmp_path):
    """A column the explorer has never heard of (here 'display') is shown, in the table and the tooltip."""
    package = project / "datapackage"
    desc = json.loads((package / "datapackage.json").read_text())
    figures = next(r for r in desc["resources"] if r["name"] == "figures")
    figures["schema"]["fields"].append({"name": "display", "type": "string", "description": "how it reads"})
    (package / "datapackage.json").write_text(json.dumps(desc))
    rows = rows_of(package, "figures")
    with (package / "figures.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, [*rows[0].keys(), "display"])
        w.writeheader()
        w.writerows({**r, "display": f"shown as {r['quote']}"} for r in rows)
    out = write_site(package, tmp_path / "site").path
    data = (out / "data" / "figures.js").read_text(encoding="utf-8")
    table = json.loads(data.split("=", 1)[1].rstrip().rstrip(";"))
    assert "display" in [c["name"] for c in table["columns"]]
    assert "annotations.period" in [c["name"] for c in table["columns"]]  # joined, its clash prefixed
    article = (out / "articles" / article_file(rows[0]["source_id"])).read_text(encoding="utf-8")
    assert json.dumps(["display", f"shown as {rows[0]['quote']}"], ensure_ascii=False, separators=(",", ":")) in article


def test_command_writes_the_site_beside_the_package_and_replaces_only_its_own(project):
    assert main(["explore", str(project / "datapackage")]) == 0
    assert (project / "explore" / "index.html").is_file()
    assert main(["explore", str(project / "datapackage")]) == 0  # its own folder: replaced
    (project / "mine").mkdir()
    (project / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(OutputError):
        write_site(project / "datapackage", project / "mine")
    assert main(["explore", str(project / "datapackage"), "--out", str(project / "mine")]) == 4
    assert (project / "mine" / "notes.txt").read_text() == "keep me"
    assert main(["explore", str(project / "nowhere")]) == 3


def test_a_package_whose_article_changed_is_refused(project):
    seed = next((project / "seeds").glob("*.txt"))
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert main(["explore", str(project / "datapackage")]) == 3
    assert not (project / "explore").exists()


def test_vendored_charting_library_is_the_recorded_version():
    here = ROOT / "scripts" / "explore"
    vendor = tomllib.loads((here / "vendor.toml").read_text())
    for lib in vendor.values():
        for name, digest in lib["files"].items():
            assert hashlib.sha256((here / name).read_bytes()).hexdigest() == digest, name
        banner = (here / "uPlot.iife.min.js").read_text(encoding="utf-8").split("\n", 1)[0]
        assert f"(v{lib['version']})" in banner
        assert lib["licence"] in (here / "uPlot.LICENSE.txt").read_text(encoding="utf-8")


# --- in Chromium --------------------------------------------------------------------------------

browser_needed = pytest.mark.skipif(unavailable() is not None, reason=f"no browser: {unavailable()}")


@pytest.fixture(scope="module")
def browser():
    if unavailable():
        pytest.skip(f"no browser: {unavailable()}")
    with chromium() as b:
        yield b


@browser_needed
def test_every_page_loads_without_console_errors(browser, site):
    page, errors = open_page(browser, (site / "index.html").as_uri())
    for page_file in sorted(site.rglob("*.html")):
        visit(page, page_file.as_uri())
        assert errors == [], page_file.name
    page.close()


@browser_needed
def test_every_highlight_in_the_browser_equals_its_row_quote(browser, site, built_project):
    package = built_project / "datapackage"
    expected: dict[str, dict[str, str]] = {}
    for name in MENTIONS:
        for row in rows_of(package, name):
            expected.setdefault(row["source_id"], {})[anchor(name, row["start"], row["end"])] = row["quote"]
    page, errors = open_page(browser, (site / "index.html").as_uri())
    for sid, quotes in expected.items():
        visit(page, (site / "articles" / article_file(sid)).as_uri())
        shown = page.evaluate(
            "() => Object.fromEntries(Array.from(document.querySelectorAll('#text mark.m[data-i]'), m => [m.id, m.textContent]))"
        )
        assert shown == quotes
    assert errors == []
    page.close()


@browser_needed
def test_filters_narrow_the_table_to_the_rows_of_the_csv(browser, site, built_project):
    figures = rows_of(built_project / "datapackage", "figures")
    page, errors = open_page(browser, (site / "figures.html").as_uri())
    shown = lambda: page.eval_on_selector_all("#grid tbody tr", "rows => rows.map(r => r.dataset.id)")  # noqa: E731
    assert sorted(shown()) == sorted(r["figure_id"] for r in figures)
    kind, _ = Counter(r["kind"] for r in figures).most_common()[-1]
    page.select_option('select[data-col="kind"]', kind)
    assert sorted(shown()) == sorted(r["figure_id"] for r in figures if r["kind"] == kind)
    sid = figures[0]["source_id"]
    page.select_option('select[data-col="source_id"]', sid)
    wanted = sorted(r["figure_id"] for r in figures if r["kind"] == kind and r["source_id"] == sid)
    assert sorted(shown()) == wanted
    assert f"{len(wanted)} of {len(figures)}" in page.text_content("#count")
    # the filter is in the address: a reload (or a shared link) shows the same rows
    page.reload()
    page.wait_for_selector("html[data-complete]", state="attached")
    assert sorted(shown()) == wanted
    page.click("#reset")
    page.click('th[data-col="value"] button')
    by_id = {r["figure_id"]: float(r["value"]) if r["value"] else float("inf") for r in figures}
    ordered = [by_id[i] for i in shown()]
    assert ordered == sorted(by_id.values()) and len(ordered) == len(figures)
    assert page.get_attribute('th[data-col="value"]', "aria-sort") == "ascending"
    # the row panel's link of an article page: one row by its id
    target = figures[-1]["figure_id"]
    assert errors == []
    page.close()
    page, errors = open_page(browser, (site / "figures.html").as_uri() + "#id=" + quote(target, safe=""))
    assert shown() == [target]
    assert errors == []


@browser_needed
def test_keyboard_tooltip_and_row_panel(browser, site, built_project):
    figure = rows_of(built_project / "datapackage", "figures")[0]
    page, errors = open_page(browser, (site / "articles" / article_file(figure["source_id"])).as_uri())
    page.keyboard.press("n")  # the first highlight of the text takes the focus
    first = page.evaluate("() => document.activeElement.id")
    assert first == page.evaluate("() => document.querySelector('#text mark.m').id")
    ident = anchor("figures", figure["start"], figure["end"])
    page.focus(f'[id="{ident}"]')
    tip = page.text_content("#tip")
    assert figure["figure_id"] in tip and figure["unit"] in tip
    page.keyboard.press("Enter")
    assert page.is_visible("#row")
    assert figure["figure_id"] in page.text_content("#row")
    assert page.evaluate("() => location.hash") == f"#{ident}"
    page.keyboard.press("Escape")
    assert not page.is_visible("#row")
    assert page.evaluate("() => document.activeElement.id") == ident
    assert errors == []


@browser_needed
def test_the_row_panel_shows_and_underlines_the_evidence_of_measure_subject_and_counterpart(
    browser, site, built_project
):
    """A fact-checker sees which words gave a figure its measure and subject, not only their offsets."""
    figures = rows_of(built_project / "datapackage", "figures")
    figure = next(f for f in figures if f["measure_start"] and f["subject_start"])
    sources = {s["source_id"]: s for s in rows_of(built_project / "datapackage", "sources")}
    text = (built_project / sources[figure["source_id"]]["path"]).read_text(encoding="utf-8-sig")
    keys = [k for k in ("measure", "subject", "counterpart") if figure[f"{k}_start"]]
    wanted = {k: text[int(figure[f"{k}_start"]) : int(figure[f"{k}_end"])] for k in keys}
    page, errors = open_page(browser, (site / "articles" / article_file(figure["source_id"])).as_uri())
    page.click(f'[id="{anchor("figures", figure["start"], figure["end"])}"]')
    quoted = page.evaluate(
        """() => Object.fromEntries(Array.from(document.querySelectorAll('#row tr'),
             tr => [tr.querySelector('th').textContent, tr.querySelector('q.evidence')?.textContent]))"""
    )
    assert {k: quoted[k] for k in keys} == wanted
    underlined = (
        "() => CSS.highlights.has('evidence') ? Array.from(CSS.highlights.get('evidence'), r => r.toString()) : []"
    )
    assert sorted(page.evaluate(underlined)) == sorted(wanted.values())
    assert "underlined, wavy" in page.inner_text(".hint")  # the page says what the wavy underline is
    page.keyboard.press("Escape")
    assert page.evaluate(underlined) == []
    assert errors == []
    page.close()


@browser_needed
def test_article_page_fits_a_phone_and_is_saved_as_an_artefact(browser, site, built_project):
    sid = rows_of(built_project / "datapackage", "sources")[0]["source_id"]
    page, errors = open_page(browser, (site / "articles" / article_file(sid)).as_uri(), width=390, height=844)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTEFACTS / "explorer-article-phone.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    wide, _ = open_page(browser, (site / "articles" / article_file(sid)).as_uri())
    wide.screenshot(path=str(ARTEFACTS / "explorer-article.png"))
    assert errors == []


@browser_needed
def test_charts_draw_every_figure_that_has_a_period(browser, site, built_project):
    package = built_project / "datapackage"
    annotated = {r["figure_id"]: r.get("period", "") for r in rows_of(package, "annotations")}
    expected = sorted(
        anchor("figures", r["start"], r["end"])
        for r in rows_of(package, "figures")
        if period_start(r.get("period_start") or r.get("period") or annotated.get(r["figure_id"], "") or "-")
        and r["value"]
    )
    page, errors = open_page(browser, (site / "charts.html").as_uri())
    listed = page.eval_on_selector_all(".chart details a", "links => links.map(a => a.getAttribute('href'))")
    assert sorted(href.split("#", 1)[1] for href in listed) == expected
    assert page.locator(".chart canvas").count() == page.locator(".chart").count()
    assert errors == []


@browser_needed
def test_the_evidence_is_quoted_and_underlined_at_code_points_after_an_astral_character(browser, tmp_path):
    """Offsets count code points (Python's), not JavaScript's UTF-16 units: after an emoji the evidence
    quoted and underlined is still the words at the row's offsets, not words shifted by one unit per emoji."""
    article = (
        "Namibia grows\n\nMarch 1, 2021\n\n📈 Namibia's economy grew by 4.2% in 2020, the statistics office said.\n"
    )
    pkg = build_article(tmp_path, "nam.txt", article)
    figure = next(f for f in rows_of(pkg, "figures") if f["quote"] == "4.2%")
    keys = [k for k in ("measure", "subject", "counterpart") if figure[f"{k}_start"]]
    wanted = {k: article[int(figure[f"{k}_start"]) : int(figure[f"{k}_end"])] for k in keys}
    assert wanted.get("subject") == "Namibia"  # the evidence lies after the emoji
    site = write_site(pkg, tmp_path / "site").path
    page, errors = open_page(browser, (site / "articles" / article_file(figure["source_id"])).as_uri())
    page.click(f'[id="{anchor("figures", figure["start"], figure["end"])}"]')
    quoted = page.evaluate(
        """() => Object.fromEntries(Array.from(document.querySelectorAll('#row tr'),
             tr => [tr.querySelector('th').textContent, tr.querySelector('q.evidence')?.textContent]))"""
    )
    assert {k: quoted[k] for k in keys} == wanted
    underlined = "() => Array.from(CSS.highlights.get('evidence') ?? [], r => r.toString())"
    assert sorted(page.evaluate(underlined)) == sorted(wanted.values())
    assert errors == []
    page.close()
