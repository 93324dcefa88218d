"""Dates end to end: new articles with impossible dates, no dateline, story-anchored periods build and validate."""

import csv
from pathlib import Path

from newsfigures.cli import main


def rows(folder: Path, table: str) -> list[dict[str, str]]:
    """The rows of one table of a built package."""
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_an_impossible_date_is_an_exclusion_and_the_build_succeeds(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "deal.txt").write_text(
        "Deal signed\n\nThe deal was signed on 2021-04-31 and took effect on 30 February, lifting sales 5%.\n",
        encoding="utf-8",
    )
    assert main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "out")]) == 0
    excluded = {(r["quote"], r["reason"]) for r in rows(tmp_path / "out", "exclusions")}
    assert {("2021-04-31", "invalid_date"), ("30 February", "invalid_date")} <= excluded
    assert rows(tmp_path / "out", "dates") == []
    assert "deal.txt: no publication date" in capsys.readouterr().err


def test_an_article_without_a_dateline_anchors_on_its_story(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "results.txt").write_text(
        "Results\n\nProfit in the fourth quarter of 2004 rose 5% to $2bn, up from $1.9bn in the same period "
        "of 2003. In the three months to September, sales fell. A year earlier, the firm had warned. "
        "Sales rose last year.\n",
        encoding="utf-8",
    )
    assert main(["build", "--quiet", "--seeds", str(seeds), "--out", str(tmp_path / "out")]) == 0
    dates = [(r["quote"], r["value"], r["granularity"], r["resolution"]) for r in rows(tmp_path / "out", "dates")]
    assert dates == [
        ("fourth quarter of 2004", "2004-Q4", "quarter", "explicit"),
        ("same period of 2003", "2003-Q4", "quarter", "story_date"),
        ("three months to September", "2004-Q3", "quarter", "story_year"),  # not 2003: that is a comparison
        ("A year earlier", "2003-Q3", "quarter", "story_date"),
        # results of the fourth quarter of 2004 reported as done: the story is told in 2005
        ("last year", "2004", "year", "story_present"),
    ]
