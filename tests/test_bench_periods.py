"""The periods/dates benchmark (newsfigures.bench.periods) on an article written here, and the gold's own checks."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from pathlib import Path

import pycountry
import pytest

from newsfigures.bench.periods import (
    CORPUS_DIR,
    GOLD_DIR,
    GoldArticle,
    PredDate,
    PredFigure,
    Prediction,
    Rounds,
    Tally,
    anchor_scores,
    date_family,
    draw_rounds,
    group_line,
    group_table,
    load_gold,
    load_gold_dir,
    main,
    merge,
    period_family,
    prediction_from_tables,
    read_rounds,
    report,
    score_anchor,
    score_article,
    seen_texts,
    story_present_year,
)
from newsfigures.package.fields import ISO_PATTERN

TEXT = (
    "Widget maker posts profit\n\n"
    "Acme said profits rose 12% to $3.4bn in the fourth quarter of 2004. "
    "Sales in 2003 were $9bn. The firm will report on Tuesday.\n"
)
BLOCS = {
    "EU",
    "EAEU",
    "IMF",
    "OPEC",
    "WTO",
    "EZ",
    "G7",
    "G20",
    "WB",
    "UN",
    "OECD",
    "ASEAN",
    "CIS",
}


def span(quote: str, text: str = TEXT) -> dict[str, object]:
    """Start, end and quote of the only occurrence of a quote in the text."""
    assert text.count(quote) == 1, quote
    start = text.index(quote)
    return {"start": start, "end": start + len(quote), "quote": quote}


def write_gold(folder: Path, text: str = TEXT, name: str = "widgets.txt", anchor: str | None = None) -> Path:
    """A gold file for the made-up article (with ``anchor`` as its present year when given)."""
    doc: dict[str, object] = {
        "article": name,
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "dates": [
            {**span("the fourth quarter of 2004", text), "value": "2004-Q4"},
            {**span("2003", text), "value": "2003"},
            {**span("Tuesday", text), "value": "", "note": "weekday without a dated week"},
        ],
        "figures": [
            {**span("12%", text), "period": "2004-Q4", "subject": "US", "measure": "profits"},
            {**span("$3.4bn", text), "period": "2004-Q4", "subject": "US", "measure": "profits"},
            {**span("$9bn", text), "period": "2003", "subject": "US", "measure": "sales"},
        ],
    }
    if anchor is not None:
        doc["anchor"] = {
            "year": anchor,
            "evidence": "results of the fourth quarter of 2004 are reported" if anchor else "",
        }
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name[:-4] + ".json")
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def pdate(quote: str, value: str) -> PredDate:
    s = span(quote)
    return PredDate(int(s["start"]), int(s["end"]), quote, value)  # type: ignore[call-overload]


def pfig(quote: str, period: str, subject: str | None, measure: str | None = None) -> PredFigure:
    s = span(quote)
    return PredFigure(int(s["start"]), int(s["end"]), quote, period, subject, measure)  # type: ignore[call-overload]


def test_scores_spans_values_periods_and_subjects(tmp_path: Path) -> None:
    gold = load_gold(write_gold(tmp_path))
    pred = Prediction(
        dates=(pdate("2004", "2004"), pdate("2003", "2003"), pdate("Sales", "2005")),
        figures=(pfig("12%", "2004-Q4", "US", "quarterly profits"), pfig("$3.4bn", "", "GB", "turnover")),
        columns=frozenset({"period", "subject", "measure"}),
    )
    tally = Tally()
    score_article(gold, pred, tally)
    # "2004" overlaps the quarter expression (span hit, wrong value); "2003" is right; "Sales" is spurious.
    assert (tally.gold_dates, tally.pred_dates, tally.span_hits, tally.value_hits) == (3, 3, 2, 1)
    assert (tally.gold_figures, tally.found, tally.period_right) == (3, 2, 1)
    assert (tally.subject_scored, tally.subject_right, tally.measure_scored, tally.measure_right) == (2, 1, 2, 1)
    kinds = sorted((i.what, i.quote) for i in tally.issues)
    assert kinds == [
        ("date-missed", "Tuesday"),
        ("date-spurious", "Sales"),
        ("date-value", "the fourth quarter of 2004"),
        ("figure-missed", "$9bn"),
        ("measure", "$3.4bn"),  # 'turnover' shares no word with 'profits'; 'quarterly profits' does
        ("period", "$3.4bn"),
        ("subject", "$3.4bn"),
    ]
    missed = next(i for i in tally.issues if i.what == "measure")
    assert (missed.gold, missed.predicted) == ("profits", "turnover")
    text = "\n".join(report(tally, 1))
    assert re.search(r"span \+ exact value\s+P\s+33\.3\s+R\s+33\.3\s+F1\s+33\.3", text)
    assert re.search(r"span only \(overlap\)\s+P\s+66\.7\s+R\s+66\.7", text)
    assert "period accuracy (found)      1/2 = 50.0%" in text
    assert "subject accuracy (found)     1/2 = 50.0%" in text
    assert re.search(r"weekday\s+1\s+0\s+0", text)
    assert (
        "gold: 3 date expressions (2 with an ISO value), 3 economic figures (3 with a period, 3 with a subject)" in text
    )


def test_empty_gold_value_needs_an_unanchored_prediction(tmp_path: Path) -> None:
    gold = load_gold(write_gold(tmp_path))
    for value, right in (("", 1), ("2004-12-07", 0)):
        tally = Tally()
        score_article(gold, Prediction(dates=(pdate("Tuesday", value),), figures=()), tally)
        assert (tally.span_hits, tally.value_hits) == (1, right)


def test_missing_columns_print_na(tmp_path: Path) -> None:
    gold = load_gold(write_gold(tmp_path))
    tally = Tally()
    score_article(gold, Prediction(dates=(), figures=(pfig("12%", "", None),), columns=frozenset({"period"})), tally)
    text = "\n".join(report(tally, 1))
    assert "subject accuracy (found)     n/a" in text
    assert "measure, >=1 gold word       n/a" in text
    assert tally.period_right == 0 and tally.found == 1


def test_prediction_from_tables_reads_rows_and_unanchored_exclusions() -> None:
    tables = {
        "dates": [{"start": 5, "end": 9, "quote": "2004", "value": "2004"}],
        "exclusions": [
            {"start": 20, "end": 26, "quote": "3 June", "reason": "unanchored_date"},
            {"start": 30, "end": 38, "quote": "Covid-19", "reason": "name"},
        ],
        "figures": [{"start": 0, "end": 3, "quote": "12%", "period": None}],
    }
    pred = prediction_from_tables(tables)
    assert pred.dates == (PredDate(5, 9, "2004", "2004"), PredDate(20, 26, "3 June", ""))
    assert pred.figures == (PredFigure(0, 3, "12%", "", None, None),)


@pytest.mark.parametrize(
    ("quote", "family"),
    [
        ("the fourth quarter", "quarter"),
        ("Q3", "quarter"),
        ("the three months to December", "quarter"),
        ("the first half", "half"),
        ("the year to March 2005", "fiscal"),
        ("its current financial year", "fiscal"),
        ("Spring 2005", "season"),
        ("mid-2004", "part"),
        ("the end of 2005", "part"),
        ("last year", "relative"),
        ("earlier this month", "relative"),
        ("Tuesday", "weekday"),
        ("Christmas", "holiday"),
        ("the New Year", "holiday"),
        ("the holiday period", "holiday"),
        ("the rest of the year", "relative"),
        ("full-year", "year"),
        ("the full year", "year"),
        ("the year as a whole", "year"),
        ("the 1990s", "decade"),
        ("between 2003 and 2005", "range"),
        ("2 February", "day"),
        ("February 2", "day"),
        ("January 2005", "month"),
        ("2004", "year"),
    ],
)
def test_date_families(quote: str, family: str) -> None:
    assert date_family(quote) == family


def test_period_families() -> None:
    assert [period_family(v) for v in ("", "2004", "2004-Q4", "2004-H1", "2004-12", "2004-12-07", "197X")] == [
        "none",
        "year",
        "quarter",
        "half",
        "month",
        "day",
        "decade",
    ]
    assert period_family("2004-04/2005-03") == "range"


def test_command_runs_the_build_on_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "widgets.txt").write_text(TEXT, encoding="utf-8")
    changed = TEXT.replace("Acme", "Acme Corp")
    (corpus / "other.txt").write_text(changed, encoding="utf-8")
    write_gold(tmp_path / "gold")
    doc = json.loads((tmp_path / "gold" / "widgets.json").read_text())
    doc["article"] = "other.txt"  # annotated on TEXT, but the corpus holds a changed text
    (tmp_path / "gold" / "other.json").write_text(json.dumps(doc))
    errors = tmp_path / "errors.tsv"
    assert main(["--gold", str(tmp_path / "gold"), "--corpus", str(corpus), "--errors", str(errors)]) == 0
    out = capsys.readouterr().out
    assert "1 hand-annotated" in out
    assert "skipped other.txt: its text differs" in out
    # The extractor finds the three money and percent figures of the made-up article.
    assert "economic figures: gold 3, found 3" in out
    # "2003" is a plain year: any build finds it with its value.
    assert re.search(r"year\s+1\s+1\s+1", out)
    lines = errors.read_text().splitlines()
    assert lines[0].startswith("article\twhat\tfamily")
    assert all(line.split("\t")[0] == "widgets.txt" for line in lines[1:])


def test_command_scores_only_the_articles_asked_for(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "widgets.txt").write_text(TEXT, encoding="utf-8")
    write_gold(tmp_path / "gold")
    other = TEXT.replace("Acme", "Zenith")
    (corpus / "zenith.txt").write_text(other, encoding="utf-8")
    write_gold(tmp_path / "gold", text=other, name="zenith.txt")
    assert main(["--gold", str(tmp_path / "gold"), "--corpus", str(corpus), "--articles", "zenith,nosuch"]) == 0
    out = capsys.readouterr().out
    assert "1 hand-annotated" in out
    assert "economic figures: gold 3, found 3" in out
    assert "skipped nosuch: no gold file" in out
    # Without a README there are no rounds: a single group, no table by group.
    assert "by group" not in out


def test_against_scores_a_second_annotator_instead_of_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--against reads a second annotation as the prediction: agreement, counted like accuracy."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "widgets.txt").write_text(TEXT, encoding="utf-8")
    other = TEXT.replace("Acme", "Zenith")
    (corpus / "zenith.txt").write_text(other, encoding="utf-8")
    write_gold(tmp_path / "gold")
    write_gold(tmp_path / "gold", text=other, name="zenith.txt")
    second = json.loads(write_gold(tmp_path / "second").read_text())
    # The second annotator reads "2003" as no date and gives the $9bn no period and another subject.
    second["dates"] = [d for d in second["dates"] if d["quote"] != "2003"]
    second["figures"][2] = {**second["figures"][2], "period": "", "subject": "GB"}
    (tmp_path / "second" / "widgets.json").write_text(json.dumps(second), encoding="utf-8")
    argv = ["--gold", str(tmp_path / "gold"), "--corpus", str(corpus), "--against", str(tmp_path / "second")]
    assert main(argv) == 0
    out = capsys.readouterr().out
    # Only the article both annotated is scored (zenith has no second annotation).
    assert "1 hand-annotated" in out
    assert "economic figures: gold 3, found 3" in out
    # 2 of 3 gold dates found, every found one with the same value; 2 of 3 periods and subjects agree.
    assert "agreement: the predictions are a second annotation" in out
    assert re.search(r"span \+ exact value\s+P 100\.0\s+R\s+66\.7", out)
    assert re.search(r"year\s+1\s+0\s+0", out)
    assert "period accuracy (found)      2/3" in out
    assert "subject accuracy (found)     2/3" in out


README = """Gold

    round 1: 101 102 103
    round 2: 201 202 203 204
    blind: 203 204

Some text mentioning round 3: 999 inside a sentence is not a round line.
"""


def test_read_rounds(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    rounds = read_rounds(tmp_path / "README.md")
    assert rounds.rounds == (("round 1", ("101", "102", "103")), ("round 2", ("201", "202", "203", "204")))
    assert rounds.blind == {"203", "204"}
    assert read_rounds(tmp_path / "absent.md") == Rounds(())


def test_merge_adds_tallies_up() -> None:
    a, b = Tally(gold_dates=3, span_hits=2, has_subject=True), Tally(gold_dates=4, span_hits=1)
    a.date_family["year", "gold"] = 2
    b.date_family["year", "gold"] = 1
    total = merge([a, b])
    assert (total.gold_dates, total.span_hits, total.has_subject) == (7, 3, True)
    assert total.date_family["year", "gold"] == 3
    assert a.gold_dates == 3  # the parts are left alone


THREE_ROUNDS = """Gold

    round 1: 101 102
    round 2: 201 202 203
    round 3: 301 302 303
    blind 2: 202 203
    blind 3: 301 302
"""


def test_read_rounds_earlier_blind_lines_were_blind(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(THREE_ROUNDS, encoding="utf-8")
    rounds = read_rounds(tmp_path / "README.md")
    assert [label for label, _ in rounds.rounds] == ["round 1", "round 2", "round 3"]
    # The last blind line is the blind set; the earlier one was scored blind, then tuned on.
    assert rounds.blind == {"301", "302"}
    assert rounds.was_blind == {"202", "203"}
    assert [rounds.part(n) for n in ("101", "203", "302", "303")] == ["tuning", "was blind", "blind", "tuning"]


def test_group_table_shows_the_former_blind_set_apart(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(THREE_ROUNDS, encoding="utf-8")
    rounds = read_rounds(tmp_path / "README.md")
    by_article = {n + ".txt": Tally(gold_dates=i + 1) for i, n in enumerate(["101", "201", "202", "203", "301", "302"])}
    rows = {line[:23].strip(): line.split()[-10:-1] for line in group_table(by_article, rounds)[2:]}
    assert list(rows) == ["round 1", "round 2 tuning", "round 2 was blind", "round 3 blind", "tuning set", "all"]
    # articles and gold dates: 202+203 (3+4), the blind 301+302 (5+6), the tuning set with the former blind ones.
    assert rows["round 2 was blind"][:2] == ["2", "7"]
    assert rows["round 3 blind"][:2] == ["2", "11"]
    assert rows["tuning set"][:2] == ["4", "10"]


def test_a_blind_story_the_tuning_set_holds_under_another_name_is_scored_apart(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(THREE_ROUNDS, encoding="utf-8")
    rounds = read_rounds(tmp_path / "README.md")
    # 302 is 101's text under another name (same SHA-256); 301 is new; 203 (was blind) shares no text.
    golds = [
        GoldArticle(f"{n}.txt", sha, (), ()) for n, sha in (("101", "a"), ("203", "b"), ("301", "c"), ("302", "a"))
    ]
    seen = seen_texts(golds, rounds)
    assert seen == {"302"}
    # A blind story repeated inside the blind set only is still new to the rules.
    assert seen_texts([*golds[:3], GoldArticle("302.txt", "c", (), ())], rounds) == frozenset()
    by_article = {n + ".txt": Tally(gold_dates=i + 1) for i, n in enumerate(["101", "201", "202", "203", "301", "302"])}
    rows = {line[:23].strip(): line.split()[-10:-1] for line in group_table(by_article, rounds, seen)[2:]}
    assert list(rows)[-3:] == ["tuning set", "blind, new texts", "all"]
    # the blind set without 302: 301 alone (5 gold dates)
    assert rows["blind, new texts"][:2] == ["1", "5"]
    # no repeated text among the blind articles: no such row
    assert "blind, new texts" not in {line[:23].strip() for line in group_table(by_article, rounds)[2:]}


def test_group_table_splits_tuning_and_blind(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    rounds = read_rounds(tmp_path / "README.md")

    def tally(gold: int, hits: int, figures: int, right: int) -> Tally:
        t = Tally(gold_dates=gold, pred_dates=gold, span_hits=hits, value_hits=hits)
        t.gold_figures = t.found = figures
        t.period_right = right
        return t

    by_article = {"101.txt": tally(4, 4, 2, 2), "201.txt": tally(4, 2, 2, 1), "203.txt": tally(2, 0, 4, 0)}
    # An article outside every round is "other", counted in all but not in the tuning set.
    with_other = group_table({**by_article, "900.txt": Tally(gold_dates=5)}, rounds)[2:]
    assert [line[:23].strip() for line in with_other][-3:] == ["other", "tuning set", "all"]
    assert [line.split()[-9] for line in with_other][-2:] == ["8", "15"]
    # no article has an anchor scored: the last column, the present year's P/R, is n/a
    assert {line.split()[-1] for line in with_other} == {"n/a"}
    # 101's build has a measure column: one of its two measures shares a word with the gold
    by_article["101.txt"].has_measure, by_article["101.txt"].measure_scored, by_article["101.txt"].measure_right = (
        True,
        2,
        1,
    )
    table = group_table(by_article, rounds)
    rows = {line[:23].strip(): line.split()[-10:-1] for line in table[2:]}
    # The blind set is round 2's blind part: printed once.
    assert list(rows) == ["round 1", "round 2 tuning", "round 2 blind", "tuning set", "all"]
    # articles, gold dates, span F1, value F1, gold figures, found %, period %, subject %, measure %
    assert rows["round 1"] == ["1", "4", "100.0", "100.0", "2", "100.0", "100.0", "n/a", "50.0"]
    assert rows["round 2 blind"] == ["1", "2", "0.0", "0.0", "4", "100.0", "0.0", "n/a", "n/a"]
    assert rows["tuning set"] == ["2", "8", "75.0", "75.0", "4", "100.0", "75.0", "n/a", "50.0"]
    assert rows["all"][:3] == ["3", "10", "60.0"]
    # One group only: the scores over all articles say it all.
    assert group_table({"101.txt": tally(1, 1, 1, 1)}, rounds) == []


def test_command_without_corpus_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", str(tmp_path / "absent")]) == 0
    assert "skipped, no corpus" in capsys.readouterr().out


# --- the gold itself --------------------------------------------------------------------------


def test_gold_is_the_readme_rounds_in_order_and_blind_comes_last() -> None:
    """The annotated set is round 1, round 2, ... with no skipping; the blind set was annotated blind.

    The blind set holds the annotated part of the last round (annotated blind, after the rest) and may keep
    articles of an earlier blind line that were never opened for tuning (`blind 6:` = the fifteen of
    `blind 4:` and round 5).
    """
    rounds = read_rounds(GOLD_DIR / "README.md")
    order = [n for _, names in rounds.rounds for n in names]
    assert len(order) == len(set(order)) >= 60
    annotated = {g.article.removesuffix(".txt") for g in load_gold_dir(GOLD_DIR)}
    assert set(order[: len(annotated)]) == annotated, "the gold is not a prefix of the README's rounds"
    assert rounds.blind <= annotated
    assert rounds.was_blind <= annotated
    last_round = next(set(names) & annotated for _, names in reversed(rounds.rounds) if set(names) & annotated)
    assert last_round <= rounds.blind, "the last round annotated is not in the blind set"
    blind_lines = re.findall(r"^ +blind \d+: (.*)$", (GOLD_DIR / "README.md").read_text(encoding="utf-8"), re.M)
    earlier_blind = {n for line in blind_lines[:-1] for n in line.split()}
    assert rounds.blind - last_round <= earlier_blind, "a blind article was not on an earlier blind line"


@pytest.mark.skipif(not CORPUS_DIR.is_dir(), reason="../shared/corpus is not present")
def test_readme_rounds_follow_the_sampling_rule() -> None:
    rounds = read_rounds(GOLD_DIR / "README.md")
    # Round N uses seed 8 + N (round 1 seed 9, round 2 seed 10, round 3 seed 11).
    seeds = tuple(8 + int(label.split()[1]) for label, _ in rounds.rounds)
    assert seeds == tuple(range(9, 9 + len(seeds)))
    assert [names for _, names in rounds.rounds] == draw_rounds(CORPUS_DIR, seeds=seeds)


def test_the_last_round_takes_what_is_left_of_each_third(tmp_path: Path) -> None:
    # Nine files of sizes 1..9 bytes: thirds {a,b,c}, {d,e,f}, {g,h,i}; two per third, then what is left.
    for size, name in enumerate("abcdefghi", start=1):
        (tmp_path / f"{name}.txt").write_text("x" * size)
    first, last = draw_rounds(tmp_path, seeds=(1, 2), per_third=2)
    assert len(first) == 6 and len(last) == 3
    assert sorted(first + last) == list("abcdefghi")
    # Interleaved short, medium, long: one name from each third.
    assert [name in "abc" for name in last] == [True, False, False]
    assert [name in "ghi" for name in last] == [False, False, True]


IAA_DIR = GOLD_DIR.with_name("bbc-business-iaa")  # a second annotation of some articles (agreement)


@pytest.mark.parametrize("folder", [GOLD_DIR, IAA_DIR], ids=["gold", "second-annotation"])
def test_gold_files_are_well_formed(folder: Path) -> None:
    golds = load_gold_dir(folder)
    assert len(golds) >= (60 if folder == GOLD_DIR else 10)
    iso = re.compile(ISO_PATTERN)
    for g in golds:
        where = g.file.name
        assert g.file.stem + ".txt" == g.article, where
        assert re.fullmatch(r"[0-9a-f]{64}", g.sha256), where
        for d in g.dates:
            assert len(d.quote) <= 60, (where, d.quote)
            assert d.value == "" or iso.match(d.value), (where, d.quote, d.value)
            assert all(iso.match(a) for a in d.also), (where, d.quote)
            assert d.value or d.note, (where, d.quote, "an empty value needs its reason")
        for f in g.figures:
            assert len(f.quote) <= 60, (where, f.quote)
            assert f.period == "" or iso.match(f.period), (where, f.quote, f.period)
            for code in filter(None, f.subject.split(";")):
                assert code in BLOCS or pycountry.countries.get(alpha_2=code), (where, f.quote, code)
        for kind in (g.dates, g.figures):
            spans = sorted((e.start, e.end) for e in kind)
            assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), (where, "overlapping gold spans")


@pytest.mark.skipif(not CORPUS_DIR.is_dir(), reason="../shared/corpus is not present")
@pytest.mark.parametrize("folder", [GOLD_DIR, IAA_DIR], ids=["gold", "second-annotation"])
def test_gold_quotes_match_the_corpus_at_their_offsets(folder: Path) -> None:
    for g in load_gold_dir(folder):
        data = (CORPUS_DIR / g.article).read_bytes()
        assert hashlib.sha256(data).hexdigest() == g.sha256, g.article
        text = data.decode("utf-8")
        for e in (*g.dates, *g.figures):
            assert text[e.start : e.end] == e.quote, (g.article, e.start, e.quote)


def test_an_article_the_build_refuses_is_skipped_with_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    blank = "   \n\n"  # whitespace only: read_source refuses it
    (corpus / "widgets.txt").write_text(blank, encoding="utf-8")
    path = write_gold(tmp_path / "gold", text=TEXT)
    doc = json.loads(path.read_text())
    doc["sha256"] = hashlib.sha256(blank.encode()).hexdigest()
    path.write_text(json.dumps(doc))
    assert main(["--gold", str(tmp_path / "gold"), "--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "0 hand-annotated" in out
    assert "skipped widgets.txt: the build refused it" in out


# --- the present year against the gold anchor ------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "counter"),
    [
        ("2005", "2005", "anchor_right"),
        ("2005", "2004", "anchor_wrong"),
        ("", "2004", "anchor_extra"),
        ("2005", "", "anchor_missed"),
        ("", "", "anchor_open"),
    ],
)
def test_the_present_year_is_scored_against_the_gold_anchor(
    tmp_path: Path, gold: str, predicted: str, counter: str
) -> None:
    article = load_gold(write_gold(tmp_path, anchor=gold))
    assert article.anchor == gold
    tally = Tally()
    score_anchor(article, Prediction(dates=(), figures=(), present=predicted), tally)
    counts = {
        c: getattr(tally, c) for c in ("anchor_right", "anchor_wrong", "anchor_extra", "anchor_missed", "anchor_open")
    }
    assert counts == {c: int(c == counter) for c in counts}
    issues = [(i.what, i.gold, i.predicted) for i in tally.issues]
    assert issues == ([] if gold == predicted else [("anchor", gold or "(open)", predicted or "(open)")])


def test_an_unknown_anchor_or_present_is_not_scored(tmp_path: Path) -> None:
    tally = Tally()
    score_anchor(load_gold(write_gold(tmp_path)), Prediction(dates=(), figures=(), present="2005"), tally)
    score_anchor(load_gold(write_gold(tmp_path, anchor="2005")), Prediction(dates=(), figures=()), tally)
    assert anchor_scores(tally) is None
    assert "present year" not in "\n".join(report(tally, 2))
    assert group_line("all", 2, tally).endswith("n/a")


def test_anchor_precision_is_over_fixed_presents_and_recall_over_fixed_anchors() -> None:
    # 3 right, 1 wrong, 2 fixed where the gold is open, 2 open where the gold fixes, 4 open in both
    tally = Tally(anchor_right=3, anchor_wrong=1, anchor_extra=2, anchor_missed=2, anchor_open=4)
    assert anchor_scores(tally) == (12, 50.0, 50.0)
    text = "\n".join(report(tally, 12))
    assert "fixed right 3, fixed wrong 1, fixed where the gold leaves it open 2, open where the gold fixes it 2" in text
    assert re.search(r"fixing the present\s+P\s+50\.0\s+R\s+50\.0", text)
    assert group_line("all", 12, tally).endswith("50/50")
    assert merge([tally, Tally(anchor_right=1)]).anchor_right == 4


def test_a_malformed_anchor_is_refused(tmp_path: Path) -> None:
    path = write_gold(tmp_path, anchor="2005")
    doc = json.loads(path.read_text())
    doc["anchor"] = {"year": "last year", "evidence": ""}
    path.write_text(json.dumps(doc))
    with pytest.raises(ValueError, match="anchor"):
        load_gold(path)


def test_the_build_s_present_is_the_story_s_own() -> None:
    # the fourth quarter of 2004 reported as done: the story is told in 2005; a text without a year fixes none
    assert story_present_year(TEXT) == "2005"
    assert story_present_year("Acme said profits rose 12% last year.") == ""


def test_command_prints_the_present_year_score(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "widgets.txt").write_text(TEXT, encoding="utf-8")
    write_gold(tmp_path / "gold", anchor="2005")
    assert main(["--gold", str(tmp_path / "gold"), "--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "present year (gold anchor), 1 articles: fixed right 1, fixed wrong 0" in out
