"""Write the explorer: a static site of a package, self-contained (no server, no network, no CDN).

Layout of the site folder::

    index.html               the package and the coverage proof of every article
    articles/<source>.html   each article with its figures, dates and exclusions highlighted
    figures.html, dates.html, exclusions.html   each mention table, filterable and sortable
    charts.html              figures that have a period, over time (uPlot, shipped in assets/)
    data/*.js                the rows the table and chart pages read (file:// forbids fetching JSON)
    assets/                  the script, the style sheet and the vendored charting library (vendor.toml)

The site is written into a temporary folder beside the target and swapped in, so a failure never
leaves half a site; an existing folder is replaced only when it is a site this module wrote.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import InputError, OutputError
from .charts import Chart, charts
from .coverage import Coverage, coverage
from .read import Column, Package, Table, joined, read_package
from .render import (
    Mark,
    anchor,
    article_file,
    article_page,
    charts_page,
    index_page,
    js_data,
    table_page,
)

MARKER = ".newsfigures-explore"  # a file in the site folder: what we may replace
OWN_ASSETS = ("explore.js", "explore.css")
LONG_TEXT = 40  # mean characters above which a text column loads after the first rows


@dataclass(frozen=True)
class Site:
    """What was written: the folder and its counts (for the command's summary)."""

    path: Path
    articles: int
    rows: dict[str, int]
    charts: int
    unexplained: int


def default_out(pkg: Path) -> Path:
    """The site's folder when none is given: ``explore/`` beside the package folder."""
    return pkg.absolute().parent / "explore"


def deferred_columns(table: Table) -> list[str]:
    """Text columns long enough to weigh on the first load (sentences): the table page loads them second."""
    if not table.rows:
        return []
    return [
        c.name
        for c in table.columns
        if c.type == "string" and sum(len(r.get(c.name, "")) for r in table.rows) / len(table.rows) > LONG_TEXT
    ]


def table_data(table: Table, pkg: Package) -> tuple[dict[str, object], dict[str, object]]:
    """One table for its page (columns with types and descriptions, rows as lists, article pages),
    and its long text columns apart (``data/<name>.more.js``, loaded once the first rows show)."""
    sources = pkg.tables.get("sources")
    articles = {
        r["source_id"]: [r.get("title") or r["source_id"], article_file(r["source_id"])]
        for r in (sources.rows if sources else [])
    }
    later = deferred_columns(table)
    first = [c for c in table.columns if c.name not in later]
    second = [c for c in table.columns if c.name in later]
    main: dict[str, object] = {
        "name": table.name,
        "key": table.key,
        "columns": [column_json(c) for c in first],
        "rows": [[r.get(c.name, "") for c in first] for r in table.rows],
        "articles": articles,
        "more": f"data/{table.name}.more.js" if second else None,
    }
    more: dict[str, object] = {
        "columns": [column_json(c) for c in second],
        "rows": [[r.get(c.name, "") for c in second] for r in table.rows],
    }
    return main, more


def column_json(c: Column) -> dict[str, object]:
    """A column as the script reads it."""
    return {"name": c.name, "type": c.type, "description": c.description, "enum": list(c.enum)}


def chart_data(found: list[Chart], figures: Table) -> dict[str, object]:
    """Charts as the script draws them: per series its points (seconds, value, quote, link, row id, period)."""
    out = []
    for chart in found:
        series = []
        for subject, points in sorted(chart.series.items()):
            listed = []
            for seconds, value, i in sorted(points):
                row = figures.rows[i]
                link = f"articles/{article_file(row['source_id'])}#{anchor(figures.name, row['start'], row['end'])}"
                period = next((row[k] for k in ("period_start", "period") if row.get(k)), "")
                listed.append([seconds, value, row.get("quote", ""), link, figures.row_id(row), period])
            series.append({"name": subject, "points": listed})
        out.append({"title": chart.title, "indicator": chart.indicator, "unit": chart.unit, "series": series})
    return {"charts": out}


def marks_by_source(pkg: Package, figures: Table | None) -> dict[str, list[Mark]]:
    """Every row of every mention table as a mark of its article (figures with their joined columns)."""
    out: dict[str, list[Mark]] = defaultdict(list)
    for table in pkg.mention_tables:
        shown = figures if figures is not None and table.name == figures.name else table
        for row in shown.rows:
            try:
                start, end = int(row["start"]), int(row["end"])
            except ValueError:
                raise InputError(
                    pkg.path / f"{table.name}.csv", f"row {shown.row_id(row)}: offsets are not integers"
                ) from None
            out[row["source_id"]].append(Mark(shown, row, start, end))
    return out


def check_quotes(pkg: Package, marks: dict[str, list[Mark]]) -> None:
    """Refuse a package whose quotes are not its texts at their offsets: the highlights would lie."""
    for sid, listed in marks.items():
        text = pkg.texts.get(sid)
        for m in listed:
            if text is None or text[m.start : m.end] != m.row["quote"]:
                raise InputError(
                    pkg.path,
                    f"{m.table.name} row {m.table.row_id(m.row)}: the quote is not the article text at "
                    f"[{m.start}, {m.end}) (run `newsfigures validate`)",
                )


def vendored() -> dict[str, Any]:
    """The third-party files the site ships, with version, licence and hashes (vendor.toml)."""
    return tomllib.loads(resources.files(__package__).joinpath("vendor.toml").read_text(encoding="utf-8"))


def asset_files() -> dict[str, bytes]:
    """The files of the site's assets/ folder: our script and style sheet, then the vendored library."""
    names = list(OWN_ASSETS)
    for lib in vendored().values():
        names += [name for name in lib["files"] if name not in names]
    here = resources.files(__package__)
    return {f"assets/{name}": here.joinpath(name).read_bytes() for name in names}


def render_site(pkg: Package) -> tuple[dict[str, str | bytes], Site]:
    """Every file of the site by relative path, and the summary."""
    sources = pkg.tables.get("sources")
    source_rows = sources.rows if sources else []
    figures = joined(pkg) if "figures" in pkg.tables else None
    marks = marks_by_source(pkg, figures)
    check_quotes(pkg, marks)
    tables = [t.name for t in pkg.mention_tables]
    files: dict[str, str | bytes] = dict(asset_files())
    covs: dict[str, Coverage] = {}
    for n, s in enumerate(source_rows):
        sid = s["source_id"]
        siblings = (source_rows[n - 1] if n else None, source_rows[n + 1] if n + 1 < len(source_rows) else None)
        text = pkg.texts[sid]
        spans = {t: [(m.start, m.end) for m in marks[sid] if m.table.name == t] for t in tables}
        covs[sid] = coverage(text, spans)
        listed = sorted(marks[sid], key=lambda m: (m.start, -m.end))
        files[f"articles/{article_file(sid)}"] = article_page(s, text, listed, covs[sid], tables, siblings)
    counts = {t.name: len(t.rows) for t in pkg.mention_tables}
    files["index.html"] = index_page(pkg.descriptor, source_rows, covs, tables, counts)
    for t in pkg.mention_tables:
        shown = figures if figures is not None and t.name == figures.name else t
        files[f"{t.name}.html"] = table_page(t.name, len(t.rows), tables)
        main, more = table_data(shown, pkg)
        files[f"data/{t.name}.js"] = js_data("NF_TABLE", main)
        if main["more"]:
            files[f"data/{t.name}.more.js"] = js_data("NF_MORE", more)
    found, unplaced = charts(figures) if figures is not None else ([], 0)
    files["charts.html"] = charts_page(len(found), unplaced, tables)
    files["data/charts.js"] = js_data("NF_CHARTS", chart_data(found, figures) if figures else {"charts": []})
    files[MARKER] = "A static site written by `newsfigures explore`; the command replaces this folder.\n"
    unexplained = sum(len(c.unexplained) for c in covs.values())
    return files, Site(Path(), len(source_rows), counts, len(found), unexplained)


def replaceable(out: Path) -> bool:
    """True when ``out`` does not exist, is empty, or is a site written by this module."""
    if not out.exists():
        return True
    return out.is_dir() and ((out / MARKER).is_file() or not any(out.iterdir()))


def write_files(files: dict[str, str | bytes], out: Path) -> None:
    """Write the files into a temporary folder beside ``out``, then swap it in place of ``out``."""
    if not replaceable(out):
        raise OutputError(out, f"exists and is not a site written by newsfigures explore (no {MARKER}); choose --out")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    except OSError as exc:
        raise OutputError(out, f"cannot write: {exc.strerror or exc}") from None
    try:
        for rel, data in files.items():
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                path.write_bytes(data)
            else:
                path.write_text(data, encoding="utf-8")
        os.chmod(tmp, 0o755)
        old = None
        if out.exists():
            old = out.parent / f".{out.name}.old-{os.getpid()}"
            out.rename(old)
        tmp.rename(out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise OutputError(out, f"cannot write: {exc.strerror or exc}") from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_site(package: Path, out: Path | None = None) -> Site:
    """Read the package, render the site and write it to ``out`` (default: ``explore/`` beside it)."""
    pkg = read_package(package)
    target = (out or default_out(package)).absolute()
    files, site = render_site(pkg)
    write_files(files, target)
    return Site(target, site.articles, site.rows, site.charts, site.unexplained)
