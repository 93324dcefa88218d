"""Adding articles: a package built from seeds/ plus articles of our own (tests/extra_articles.py)
passes the invariants the suite checks on the published package, cites its new publishers, and links
restated figures; a draft build goes to datapackage.draft; strict mode names what a citation lacks.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest
import yaml
from cli_helpers import build, run, snapshot
from extra_articles import CITABLE, project_with_extra_articles
from hypothesis import given, settings
from hypothesis import strategies as st
from package_checks import citation_drift, sources_rows
from test_load import via_duckdb, via_frictionless, via_loader

from newsfigures.cli import main
from newsfigures.errors import EXIT_INPUT
from newsfigures.package.citation import citation_cff
from newsfigures.package.codebook import render_codebook
from newsfigures.package.fields import TABLES
from newsfigures.package.load import load_package, load_table
from newsfigures.package.validate import validate_package

OURS = sorted(name.removesuffix(".txt") for name in CITABLE if name.endswith(".txt"))


def rows(package: Path, table: str) -> list[dict[str, str]]:
    with open(package / f"{table}.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_the_package_validates_and_holds_every_article(extra_project):
    package = extra_project / "datapackage"
    assert validate_package(package) == []
    ids = [r["source_id"] for r in sources_rows(package)]
    assert set(OURS) <= set(ids) and len(ids) > len(OURS)


@pytest.mark.parametrize("name", [t.name for t in TABLES])
def test_the_three_readers_agree(extra_project, name):
    package = extra_project / "datapackage"
    ours = via_loader(package, name)
    assert ours, name
    assert ours == via_frictionless(package, name) == via_duckdb(package, name)


def test_dtypes_and_codebook_follow_the_descriptor(extra_project):
    package = extra_project / "datapackage"
    tables = load_package(package)
    for table in TABLES:
        assert dict(tables[table.name].dtypes) == table.pandas_dtypes()
    import json

    desc = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    counts = {name: len(frame) for name, frame in tables.items()}
    assert (package / "README.md").read_text(encoding="utf-8") == render_codebook(desc, counts)


def test_the_citation_is_regenerated_and_names_the_new_publishers(extra_project):
    package = extra_project / "datapackage"
    assert citation_drift(extra_project, package) == []
    cff = (extra_project / "CITATION.cff").read_text(encoding="utf-8")
    readme = (extra_project / "README.md").read_text(encoding="utf-8")
    licence = (extra_project / "LICENSE").read_text(encoding="utf-8")
    for publisher in ("The Widget Gazette", "news.example.org"):  # from the sidecar, from the URL's host
        assert f'name: "{publisher}"' in cff
        assert publisher in readme.split("## How to cite")[1]
        assert publisher in " ".join(licence.split())
        assert publisher in (package / "README.md").read_text(encoding="utf-8").split("## How to cite")[1]
    assert 'title: "Widgets Inc agrees $25bn Acme deal"' in cff  # the headline without its Markdown escape
    assert '- family-names: "Writer"\n        given-names: "Jane Q."' in cff


def test_the_drift_check_can_fail(extra_project, tmp_path):
    """The control: a citation file edited by hand, or a sources table that changed, is drift."""
    root = tmp_path / "p"
    shutil.copytree(extra_project, root)
    cff = root / "CITATION.cff"
    cff.write_text(cff.read_text(encoding="utf-8").replace("The Widget Gazette", "The Gadget Gazette"), "utf-8")
    readme = root / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8").replace("Widget Gazette", "Gazette"), encoding="utf-8")
    assert citation_drift(root, root / "datapackage") == ["CITATION.cff", "README.md"]


def test_a_rebuild_gives_the_same_bytes(extra_project, tmp_path):
    project = project_with_extra_articles(tmp_path)
    assert main(["build", "--strict", "--quiet", "--seeds", str(project / "seeds"), "--out", str(project / "dp")]) == 0
    assert snapshot(project / "dp") == snapshot(extra_project / "datapackage")


def test_a_headline_restating_a_body_figure_links_to_it(extra_project):
    figures = load_table("figures", extra_project / "datapackage")
    acme = figures[figures["source_id"] == "zz_acme"].set_index("figure_id")
    by_quote = {row.display: fid for fid, row in acme.iterrows() if row.line > 8}
    headline = acme[acme["line"] == 1].iloc[0]
    assert (headline["display"], headline["same_as"]) == ("$25bn", by_quote["$25.4bn"])
    standfirst = acme[acme["line"] == 3].iloc[0]
    assert standfirst["same_as"] == by_quote["6%"]
    assert acme.loc[acme["line"] > 8, "same_as"].isna().all()
    # Distinct claims are the rows without same_as: the deal counts once, at the body's precision.
    totals = acme[acme["same_as"].isna()].groupby("unit", observed=True)["value"].sum()
    assert totals["USD"] == 25.4e9
    # Each claim's restatements: one groupby on same_as, falling back to the figure's own id.
    claim = acme["same_as"].fillna(pd.Series(acme.index, index=acme.index, dtype="string"))
    assert acme.groupby(claim).size().sort_values().tolist() == [1, 2, 2]


def test_display_drops_markdown_escapes_and_quote_keeps_them(extra_project):
    figures = load_table("figures", extra_project / "datapackage")
    acme = figures[figures["source_id"] == "zz_acme"]
    row = acme[acme["display"] == "$25.4bn"].iloc[0]
    assert row["quote"] == "\\$25.4bn"
    text = (extra_project / "seeds" / "zz_acme.txt").read_text(encoding="utf-8")
    assert text[row["start"] : row["end"]] == row["quote"]
    assert not figures["display"].str.contains("\\\\", regex=False).any()


def test_a_strict_build_names_each_article_without_publisher_or_date(tmp_path):
    project = project_with_extra_articles(tmp_path, citable_only=False)
    (project / "datapackage").mkdir()
    result = build(project, "--strict")
    assert result.returncode == EXIT_INPUT, result.stderr
    assert result.stderr.startswith("newsfigures: error: seeds/zz_memo.meta.toml: strict mode:")
    assert "zz_memo.txt lacks publisher, published" in result.stderr
    assert not (project / "CITATION.cff").exists()
    assert list((project / "datapackage").iterdir()) == []


def test_a_draft_build_goes_to_the_draft_folder_and_says_so(tmp_path):
    project = project_with_extra_articles(tmp_path, citable_only=False)
    shutil.copytree(Path(__file__).resolve().parents[1] / "datapackage", project / "datapackage")
    before = snapshot(project / "datapackage")
    result = run(project, "build")
    assert result.returncode == 0, result.stderr
    assert "built datapackage.draft (a draft" in result.stderr
    assert "have no reviewed annotation" in result.stderr  # zz_memo's 4% and $3.4m
    assert "note: zz_memo.txt has no publisher, published (build --strict requires them" in result.stderr
    assert snapshot(project / "datapackage") == before
    assert validate_package(project / "datapackage.draft") == []
    assert "zz_memo" in {r["source_id"] for r in rows(project / "datapackage.draft", "sources")}
    assert not (project / "CITATION.cff").exists()  # only the strict build writes the citation


def test_cffconvert_accepts_the_regenerated_citation(extra_project):
    from test_publishing import cffconvert_validate

    result = cffconvert_validate(extra_project / "CITATION.cff")
    assert result.returncode == 0, result.stdout + result.stderr


@settings(max_examples=200, deadline=None)
@given(
    title=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1).filter(str.strip),
    author=st.from_regex(r"[^\W\d_]{1,8}( [^\W\d_]{1,8}){0,2}", fullmatch=True),
)
def test_any_title_and_author_survive_the_trip_through_yaml(title, author):
    row = {"title": title, "authors": author, "publisher": title, "published": "2021-03-01", "kind": "opinion"}
    reference = yaml.safe_load(citation_cff([row]))["references"][0]
    assert reference["title"] == title and reference["publisher"]["name"] == title
    person = reference["authors"][0]
    assert " ".join(filter(None, (person.get("given-names"), person["family-names"]))) == author
