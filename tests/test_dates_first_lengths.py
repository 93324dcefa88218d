"""'The first seven weeks of this year', 'the first two trading days of the week', 'the final three years of the
period' (family 'a stated number of days, weeks or years at the start or end of a period the text names'): sentences
written for the rule, none from the gold articles. The phrase is one date expression (gold README: periods of
stated length anchored on the story), not a duration figure and a date beside it; days and weeks of a stated year take
that year, years of the story's last range of years are counted in it, anything else has no value. Not a length of
an event ('the first three days of the visit'), a contract's years or months (months are the 'fm' shape's)."""

import datetime as dt

import pytest

from newsfigures.extraction.dates import extract_dates
from newsfigures.extraction.merge import extract


def _dates(text: str) -> list[tuple[str, str]]:
    return [(d.quote, d.value) for d in extract_dates(text, None)]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Retailers said the first six weeks of this year had been tough.", "first six weeks of this year", ""),
        (
            "Funds poured out of Brazil in the first two or three weeks of March.",
            "first two or three weeks of March",
            "",
        ),
        (
            "The index rose 300 points in the first two trading days of the week.",
            "first two trading days of the week",
            "",
        ),
        ("Car sales jumped in the last 10 days of December.", "last 10 days of December", ""),
        ("Exports grew 9% in the first eight weeks of 2011.", "first eight weeks of 2011", "2011"),
        (
            "Output fell between 1990 and 2002, most sharply in the final four years of the period.",
            "final four years of the period",
            "1999/2002",
        ),
        (
            "Output rose in 2002. Most of it came in the first two years of the period.",
            "first two years of the period",
            "",
        ),
    ],
)
def test_a_stated_length_at_the_start_or_end_of_a_period_is_one_date(text: str, quote: str, value: str) -> None:
    assert (quote, value) in _dates(text)


def test_its_number_is_no_duration_figure() -> None:
    found = extract("Retailers said the first six weeks of this year had been tough.", None)
    assert [d.quote for d in found.dates] == ["first six weeks of this year"]
    assert not [f for f in found.figures if f.kind == "duration"]


@pytest.mark.parametrize(
    "text",
    [
        "He spent the first three days of the visit in Delhi.",  # an event's days, not the calendar's
        "The last two years of the contract were costly.",
        "The first two weeks of training were hard.",
        "The first six weeks of this year's sales drive were slow.",  # the drive's weeks, not the year's
        "Prices fell in the last three days of the month's trading.",
    ],
)
def test_lengths_of_other_things_are_no_such_date(text: str) -> None:
    assert not [q for q, _ in _dates(text) if "weeks of" in q or "days of" in q or "years of" in q]


def test_months_stay_the_months_shape_s() -> None:
    assert _dates("Sales rose in the first nine months of 2004.") == [("first nine months of 2004", "2004-01/2004-09")]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Retailers said the first six weeks of this year had been tough.", "first six weeks of this year", "2005"),
        ("Sales slowed in the last two weeks of last year.", "last two weeks of last year", "2004"),
        ("Orders fell in the first 10 days of last month.", "first 10 days of last month", "2005-02"),
        ("Prices rose in the final days of the year.", None, None),  # no count: not this shape
        ("The index rose in the first two trading days of the week.", "first two trading days of the week", ""),
        # 'that year', 'the month' are the story's own earlier time, not one the publication date places
        ("In the first seven weeks of that year, sales rose 5%.", "first seven weeks of that year", ""),
        ("Orders fell in the first 10 days of the month.", "first 10 days of the month", ""),
    ],
)
def test_a_deictic_year_or_month_is_placed_by_the_publication_date(text, quote, value):
    """In a dated story the days or weeks of 'this year' or 'last month' take that year or month, as the deictic
    alone would (the phrase is one date, so without this the dated story lost the year it had before the shape)."""
    found = [
        (d.quote, d.value)
        for d in extract_dates(text, dt.date(2005, 3, 10))
        if d.quote.startswith(("first", "last", "final"))
    ]
    if quote is None:
        assert found == []
    else:
        assert found == [(quote, value)]
