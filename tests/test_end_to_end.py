"""End to end: build the seeds into a temporary folder, validate it, and read the claims back.

Every expected figure is checked against the seed text itself: the quote must be the text at its
offsets, and the value must be what the quoted words say.
"""

import csv
import filecmp
import shutil
from pathlib import Path

import pytest
from package_checks import SHIPPED, require_shipped

from newsfigures.cli import main
from newsfigures.package.validate import validate_package

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PACKAGE = ROOT / "datapackage"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A strict build of a copy of seeds/ in a temporary project folder."""
    project = tmp_path_factory.mktemp("project")
    shutil.copytree(SEEDS, project / "seeds")
    rc = main(
        ["build", "--strict", "--quiet", "--seeds", str(project / "seeds"), "--out", str(project / "datapackage")]
    )
    assert rc == 0
    return project / "datapackage"


@pytest.fixture(scope="module")
def shipped(built) -> Path:
    """The built package, for tests about the shipped articles (found by their ids among any others)."""
    require_shipped(built)
    return built


def rows(package: Path, table: str) -> list[dict[str, str]]:
    with open(package / f"{table}.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def seed_text(package: Path, source_id: str) -> str:
    source = next(r for r in rows(package, "sources") if r["source_id"] == source_id)
    return (package.parent / source["path"]).read_text(encoding="utf-8")


def figure(package: Path, words: str) -> dict[str, str]:
    """The one figure whose sentence holds ``words`` and whose quote is inside them."""
    hits = [
        r
        for r in rows(package, "figures")
        if r["source_id"] in SHIPPED and words in r["sentence"] and r["quote"] in words
    ]
    assert len(hits) == 1, (words, hits)
    row = hits[0]
    text = seed_text(package, row["source_id"])
    assert text[int(row["start"]) : int(row["end"])] == row["quote"]
    return row


def test_the_built_package_validates(built):
    assert validate_package(built) == []


def test_every_resource_is_listed_and_nonempty(built, shipped):
    """Every table of the shipped articles has rows; seeds/ may hold others (an article with no figures)."""
    assert rows(built, "sources")
    for table in ("sources", "figures", "dates", "exclusions", "annotations"):
        assert rows(shipped, table), table


@pytest.mark.parametrize(
    ("words", "value", "unit"),
    [
        ("bilateral trade turnover amounted to \\$1.5 billion", 1.5e9, "USD"),
        ("That is 92 percent of what it was", 92, "percent"),
        ("came in at \\$1.3 billion", 1.3e9, "USD"),
        ("allocated \\$5.2 million to the Kyrgyz Interior Ministry", 5.2e6, "USD"),
        ("it is hoping to secure 500,000 free doses", 500000, "count"),
        ("entitled to 85% of all revenues", 85, "percent"),
    ],
)
def test_levels_read_from_the_text(shipped, words, value, unit):
    row = figure(shipped, words)
    assert float(row["value"]) == pytest.approx(value, rel=1e-12)
    assert row["unit"] == unit
    assert row["change"] == "none"


def test_a_contraction_is_a_decrease(shipped):
    row = figure(shipped, "which shrank by 8.6% in 2020")
    assert (float(row["value"]), row["unit"], row["change"]) == (8.6, "percent", "decrease")
    annotation = next(a for a in rows(shipped, "annotations") if a["figure_id"] == row["figure_id"])
    assert annotation["period"] == "2020"


def test_an_approximate_count(shipped):
    row = figure(shipped, "Around 600,000 Kyrgyz nationals")
    assert (float(row["value"]), row["unit"], row["kind"], row["qualifier"]) == (
        600000,
        "count",
        "count",
        "approximate",
    )


def test_a_conversion_in_parentheses_is_an_equivalent(shipped):
    rubles = figure(shipped, "receive 623 million rubles")
    dollars = next(r for r in rows(shipped, "figures") if r["equivalent_of"] == rubles["figure_id"])
    assert (float(rubles["value"]), rubles["unit"]) == (623e6, "RUB")
    assert (float(dollars["value"]), dollars["unit"]) == (8.3e6, "USD")


def test_idioms_and_names_are_not_figures(shipped):
    quotes = {r["quote"] for r in rows(shipped, "figures") if r["source_id"] in SHIPPED}
    for words in ("two-way", "Covid-19", "Sputnik V"):
        assert not any(words in q or q in words for q in quotes), words


def test_dates_resolve_against_the_publication_date(shipped):
    dates = {r["quote"]: r for r in rows(shipped, "dates") if r["source_id"] == SHIPPED[0]}
    assert dates["Feb. 24"]["value"] == "2021-02-24"
    march = next(r for q, r in dates.items() if q.startswith("March 2-3"))
    assert march["value"] == "2021-03-02/2021-03-03"


def test_the_committed_package_is_current(built):
    """Rebuilding the seeds changes no byte of the committed datapackage/."""
    names = sorted(p.name for p in built.iterdir())
    assert names == sorted(p.name for p in PACKAGE.iterdir())
    _match, mismatch, errors = filecmp.cmpfiles(built, PACKAGE, names, shallow=False)
    assert mismatch == [] and errors == [], "datapackage/ is stale: run `make datapackage` and commit it"


CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-business"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus/bbc-business")
def test_every_article_of_the_bbc_corpus_builds_into_a_package_that_validates(tmp_path: Path) -> None:
    """A user's archive of real articles (498, no publication dates) builds as a draft and validates: every
    evidence span names what it is evidence of, every period is a valid key (a build that does not validate
    exits 1 and names the rows)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copy(path, seeds / path.name)
    rc = main(["build", "--quiet", "--no-cache", "--seeds", str(seeds), "--out", str(tmp_path / "package")])
    assert rc == 0
    assert not validate_package(tmp_path / "package")
