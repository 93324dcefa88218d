"""Settling overlaps between figures, dates and exclusions."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfigures.extraction.mentions import DateMention, Exclusion, Figure
from newsfigures.extraction.merge import SpanSet, extract, merge

TEXT = "Two months earlier, Moscow gave 20 million rubles ($270,000)."


def fig(quote: str, **kw) -> Figure:
    start = TEXT.index(quote)
    return Figure(
        start, start + len(quote), quote, kw.pop("kind", "money"), kw.pop("value", 1.0), kw.pop("unit", "USD"), **kw
    )


def date(quote: str) -> DateMention:
    start = TEXT.index(quote)
    return DateMention(start, start + len(quote), quote, "2020-12", "month", "relative")


def test_dates_win_over_figures_and_equivalents_are_renumbered():
    figures = [
        fig("Two months", kind="duration", unit="month"),
        fig("20 million rubles", unit="RUB"),
        fig("$270,000", equivalent_of=1),
    ]
    out = merge(figures, [date("Two months earlier")], [])
    assert [f.quote for f in out.figures] == ["20 million rubles", "$270,000"]
    assert out.figures[1].equivalent_of == 0


def test_exclusions_inside_mentions_are_dropped_and_reviewed_ones_veto():
    excl = [Exclusion(0, 3, "Two", "idiom")]
    reviewed = [Exclusion(TEXT.index("20"), TEXT.index("20") + 2, "20", "name")]
    out = merge([fig("20 million rubles", unit="RUB")], [date("Two months earlier")], excl, reviewed)
    assert out.figures == []
    assert [x.reason for x in out.exclusions] == ["name"]


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 10)), max_size=20), st.integers(0, 60), st.integers(1, 10))
def test_spanset_agrees_with_brute_force(raw, start, width):
    spans = [(s, s + w) for s, w in raw]
    end = start + width
    spanset = SpanSet(spans)
    assert spanset.overlaps(start, end) == any(s < end and start < e for s, e in spans)
    assert spanset.covers(start, end) == any(s <= start and end <= e for s, e in spans)


def test_a_date_without_a_year_or_publication_date_is_accounted_for_not_counted():

    text = "Talks began on March 3 and lasted two days; they resume on 4 May 2021."
    undated = extract(text, published=None)
    # no dateline, and no year stated before it: 'March 3' is recorded without a value
    assert [(d.quote, d.value, d.resolution) for d in undated.dates] == [
        ("March 3", "", "unanchored"),
        ("4 May 2021", "2021-05-04", "explicit"),
    ]
    assert undated.exclusions == []
    assert [f.quote for f in undated.figures] == ["two days"]  # "3" did not become a figure
    dated = extract(text, published=dt.date(2021, 3, 5))
    assert [d.value for d in dated.dates] == ["2021-03-03", "2021-05-04"]
    assert dated.exclusions == []


@pytest.mark.parametrize(
    ("text", "figure", "date"),
    [
        ("Profit was lower than 2003's loss.", None, "2003"),
        ("Prices are higher than 2003 levels.", None, "2003"),
        ("The firm has nearly 2010 staff.", "2010", None),
        ("Some 1998 workers quit.", "1998", None),
    ],
)
def test_a_year_after_a_hedge_is_a_date_unless_a_figure_claims_it(text, figure, date):
    found = extract(text, published=dt.date(2005, 1, 20))
    assert [f.quote for f in found.figures] == ([figure] if figure else [])
    assert [d.value for d in found.dates] == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "figures", "dates"),
    [
        # a year inside a longer figure is that figure's number
        ("Adults burn about 2000 - 2500 calories a day.", ["2000 - 2500 calories a day"], []),
        # a year after a number and a space: a year when no figure takes the number
        ("Our Hatchback mk4 2018 road test.", [], ["2018"]),
        # the date of a timestamp; the time is a clock time
        ("Updated 2022-10-05T08:15:00Z by the desk.", [], ["2022-10-05"]),
    ],
)
def test_years_and_timestamps_next_to_numbers(text, figures, dates):
    found = extract(text, published=None)
    assert [f.quote for f in found.figures] == figures
    assert [d.value for d in found.dates] == dates


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("By March, 25 people had left the plant.", "25", "count"),
        ("Sales in May 12 stores rose.", "12", "count"),
    ],
)
def test_a_number_beside_a_month_that_is_no_date_is_a_figure(text, quote, kind):
    for published in (None, dt.date(2021, 6, 1)):
        found = extract(text, published)
        assert [(f.quote, f.kind) for f in found.figures] == [(quote, kind)]
        assert all(quote not in d.quote for d in found.dates)


def test_a_date_like_figure_yields_to_a_date_and_to_an_exclusion():
    date_like = [fig("20", kind="number", unit="dimensionless")]
    assert merge([], [date("20 million")], [], date_like=date_like).figures == []
    excl = [Exclusion(TEXT.index("20"), TEXT.index("20") + 2, "20", "identifier")]
    assert merge([], [], excl, date_like=date_like).figures == []
    assert [f.quote for f in merge([], [], [], date_like=date_like).figures] == ["20"]
