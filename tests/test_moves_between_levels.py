"""A move between two levels is two figures; an interval of estimates is one range.

Every sentence was written for this file. "fell from A to B" states two levels, each a value a reader
looks up with its own period (a fact-checker searching the table for B must find B); "prices from $5 to
$10" states one interval. What tells them apart: a word of change before "from" in its clause (a verb
or a noun of change), or a time after the first level ("from A in 2003 to B").
"""

import datetime as dt

import pytest
from semantics_helpers import semantics_of

from newsfigures.extraction.figures import extract_figures


def figures_of(text: str) -> list[tuple[str, float, float | None, str]]:
    return [(f.quote, f.value, f.value_to, f.unit) for f in extract_figures(text)[0]]


#: (text, the two levels: (quote, value, unit) each)
TWO_LEVELS = [
    # a verb of change right before "from"
    ("Factory jobs fell from 155,000 to 110,000.", ("155,000", 155000, "count"), ("110,000", 110000, "count")),
    ("Unemployment rose from 5.1% to 5.3%.", ("5.1%", 5.1, "percent"), ("5.3%", 5.3, "percent")),
    ("Its debt was reduced from £20m to £12m.", ("£20m", 20e6, "GBP"), ("£12m", 12e6, "GBP")),
    # a verb with its object between it and "from"
    ("The bank cut its growth forecast from 3% to 2.5%.", ("3%", 3, "percent"), ("2.5%", 2.5, "percent")),
    ("Ministers raised the duty on wine from 90p to £1.10.", ("90p", 0.9, "GBP"), ("£1.10", 1.1, "GBP")),
    ("The IMF revised its estimate for Chile from 4% to 5%.", ("4%", 4, "percent"), ("5%", 5, "percent")),
    # ... a long object, up to nine words: the thing changed with its phrases of what, where and when
    (
        "Brazil has raised the cap on foreign ownership of local airline companies from 20% to 49%.",
        ("20%", 20, "percent"),
        ("49%", 49, "percent"),
    ),
    (
        "The OECD will cut its 2006 growth forecast for the Italian economy from 1.4% to 0.9%.",
        ("1.4%", 1.4, "percent"),
        ("0.9%", 0.9, "percent"),
    ),
    (
        "Lufthansa increased the number of pilots based in Munich from 410 to 650.",
        ("410", 410, "dimensionless"),
        ("650", 650, "dimensionless"),
    ),
    # a noun of change
    ("A rise from 4.5% to 4.75% is expected.", ("4.5%", 4.5, "percent"), ("4.75%", 4.75, "percent")),
    ("The price cut, from $30 to $25, helped sales.", ("$30", 30, "USD"), ("$25", 25, "USD")),
    # a bare first level takes the second's unit, a counted noun or a rate denominator
    ("Unemployment climbed from 8 to 9 per cent.", ("8", 8, "percent"), ("9 per cent", 9, "percent")),
    ("The plant's staff was trimmed from 900 to 600 workers.", ("900", 900, "count"), ("600", 600, "count")),
    ("Crude slid from $60 to $52 a barrel.", ("$60", 60, "USD/oil_barrel"), ("$52 a barrel", 52, "USD/oil_barrel")),
    # a time after the first level, with or without a verb of change
    ("The price went from £1,200 in May to £1,350.", ("£1,200", 1200, "GBP"), ("£1,350", 1350, "GBP")),
    ("Market share: from 12% in 2001 to 19% in 2004.", ("12%", 12, "percent"), ("19%", 19, "percent")),
]


@pytest.mark.parametrize(("text", "first", "second"), TWO_LEVELS)
def test_a_move_is_two_levels(text, first, second):
    got = figures_of(text)
    for quote, value, unit in (first, second):
        hits = [g for g in got if g[0] == quote]
        assert hits, (quote, got)
        assert text.count(quote) >= 1
        assert hits[0][1:] == (pytest.approx(value), None, unit), got
    assert not [g for g in got if g[2] is not None], got


def test_each_level_of_a_chain_is_a_figure():
    text = "The fee rose from $160 to $180 to $200 over three years."
    got = [g[:3] for g in figures_of(text) if g[3] == "USD"]
    assert got == [("$160", 160, None), ("$180", 180, None), ("$200", 200, None)]


#: (text, the one range's quote, low, high)
ONE_RANGE = [
    ("Prices range from $5 to $10.", "$5 to $10", 5, 10),
    ("Growth is expected to be from 3% to 4% a year.", "3% to 4% a year", 3, 4),
    ("Tickets cost from £20 to £40.", "£20 to £40", 20, 40),
    ("Inflation will be between 3% and 4%.", "3% and 4%", 3, 4),
    ("Sales fell last year and now range from $5m to $8m.", "$5m to $8m", 5e6, 8e6),
    ("It cut prices on sofas costing from £400 to £900.", "£400 to £900", 400, 900),
    # a verb of change far before "from", with an interval verb or a new clause between
    ("The chain cut prices last week on a range of sofas that sell from £400 to £900.", "£400 to £900", 400, 900),
    ("Rates rose in May, and fixed deals for first-time buyers now run from 4% to 6%.", "4% to 6%", 4, 6),
    # the size of a move may be a range: "cut 2,000 to 3,000 jobs", "climb 5 to 7 percent"
    ("The firm will cut 2,000 to 3,000 jobs.", "2,000 to 3,000", 2000, 3000),
    # a move between two ranges: each end is a range of its own
    ("It revised its forecast from 5 to 7 per cent to 3 to 5 per cent.", "5 to 7 per cent", 5, 7),
    # growth names what is measured, not a move
    ("Analysts see growth from 2% to 3% next year.", "2% to 3%", 2, 3),
]


@pytest.mark.parametrize(("text", "quote", "low", "high"), ONE_RANGE)
def test_an_interval_stays_one_range(text, quote, low, high):
    got = figures_of(text)
    hits = [g for g in got if g[0] == quote]
    assert hits, got
    assert hits[0][1:3] == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        ("House prices fell from £190,000 in November to £188,500 in December.", "£190,000", "2004-11"),
        ("House prices fell from £190,000 in November to £188,500 in December.", "£188,500", "2004-12"),
        ("Output rose from 1.2m tonnes in 2002 to 1.5m tonnes in 2004.", "1.2m tonnes", "2002"),
        ("Output rose from 1.2m tonnes in 2002 to 1.5m tonnes in 2004.", "1.5m tonnes", "2004"),
    ],
)
def test_each_level_has_its_own_period(text, quote, period):
    got = semantics_of(text, quote, dt.date(2005, 1, 12)).period
    assert got is not None and got.value == period
