"""What a reader's defaults make of the CSVs: Namibia's code ``NA`` is a value, not a missing cell.

Only an empty cell is missing in the package (the descriptor's ``missingValues``); pandas' and R's
defaults take ``NA`` for missing, so the codebook gives the options that keep it, and they do.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from cli_helpers import build_article

ARTICLE = "Namibia grows\n\nMarch 1, 2021\n\nNamibia's economy grew by 4.2% in 2020, the statistics office said.\n"


def build(tmp_path: Path) -> Path:
    return build_article(tmp_path, "nam.txt", ARTICLE)


def test_the_codebook_says_how_to_keep_namibia_and_its_advice_keeps_it(tmp_path: Path) -> None:
    pkg = build(tmp_path)
    path = pkg / "figures.csv"
    assert pd.read_csv(path)["subject"].isna().all()  # pandas' default: Namibia is lost
    codebook = (pkg / "README.md").read_text(encoding="utf-8")
    advice = re.search(r"`pd\.read_csv\(path, (dtype=str, keep_default_na=False, na_values=\[\"\"\])\)`", codebook)
    assert advice is not None and "Namibia" in codebook and 'na.strings = ""' in codebook
    kept = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    assert kept["quote"].tolist() == ["4.2%"] and kept["subject"].tolist() == ["NA"]


#: An article whose file name, dates and periods are all digits: what a reader's type guesses turn into numbers.
DIGITS = "Widget exports grow\n\nMarch 1, 2005\n\nPolish widget exports rose 12% in 2004, after 8% in 2003.\n"


def test_the_codebook_gives_each_table_a_typed_duckdb_reading_that_keeps_digit_ids_text(
    tmp_path: Path, monkeypatch
) -> None:
    import duckdb

    pkg = build_article(tmp_path, "121.txt", DIGITS)
    guessed = duckdb.sql(f"select source_id, period from read_csv_auto('{pkg / 'figures.csv'}')")
    assert [str(t) for t in guessed.types] == ["BIGINT", "BIGINT"]  # DuckDB's guess: the id 121, the year 2004
    codebook = (pkg / "README.md").read_text(encoding="utf-8")
    statements = {
        table: sql for sql, table in re.findall(r"DuckDB: `(select \* from read_csv\('(\w+)\.csv'.*?\))`", codebook)
    }
    assert sorted(statements) == ["annotations", "dates", "exclusions", "figures", "sources"]
    monkeypatch.chdir(pkg)
    figures = duckdb.sql(statements["figures"])
    types = dict(zip(figures.columns, map(str, figures.types), strict=True))
    assert types["source_id"] == types["period"] == "VARCHAR" and types["counterpart_start"] == "BIGINT"
    assert sorted(figures.select("source_id, period").fetchall()) == [("121", "2003"), ("121", "2004")]
    dates = duckdb.sql(statements["dates"]).select("quote, value").fetchall()
    assert sorted(dates) == [("2003", "2003"), ("2004", "2004"), ("March 1, 2005", "2005-03-01")]
    assert 'col_types = readr::cols(.default = "c")' in codebook


#: One figure of most kinds, each with the unit its kind takes.
KINDS_ARTICLE = (
    "Widgets\n\nMarch 1, 2005\n\nWidget sales doubled to $3.4bn, twice the 2003 level, over 18 months. Half of "
    "the 1,200 staff, aged 40, moved 300 tonnes at 50 miles an hour. The index closed at 771.\n"
)


def test_the_codebook_says_which_unit_each_kind_of_figure_takes(tmp_path: Path) -> None:
    import json

    pkg = build_article(tmp_path, "kinds.txt", KINDS_ARTICLE)
    figures = pd.read_csv(pkg / "figures.csv", dtype=str, keep_default_na=False)
    pairs = set(zip(figures["kind"], figures["unit"], strict=True))
    assert {"money", "fraction", "multiple", "number", "duration", "count"} <= {k for k, _ in pairs}, pairs
    desc = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
    fields = {
        f["name"]: f["description"] for r in desc["resources"] if r["name"] == "figures" for f in r["schema"]["fields"]
    }
    for kind, unit in pairs:
        said = re.search(rf"{kind} \(([^)]*)\)", fields["kind"])
        assert said is not None, kind
        if kind == "money":
            assert "ISO 4217" in said.group(1)
        elif kind in ("duration", "age", "quantity", "rate"):
            assert "pint" in said.group(1) or unit in said.group(1), (kind, unit, said.group(1))
        else:
            assert f"'{unit}'" in said.group(1), (kind, unit, said.group(1))
    assert "'dimensionless'" in fields["unit"]
