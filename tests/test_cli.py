"""The command line: strict builds and the extract command (bad input and tamper detection: test_reliability.py)."""

import json

from cli_helpers import build

from newsfigures.cli import main


def test_strict_build_names_unannotated_figures(project):
    (project / "seeds" / "widgets.txt").write_text("Widgets Inc\n\nSales rose 12% to $3.4bn.\n", encoding="utf-8")
    (project / "seeds" / "gadgets.txt").write_text("Gadgets\n\nIt sold 300 gadgets.\n", encoding="utf-8")
    result = build(project, "--strict")
    assert result.returncode == 3
    # every missing figure of every article, at once
    assert "3 economic figure(s) have no confirmed annotation" in result.stderr
    assert "2 figure(s) of widgets.txt: '12%' (line 3), '$3.4bn' (line 3)" in result.stderr
    assert "1 figure(s) of gadgets.txt: '300' (line 3)" in result.stderr


def test_extract_prints_jsonl_rows_with_table_and_path(tmp_path, capsys):
    path = tmp_path / "note.txt"
    path.write_text("Oil fell $1.64 to $47.10 a barrel on Feb. 3.", encoding="utf-8")
    assert main(["extract", str(path), "--format", "jsonl", "--published", "2005-02-04"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    figures = [r for r in rows if r["table"] == "figures"]
    dates = [r for r in rows if r["table"] == "dates"]
    assert [(r["quote"], r["change"]) for r in figures] == [("$1.64", "decrease"), ("$47.10 a barrel", "none")]
    assert figures[1]["unit"] == "USD/oil_barrel"
    assert [(r["quote"], r["value"]) for r in dates] == [("Feb. 3", "2005-02-03")]
    assert all(r["path"] == str(path) for r in rows)


def test_an_article_with_no_dateline_and_a_year_less_date_builds(project):
    (project / "seeds" / "memo.txt").write_text("Talks were held on March 3 and trade rose 4%.\n", encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    # nothing in the story gives a year: the date is kept, with an empty value, and the build says why
    rows = (project / "datapackage" / "dates.csv").read_text(encoding="utf-8").splitlines()
    assert any(row.startswith("memo/") and row.endswith(",,day,unanchored") for row in rows), rows
    assert "memo.txt: no publication date" in result.stderr
