"""Numerals denser than prose (issue 14, item 2): one exclusion per dense stretch, linear time below it.

A text with more than :data:`~newsfigures.extraction.numbers.DENSE_MIN` numerals in
:data:`~newsfigures.extraction.numbers.DENSE_WIDTH` characters is a list or noise whatever words stand
between them (``1 x 1 x``, ``5% of 5% of``, ``one hundred and one hundred and``): the stretch is one
``numeral_run`` exclusion, so that the figures per byte, and with them the work, stay bounded. Below that
density every numeral is read. Speed itself is measured by ``python -m newsfigures.bench.adversarial``;
the linear-time checks here compare CPU times of one text at two sizes (a ratio holds on a loaded machine).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures.bench.stages import least_cpu
from newsfigures.extraction.merge import extract
from newsfigures.extraction.numbers import DENSE_MIN, DENSE_WIDTH, dense_bounds, run_bounds, scan
from newsfigures.package.tables import text_rows
from newsfigures.package.validate import uncovered
from newsfigures.semantics.period import (
    base_word_before,
    date_rank,
    is_base,
    nearest_date,
    owned_before,
    tied_date,
)
from newsfigures.semantics.period.clauses import _says_forecast
from newsfigures.semantics.period.own_date import _governs_other_date


def rows_of(text: str) -> tuple[list[dict], list[dict], list[dict]]:
    """Figure, date and exclusion rows of a text, as a build makes them (extraction, semantics, rows)."""
    return text_rows(text, source_id="t", file=Path("t.txt"))


#: Units that put more than DENSE_MIN numerals in DENSE_WIDTH characters, with words between them.
DENSE = ["1 x ", "5% of ", "one hundred and ", "$2bn to ", "3 million people, ", "0.5 points in "]
#: One numeral per 22 characters or more: below the density, each numeral is read.
SPARSE = ["1 " + "x" * 19 + " ", "5% of all the savings ", "$1.5bn in new credit, ", "twelve more people came, "]


@pytest.mark.parametrize("unit", DENSE)
def test_a_dense_stretch_with_words_between_is_one_exclusion(unit: str) -> None:
    assert (DENSE_MIN - 1) * len(unit) < DENSE_WIDTH
    text = "Noise\n\n" + unit * (3 * DENSE_MIN) + "\n"
    figures, dates, exclusions = rows_of(text)
    assert figures == [] and dates == []
    assert [x["reason"] for x in exclusions] == ["numeral_run"]
    x = exclusions[0]
    assert x["quote"] == text[x["start"] : x["end"]] and x["quote"].startswith(unit.split()[0].lstrip("$"))
    assert uncovered(text, [(x["start"], x["end"])]) == []  # every numeral of the stretch lies inside it


@pytest.mark.parametrize("unit", SPARSE)
def test_below_the_density_every_numeral_is_read(unit: str) -> None:
    assert (DENSE_MIN - 1) * len(unit) >= DENSE_WIDTH
    n = 3 * DENSE_MIN
    figures, _, exclusions = rows_of("Noise\n\n" + unit * n + "\n")
    assert len(figures) == n and exclusions == []
    assert {f["quote"] for f in figures} == {unit.split()[0]}


def test_dense_prose_of_a_market_report_is_read() -> None:
    # one of the densest kinds of news prose (14 numerals in 190 characters), three times in a kilobyte
    report = (
        "The FTSE 100 rose 12.3 points to 4,567.8, the Dax 23 to 3,456, the CAC 40 1.2% to 3,901 and the "
        "Nikkei 0.8% to 11,234, while oil fell $1.20 to $48.50 a barrel and gold $3 to $427 an ounce. "
    )
    prose = "Traders said the moves were modest and that volumes were thin ahead of the holiday weekend. "
    once = rows_of("Markets\n\n" + report + "\n")[0]
    assert "4,567.8" in {f["quote"] for f in once}
    text = "Markets\n\n" + (report + prose) * 3 + "\n"
    assert len(text) < DENSE_WIDTH
    figures, _, exclusions = rows_of(text)
    assert "numeral_run" not in {x["reason"] for x in exclusions}
    assert [f["quote"] for f in figures] == [f["quote"] for f in once] * 3


@st.composite
def span_lists(draw: st.DrawFn) -> list[tuple[int, int, bool]]:
    """Spans (start, end, is_link) in order, at gaps from dense to sparse, some of them links."""
    gaps = draw(st.lists(st.integers(min_value=1, max_value=60), min_size=0, max_size=4 * DENSE_MIN))
    links = draw(st.lists(st.booleans().map(lambda b: b and draw(st.integers(0, 20)) == 0), min_size=len(gaps)))
    spans, at = [], 0
    for i, gap in enumerate(gaps):
        at += gap
        spans.append((at, at + 1, links[i] if i < len(links) else False))
    return spans


@settings(max_examples=300, deadline=None)
@given(span_lists())
def test_dense_bounds_cover_exactly_the_dense_windows(spans: list[tuple[int, int, bool]]) -> None:
    # a window: DENSE_MIN spans in a row that are not links (links strewn among them do not count),
    # starting within DENSE_WIDTH characters
    plain = [k for k, s in enumerate(spans) if not s[2]]
    windows = [
        range(plain[a], plain[a + DENSE_MIN - 1] + 1)
        for a in range(len(plain) - DENSE_MIN + 1)
        if spans[plain[a + DENSE_MIN - 1]][0] - spans[plain[a]][0] < DENSE_WIDTH
    ]
    covered = {k for w in windows for k in w if not spans[k][2]}
    bounds = dense_bounds(spans)
    assert {k for i, j in bounds for k in range(i, j)} == covered  # every window inside, no link, nothing else
    assert all(i < j for i, j in bounds) and all(a[1] <= b[0] for a, b in itertools.pairwise(bounds))
    # outside them, any DENSE_WIDTH characters hold fewer than DENSE_MIN spans that are not links
    kept = [spans[k][0] for k in plain if k not in covered]
    assert all(kept[a + DENSE_MIN - 1] - kept[a] >= DENSE_WIDTH for a in range(len(kept) - DENSE_MIN + 1))
    joined = run_bounds("", spans)  # with the runs without letters (none here: no text), still no link
    assert not any(spans[k][2] for i, j in joined for k in range(i, j))


def cpu_ratio(run: Callable[[int], object], n: int) -> float:
    """CPU time of ``run(4n)`` over ``run(n)``, best of three each (linear: about 4; quadratic: 16).

    A ratio of CPU times, not a time: other processes' load stretches wall time, not this process's CPU time.
    """

    small = least_cpu(lambda: run(n), 3)
    return least_cpu(lambda: run(4 * n), 3) / max(small, 0.01)  # below 10 ms a ratio is noise


#: One run-on sentence of dated clauses: a search from each date to its clause's end (the line's end) was
#: quadratic; a sentence of dates that are all bases made each figure weigh every date of its window.
RUN_ON = ["Britain's economy grew 0.6% in the third quarter, ", "up 5% from the previous quarter "]


@pytest.mark.parametrize("unit", DENSE + SPARSE + RUN_ON)
def test_the_whole_path_is_linear_in_the_length(unit: str) -> None:
    def run(size: int) -> object:
        return rows_of("Noise\n\n" + unit * (size // len(unit)) + "\n")

    assert cpu_ratio(run, 20_000 if unit in DENSE else 6_000) < 8


def test_a_dense_stretch_between_prose_leaves_the_prose_around_it() -> None:
    # a stretch takes in the numerals of the windows it is made of, up to DENSE_WIDTH characters on either side
    prose = "Sales rose 5% to $3bn in 2004, the firm said on Tuesday, after a year of modest growth. " * 2
    filler = "Analysts said the outlook was uncertain and that much depended on demand at home. " * 13
    assert len(filler) > DENSE_WIDTH
    noise = "1 x " * DENSE_MIN * 2
    text = "Report\n\n" + prose + filler + noise + filler + prose
    runs = [t for t in scan(text) if getattr(t, "reason", "") == "numeral_run"]
    assert len(runs) == 1 and text[runs[0].start : runs[0].end] == noise.rstrip(" x")
    figures, _, _ = rows_of(text)
    assert [f["quote"] for f in figures] == [f["quote"] for f in rows_of("Report\n\n" + prose)[0]] * 2


# --- the period of a figure in a sentence of many dates ----------------------------------------------


def reference_nearest_date(text, fig, sentence, dates, figures=()):  # type: ignore[no-untyped-def]
    """nearest_date as it read before: every date of the sentence ranked (``date_rank``: a figure between parted
    by a clause mark, then how far apart clauses set them, then the distance; another figure's date skipped),
    each asked whether it is a base (after a date the grammar ties the figure to; a shared base date only in a
    forecast's sentence)."""
    tied = tied_date(text, fig, sentence, dates, figures)
    if tied is not None:
        return tied
    best = shared = None
    owned = owned_before(text, fig, dates, figures)
    for i, d in enumerate(dates):
        if d.start < sentence[0] or d.end > sentence[1]:
            continue
        distance = d.start - fig[1] if d.start >= fig[1] else fig[0] - d.end
        if distance < 0:
            continue
        where = base_word_before(text, d, sentence[0])
        if is_base(text, d, sentence[0], fig) and not (
            where is not None and _governs_other_date(text, where, d, dates)  # 'on Monday a year ago': the weekday's
        ):
            base_figure = where is not None and any(c.isdigit() for c in text[where : d.start])
            if d.start >= fig[1] and base_figure and not text[fig[1] : where].strip(" ,"):
                shared = (0, 0, distance, i) if shared is None or (distance, i) < shared[2:] else shared
            continue
        gap = date_rank(text, fig, d, i, figures, sentence[1], owned)  # the rank of every date, read whole
        if gap is None:
            continue
        if best is None or gap < best:
            best = gap
    best = best or (shared if _says_forecast(text, *sentence) else None)
    return None if best is None else best[3]


CLAUSES = [
    "up 5% from the previous quarter",
    "sales rose 3% in 2004",
    "compared with 4.4% in 2003",
    "than in 2019",
    "profits of $2bn in March",
    "from 1998 to 2001",
    "4.0% from 4.4% this year",
    "since December 1998",
    "in the first half",
    "12 firms",
    "7% more",
    "a year ago",
    "in 2003 and 2004",
    "on Monday",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(CLAUSES), st.sampled_from([" ", ", ", "; ", " and "])), min_size=1, max_size=30)
)
def test_nearest_date_reads_each_side_only_up_to_its_best(parts: list[tuple[str, str]]) -> None:
    text = "Report\n\n" + "".join(c + s for c, s in parts) + ".\n"
    found = extract(text, dt.date(2005, 6, 1))
    spans = [(f.start, f.end) for f in found.figures]
    sentence = (0, len(text))
    for f in found.figures:
        for figures in ((), spans):
            got = nearest_date(text, (f.start, f.end), sentence, found.dates, figures, present="")
            assert got == reference_nearest_date(text, (f.start, f.end), sentence, found.dates, figures)


def test_a_base_word_read_once_per_date_is_the_one_each_sentence_start_reads() -> None:
    """In a stretch without a sentence end, a date's base word is read once and reused for every figure's
    sentence start that cuts none of the words it was read from: the answer must be what reading from that
    start gives (bases, non-bases, a clause opener, a span with 'from', and starts right at words)."""
    from newsfigures.extraction.merge import extract
    from newsfigures.semantics.period import SENTENCE_REACH, base_word_before
    from newsfigures.semantics.period.bases import _base_word_of

    text = (
        "Headline\n\nsales were up 5% from the previous quarter and 3% on the year before, which in 2003 "
        "was weak, while profits rose 8% than they were in 2002 and a shortfall for the years from 2006 to "
        "2015 grew, up 2% compared with the third quarter and flat against January " * 3
    )
    dates = extract(text, None).dates
    assert len(dates) >= 15
    for d in dates:
        for start in range(max(0, d.start - SENTENCE_REACH - 5), d.start + 1, 3):
            bounded = max(start, d.start - SENTENCE_REACH)
            assert base_word_before(text, d, start) == _base_word_of(text, d.start, d.quote, d.granularity, bounded)
