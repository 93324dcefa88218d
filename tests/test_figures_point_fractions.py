"""A fraction of a point, written without "of a": "a quarter point", "a half-point cut", "quarter percentage point".

Every sentence was written for this file. Central-bank stories size a rate move as a fraction of a (percentage)
point, often as a compound before its noun ("a quarter-point rise", "quarter percentage point rises"): that is the
figure, 0.25 (0.5, 0.75) percentage points. The must-not sentences keep "a quarter" a fraction of something else
("a quarter of the market"), a period ("the fourth quarter", "in the quarter"), or part of "quarter-on-quarter".
"""

import pytest

from newsfigures.extraction.figures import extract_figures

MUST_READ = [
    # (sentence, quote, value, change)
    ("The Bank of England raised rates by a quarter point to 4.75%.", "a quarter point", 0.25, "increase"),
    ("The Fed voted for a quarter-point rise on Tuesday.", "a quarter-point", 0.25, "increase"),
    ("The ECB lifted its main rate by a quarter percentage point.", "a quarter percentage point", 0.25, "increase"),
    ("Analysts expect a half-point cut in March.", "a half-point", 0.5, "decrease"),
    ("The bank cut rates by half a point to 3%.", "half a point", 0.5, "decrease"),
    ("Rates were raised by three quarters of a point.", "three quarters of a point", 0.75, "increase"),
    ("The central bank lifted rates by a quarter of a point.", "a quarter of a point", 0.25, "increase"),
    ("There were quarter percentage point rises in May and July.", "quarter percentage point", 0.25, None),
    ("The Fed has made four quarter-point rises since June.", "quarter-point", 0.25, None),
    ("The half-point gap with euro rates may draw investors.", "half-point", 0.5, None),
]


@pytest.mark.parametrize("sentence, quote, value, change", MUST_READ)
def test_fraction_of_a_point_is_percentage_points(sentence: str, quote: str, value: float, change: str | None):
    assert quote in sentence
    hits = [f for f in extract_figures(sentence)[0] if f.quote == quote]
    assert len(hits) == 1, [(f.quote, f.value, f.unit) for f in extract_figures(sentence)[0]]
    f = hits[0]
    assert (f.kind, f.unit) == ("percent", "percentage_point")
    assert f.value == pytest.approx(value)
    if change is not None:
        assert f.change == change


def test_count_of_point_steps_is_not_three_quarters():
    """ "four quarter-point rises": four moves of a quarter point each, not 4.25 or 3/4 or four quarters."""
    quotes = [(f.quote, f.unit) for f in extract_figures("The Fed has made four quarter-point rises since June.")[0]]
    assert ("quarter-point", "percentage_point") in quotes
    assert not any(q.startswith("four") for q, _ in quotes)


@pytest.mark.parametrize(
    ("sentence", "quote", "unit"),
    [
        ("The bank made three 25-basis-point increases last year.", "25-basis-point", "basis_point"),
        ("Investors expect two 50bp cuts this year.", "50bp", "basis_point"),
        ("The Fed made five 0.25 percentage point rises.", "0.25 percentage point", "percentage_point"),
        ("Analysts expect two half-point cuts in March.", "half-point", "percentage_point"),
    ],
)
def test_count_of_steps_in_points_is_no_figure(sentence: str, quote: str, unit: str):
    """ "three 25-basis-point increases": three moves of 25 basis points each; the count is of moves, not a
    figure of its own, and a hyphen joins the number to its basis points as a space does."""
    found = [(f.quote, f.unit) for f in extract_figures(sentence)[0]]
    assert found == [(quote, unit)], found


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The firm issued three 25-year bonds.", "three"),  # a count of bonds: the next figure is no point
        ("It took three 5% stakes.", "three"),
        ("The bank cut rates three times, by 25 basis points each.", "three"),
    ],
)
def test_count_before_a_figure_of_no_points_stays(sentence: str, quote: str):
    assert quote in [f.quote for f in extract_figures(sentence)[0]]


def test_basis_points_joined_by_a_hyphen():
    found = [(f.quote, f.value, f.unit) for f in extract_figures("The bank made a 25-basis-point cut.")[0]]
    assert found == [("25-basis-point", 25, "basis_point")], found


MUST_NOT = [
    # (sentence, quote that stays as it was read, its kind)
    ("The firm has a quarter of the market.", "a quarter", "fraction"),
    ("A quarter of the staff were cut last year.", "A quarter", "fraction"),
    ("Its staff was cut by a quarter.", "a quarter", "fraction"),
    ("Half of the shares were sold.", "Half", "fraction"),
]


@pytest.mark.parametrize("sentence, quote, kind", MUST_NOT)
def test_fraction_of_something_else_stays_a_fraction(sentence: str, quote: str, kind: str):
    hits = [f for f in extract_figures(sentence)[0] if f.quote == quote]
    assert len(hits) == 1 and hits[0].kind == kind, [(f.quote, f.kind) for f in extract_figures(sentence)[0]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose 5% in the fourth quarter.",
        "GDP grew 0.5% quarter-on-quarter.",
        "Profits fell in the quarter, the firm said.",
        "The quarter was weak, with profit down 3%.",
        "The index hit a high point in the first half.",
        "Shares gained 12 points in the second half.",
    ],
)
def test_quarter_as_a_period_is_no_point(sentence: str):
    units = [(f.quote, f.unit) for f in extract_figures(sentence)[0]]
    assert not any(u == "percentage_point" for _, u in units), units


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        ("The Fed made five half-percentage-point cuts last year.", "half-percentage-point", 0.5),
        ("Fed Makes Five Half-Percentage-Point Cuts", "Half-Percentage-Point", 0.5),
        ("Banks Expect Two Quarter-Percentage-Point Rises", "Quarter-Percentage-Point", 0.25),
        ("The bank cut its rate by half-a-percentage-point.", "half-a-percentage-point", 0.5),
        ("Rates rose by half a percentage point in May.", "half a percentage point", 0.5),
        ("The bank made two three-quarter-point cuts in 2001.", "three-quarter-point", 0.75),
    ],
)
def test_fraction_of_a_percentage_point_in_any_case_or_hyphenation(sentence: str, quote: str, value: float):
    """ "half-percentage-point", "Half-Percentage-Point", "half-a-percentage-point": a fraction of a percentage point,
    never "half-percentage" read as 0.5 percent; the count of moves before it is no figure (an event count)."""
    assert quote in sentence
    found = [(f.quote, f.value, f.unit) for f in extract_figures(sentence)[0]]
    assert found == [(quote, pytest.approx(value), "percentage_point")], found


@pytest.mark.parametrize(
    ("sentence", "quote", "unit"),
    [
        ("Prices rose 5 Percent in May.", "5 Percent", "percent"),  # a percent in title case stays a percent
        ("He ate half a pointed loaf.", "half", "dimensionless"),
        ("Half A Pointless Rise", "Half", "dimensionless"),  # a word that begins with "point" is no point
        ("Sales fell by a quarter, the Firm Said.", "a quarter", "dimensionless"),
    ],
)
def test_no_point_no_fraction_of_a_point(sentence: str, quote: str, unit: str):
    found = {f.quote: f.unit for f in extract_figures(sentence)[0]}
    assert found.get(quote) == unit, found


@pytest.mark.parametrize(
    ("sentence", "quote", "unit"),
    [
        ("The Fed made two further quarter-point rises.", "quarter-point", "percentage_point"),
        ("There were three successive quarter-point rises.", "quarter-point", "percentage_point"),
        ("The bank made four consecutive 25-basis-point increases.", "25-basis-point", "basis_point"),
        ("Analysts expect two more 50bp cuts this year.", "50bp", "basis_point"),
        ("It made two additional half-point cuts.", "half-point", "percentage_point"),
        ("The ECB made two separate quarter percentage point rises.", "quarter percentage point", "percentage_point"),
    ],
)
def test_count_of_steps_past_an_adjective_of_sequence_is_no_figure(sentence: str, quote: str, unit: str):
    """ "two further quarter-point rises": an adjective of sequence between the count and the step leaves the count
    one of moves (an event count), as "two quarter-point rises" is."""
    found = [(f.quote, f.unit) for f in extract_figures(sentence)[0]]
    assert found == [(quote, unit)], found


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The firm issued two further 25-year bonds.", "two"),  # years, not points: a count of bonds
        ("The bank has two more branches in Leeds.", "two"),
        ("Two further points were raised at the meeting.", "Two"),  # points of an argument, no step size
        ("It hired three more staff, a quarter of its team.", "three"),
    ],
)
def test_count_past_an_adjective_before_no_step_stays(sentence: str, quote: str):
    assert quote in [f.quote for f in extract_figures(sentence)[0]], [f.quote for f in extract_figures(sentence)[0]]


@pytest.mark.parametrize(
    ("sentence", "quote", "change"),
    [
        ("Analysts expect half-point cuts in March.", "half-point", "decrease"),
        ("Analysts expect a half-point cut in March.", "a half-point", "decrease"),
        ("The Fed made three quarter-point rate rises last year.", "quarter-point", "increase"),
        ("It made quarter percentage point rises in May and June.", "quarter percentage point", "increase"),
        ("Investors expect two 50bp cuts this year.", "50bp", "decrease"),
        ("The bank has made 25-basis-point reductions twice.", "25-basis-point", "decrease"),
        ("Markets price in further three-quarter-point increases.", "three-quarter-point", "increase"),
    ],
)
def test_plural_moves_after_the_size_of_a_step_read_as_a_singular_one(sentence: str, quote: str, change: str):
    """ "half-point cuts" are cuts of half a point each: the same change as "a half-point cut"."""
    hits = [f for f in extract_figures(sentence)[0] if f.quote == quote]
    assert [f.change for f in hits] == [change], [(f.quote, f.change) for f in extract_figures(sentence)[0]]


@pytest.mark.parametrize(
    ("sentence", "quote", "change"),
    [
        ("The half-point gap with euro rates may draw investors.", "half-point", "none"),  # no move named
        ("Rates rose by 25 basis points; fears of cuts faded.", "25 basis points", "increase"),  # not the cuts
        ("Some 30% saw orders rise and 27% saw them fall.", "30%", "none"),  # a percent: no step of a rate
        ("Its 1.5% annual growth rates are low.", "1.5%", "none"),
    ],
)
def test_no_plural_move_no_change(sentence: str, quote: str, change: str):
    hits = [f for f in extract_figures(sentence)[0] if f.quote == quote]
    assert [f.change for f in hits] == [change], [(f.quote, f.change) for f in extract_figures(sentence)[0]]
