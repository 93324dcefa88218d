"""Review as confirmation: skeletons from the automatic values, corrections with reasons, decided_by."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newsfigures.cli import main
from newsfigures.errors import InputError
from newsfigures.package.tables import process_source
from newsfigures.package.validate import validate_package
from newsfigures.sources import read_source

ARTICLE = (
    "Widgets boom\n\n"
    "Polish widget exports rose 12% to $3.4bn in 2004, the ministry said.\n\n"
    "Germany gave Poland $20m in training grants.\n"
)


def article(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "widgets.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "widgets.meta.toml").write_text('publisher = "W"\npublished = 2021-03-01\n', encoding="utf-8")
    return seeds / "widgets.txt"


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_annotate_writes_entries_to_confirm_from_the_automatic_values(tmp_path: Path) -> None:
    seed = article(tmp_path)
    assert main(["annotate", str(seed)]) == 0
    text = seed.with_name("widgets.annotations.toml").read_text(encoding="utf-8")
    assert text.count("[[figure]]") == 3 and text.count("confirmed = false") == 3
    assert "subject = 'PL'" in text and "period = '2004'" in text and "measure = 'Polish widget exports'" in text
    # unconfirmed entries leave every figure to the extractor, and a strict build lists them all
    result = process_source(read_source(seed))
    assert {f["decided_by"] for f in result.figures} == {"extractor"} and len(result.unannotated) == 3
    # a second run adds nothing
    assert main(["annotate", str(seed)]) == 0
    assert seed.with_name("widgets.annotations.toml").read_text(encoding="utf-8") == text


def test_confirming_makes_the_reviewer_decide_and_the_package_validates(tmp_path: Path) -> None:
    seed = article(tmp_path)
    main(["annotate", str(seed)])
    path = seed.with_name("widgets.annotations.toml")
    path.write_text(path.read_text(encoding="utf-8").replace("confirmed = false", "confirmed = true"), encoding="utf-8")
    out = tmp_path / "datapackage"
    assert main(["build", "--quiet", "--strict", "--seeds", str(seed.parent), "--out", str(out)]) == 0
    figures = rows(out / "figures.csv")
    assert {f["decided_by"] for f in figures} == {"reviewer"}
    assert all(a["corrected"] == "" for a in rows(out / "annotations.csv"))
    assert validate_package(out) == []


def test_a_correction_needs_a_reason_and_is_recorded(tmp_path: Path) -> None:
    seed = article(tmp_path)
    path = seed.with_name("widgets.annotations.toml")
    entry = '[[figure]]\nquote = "$20m"\nstatus = "reported"\nsubject = "PL"\ncounterpart = "EU"\n'
    path.write_text(entry, encoding="utf-8")
    with pytest.raises(InputError, match=r"corrects counterpart .* give the reason") as info:
        process_source(read_source(seed))
    assert info.value.line == 1
    path.write_text(entry + 'reason = "EU funds passed through Germany."\n', encoding="utf-8")
    result = process_source(read_source(seed))
    (row,) = [f for f in result.figures if f["quote"] == "$20m"]
    assert (row["subject"], row["counterpart"], row["decided_by"]) == ("PL", "EU", "reviewer")
    assert row["counterpart_start"] is None  # the text does not name the EU: no evidence
    (ann,) = result.annotations
    assert (ann["corrected"], ann["reason"]) == ("counterpart", "EU funds passed through Germany.")


def test_value_period_and_measure_corrections(tmp_path: Path) -> None:
    seed = article(tmp_path)
    path = seed.with_name("widgets.annotations.toml")
    path.write_text(
        '[[figure]]\nquote = "12%"\nstatus = "reported"\nvalue = 13\nperiod = "2004-Q4"\nmeasure = "exports"\n'
        'reason = "A misprint, per the ministry\'s release."\n',
        encoding="utf-8",
    )
    (row,) = [f for f in process_source(read_source(seed)).figures if f["quote"] == "12%"]
    assert (row["value"], row["period"], row["period_method"], row["period_date_id"]) == (
        13.0,
        "2004-Q4",
        "annotation",
        None,
    )
    assert ARTICLE[row["measure_start"] : row["measure_end"]] == "exports"
    path.write_text(
        path.read_text(encoding="utf-8").replace('measure = "exports"', 'measure = "imports"'), encoding="utf-8"
    )
    with pytest.raises(InputError, match="not words of the figure's sentence"):
        process_source(read_source(seed))


def test_validation_checks_evidence_and_period_links(tmp_path: Path) -> None:
    seed = article(tmp_path)
    out = tmp_path / "datapackage"
    assert main(["build", "--quiet", "--seeds", str(seed.parent), "--out", str(out)]) == 0
    figures = rows(out / "figures.csv")
    f = next(r for r in figures if r["quote"] == "12%")
    assert (f["measure"], f["subject"], f["period"], f["period_method"]) == (
        "Polish widget exports",
        "PL",
        "2004",
        "same_clause",
    )
    from newsfigures.package.validate import check_semantics

    texts = {"widgets": ARTICLE}
    dates = rows(out / "dates.csv")
    tables = {"figures": figures, "dates": dates, "annotations": []}
    assert check_semantics(tables, texts) == []
    f["measure_start"] = str(int(f["measure_start"]) + 1)
    f["subject"] = "DE"
    f["period"] = "2005"
    problems = [p.message for p in check_semantics(tables, texts)]
    assert any("measure 'Polish widget exports' is not the text" in m for m in problems)
    assert any("subject 'DE'" in m and "does not name it" in m for m in problems)
    assert any("period '2005' is not the value of its date" in m for m in problems)
    # a coordinated period is a span that begins with its date's value ('in both 2004 and 2005'), no other
    f["measure_start"] = str(int(f["measure_start"]) - 1)
    f["subject"], f["period_method"] = "PL", "coordinated"
    f["period"] = "2004/2005"
    assert check_semantics(tables, texts) == []
    f["period"] = "2003/2004"
    problems = [p.message for p in check_semantics(tables, texts)]
    assert any("period '2003/2004' is not the value of its date" in m for m in problems)


def test_a_confirmed_figure_with_no_measure_needs_an_indicator(tmp_path: Path) -> None:
    """The annotations table requires an indicator (the reviewer's, else the measure): a confirmed entry
    whose figure has neither stops the build at the entry's line, not at a row of annotations.csv."""
    seed = article(tmp_path)
    path = seed.with_name("widgets.annotations.toml")
    entry = '\n[[figure]]\nquote = "$20m"\nstatus = "reported"\nmeasure = ""\nreason = "The text says only what it is for."\n'
    path.write_text(entry, encoding="utf-8")
    with pytest.raises(InputError, match=r"'\$20m' has no measure: give indicator") as info:
        process_source(read_source(seed))
    assert info.value.line == 2
    out = tmp_path / "datapackage"
    assert main(["build", "--quiet", "--seeds", str(seed.parent), "--out", str(out)]) == 3
    assert not out.exists()
    path.write_text(entry + 'indicator = "training grants from Germany"\n', encoding="utf-8")
    (ann,) = process_source(read_source(seed)).annotations
    assert (ann["indicator"], ann["corrected"]) == ("training grants from Germany", "measure")
    assert main(["build", "--quiet", "--seeds", str(seed.parent), "--out", str(out)]) == 0


def test_an_unconfirmed_entry_with_no_measure_is_left_for_review(tmp_path: Path) -> None:
    """Only a confirmed entry gives an annotations row: one still to review needs no indicator yet."""
    seed = article(tmp_path)
    path = seed.with_name("widgets.annotations.toml")
    path.write_text(
        '[[figure]]\nquote = "$20m"\nconfirmed = false\nstatus = "reported"\nmeasure = ""\n', encoding="utf-8"
    )
    result = process_source(read_source(seed))
    assert result.annotations == [] and "$20m" in [f["quote"] for f in result.unannotated]


def test_annotate_asks_for_an_indicator_where_it_found_no_measure(tmp_path: Path) -> None:
    """'It was 7%.' names nothing the figure measures: the skeleton says so under the empty measure, and
    the entry confirmed as written stops the build at its line until an indicator is given."""
    seed = article(tmp_path)
    seed.write_text(ARTICLE + "\nIt was 7%.\n", encoding="utf-8")
    assert main(["annotate", str(seed)]) == 0
    path = seed.with_name("widgets.annotations.toml")
    text = path.read_text(encoding="utf-8")
    entries = text.split("[[figure]]")[1:]
    (bare,) = [e for e in entries if "quote = '7%'" in e]
    assert "measure = ''\n# no measure found: before confirming, give indicator" in bare
    assert all("no measure found" not in e for e in entries if e is not bare)
    path.write_text(text.replace("confirmed = false", "confirmed = true"), encoding="utf-8")
    with pytest.raises(InputError, match="'7%' has no measure"):
        process_source(read_source(seed))
    path.write_text(
        path.read_text(encoding="utf-8").replace("# no measure found", 'indicator = "x"\n#'), encoding="utf-8"
    )
    assert len(process_source(read_source(seed)).annotations) == 4


JOBS = (
    "Jobless total falls\n\n"
    "The jobless total fell by 20,000 to 1.2 million in March, the office said.\n\n"
    "Unemployment rose 37,000 in the three months to January.\n\n"
    "Oil rose to $50 a barrel, and the firm paid 10p a share.\n\n"
    "The index closed at 4,751, while output reached 5m tonnes.\n\n"
    "The chairman, aged 61, has run the office for 12 years.\n"
)


def test_a_count_of_people_with_no_noun_after_it_is_a_count(tmp_path: Path) -> None:
    """'Unemployment rose 37,000': a number with no counted noun whose measure is a count of people is a count,
    and 'the index closed at 4,751' stays a number (an index level counts nobody)."""
    seed = article(tmp_path)
    seed.write_text(JOBS, encoding="utf-8")
    kinds = {f["quote"]: (f["kind"], f["unit"]) for f in process_source(read_source(seed)).figures}
    for quote in ("20,000", "1.2 million", "37,000"):
        assert kinds[quote] == ("count", "count"), kinds
    assert kinds["4,751"] == ("number", "dimensionless"), kinds


def test_a_strict_build_publishes_no_figure_nobody_reviewed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """End to end in a seeds folder of its own: annotate writes an entry for every figure but a conversion in
    parentheses (counts of people, a bare number, a rate, a quantity, a duration and an age among them);
    unconfirmed, the strict build names each and writes nothing; confirmed, every figure it publishes, of every
    kind, was decided by the reviewer."""
    seed = article(tmp_path)
    seed.write_text(JOBS, encoding="utf-8")
    assert main(["annotate", str(seed)]) == 0
    path = seed.with_name("widgets.annotations.toml")
    text = path.read_text(encoding="utf-8")
    figures = process_source(read_source(seed)).figures
    reviewed = [f for f in figures if not f["equivalent_of"]]
    assert {f["kind"] for f in reviewed} >= {"count", "number", "rate", "quantity", "duration", "age"}
    assert text.count("[[figure]]") == len(reviewed)
    out = tmp_path / "datapackage"
    assert main(["build", "--quiet", "--strict", "--seeds", str(seed.parent), "--out", str(out)]) == 3
    assert f"{len(reviewed)} figure(s) have no confirmed annotation" in capsys.readouterr().err
    assert not out.exists()
    path.write_text(text.replace("confirmed = false", "confirmed = true"), encoding="utf-8")
    assert main(["build", "--quiet", "--strict", "--seeds", str(seed.parent), "--out", str(out)]) == 0
    published = rows(out / "figures.csv")
    assert {f["decided_by"] for f in published} == {"reviewer"} and len(published) == len(figures)
    assert {(f["quote"], f["kind"]) for f in published} >= {("61", "age"), ("12 years", "duration")}
    assert validate_package(out) == []


@pytest.mark.parametrize(
    ("sentence", "quote", "kind"),
    [
        # must: a number with no noun after it, whose measure is a count of people or of jobs
        ("Payrolls grew by 210,000 last month.", "210,000", "count"),
        ("The firm's workforce fell to 12,000 last year.", "12,000", "count"),
        ("The number of people claiming benefit fell 11,000 in May.", "11,000", "count"),
        ("The claimant count dropped by 5,000 last month.", "5,000", "count"),
        ("Job losses reached 3,400 in the sector.", "3,400", "count"),
        # must not: what counts nobody, a tally of no people, a small or broken number under a word of people
        ("The index closed at 4,751 on Friday.", "4,751", "number"),
        ("Shares in the firm rose 20 to 450.", "450", "number"),
        ("The firm's losses reached 3,400 last year.", "3,400", "number"),
        ("Unemployment fell to 5 in May, the lowest in years.", "5", "number"),
        ("Unemployment rose to 5.4 in May.", "5.4", "number"),
    ],
)
def test_a_count_of_people_is_read_from_its_measure(tmp_path: Path, sentence: str, quote: str, kind: str) -> None:
    seed = article(tmp_path)
    seed.write_text("Jobs\n\n" + sentence + "\n", encoding="utf-8")
    (row,) = [f for f in process_source(read_source(seed)).figures if f["quote"] == quote]
    assert quote in sentence and (row["kind"], row["unit"]) == (kind, "count" if kind == "count" else "dimensionless")


def test_a_headline_figure_restating_the_body_needs_its_own_review(tmp_path: Path) -> None:
    """'$3bn' in the headline restates the body's '$3.4bn' (same_as): a strict build asks a review of it too, since
    the link is read by value alone; a conversion in parentheses ('(£2.6bn)') is reviewed through its original."""
    seed = article(tmp_path)
    seed.write_text(
        "Widget exports reach $3bn\n\nPolish widget exports rose to $3.4bn (£2.6bn) in 2004, the ministry said.\n",
        encoding="utf-8",
    )
    result = process_source(read_source(seed))
    by_quote = {f["quote"]: f for f in result.figures}
    assert by_quote["$3bn"]["same_as"] == by_quote["$3.4bn"]["figure_id"]
    assert by_quote["£2.6bn"]["equivalent_of"] == by_quote["$3.4bn"]["figure_id"]
    assert sorted(f["quote"] for f in result.unannotated) == ["$3.4bn", "$3bn"]
    assert main(["annotate", str(seed)]) == 0
    path = seed.with_name("widgets.annotations.toml")
    path.write_text(path.read_text(encoding="utf-8").replace("confirmed = false", "confirmed = true"), encoding="utf-8")
    result = process_source(read_source(seed))
    assert result.unannotated == [] and {f["decided_by"] for f in result.figures} == {"reviewer"}
