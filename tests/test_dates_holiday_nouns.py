"""A holiday's or a month's time noun is part of its expression ('the Christmas weekend', 'the December holiday
period': one date, as the gold's 'the Christmas period', 'the Christmas holiday'), and one month named by its place
in the year is a date ('the first month of the year', 'the last month of 2004': December, not the deictic 'last
month'). Sentences written for these tests, none from the gold articles; values worked out from the text."""

import datetime as dt

import pytest
from dates_helpers import undated_dates

from newsfigures.extraction.dates import extract_dates

PUBLISHED = dt.date(2005, 1, 10)


def quotes(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str]]:
    """(quote, value) of every date of a text."""
    return [(d.quote, d.value) for d in extract_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of flights were cancelled over the Christmas weekend.", [("Christmas weekend", "2004-12-25")]),
        ("The miners will leave over the Easter weekend.", [("Easter weekend", "2005-03-27")]),
        ("Shops had a busy Christmas holiday period.", [("Christmas holiday period", "2004-12-25")]),
        ("Talks stalled during the New Year holiday.", [("New Year holiday", "2005-01-01")]),
        ("Trading was thin over the Christmas break.", [("Christmas break", "2004-12-25")]),
        # a month and 'holiday' before a time noun: that month
        (
            "Four workers left over the December holiday period without notice.",
            [("December holiday period", "2004-12")],
        ),
        # a month that needs a word before it ('the August reading'): its holiday noun is that word
        ("Shops closed for the August holiday weekend.", [("August holiday weekend", "2004-08")]),
        ("Shops will close over the April holiday period.", [("April holiday period", "2005-04")]),
    ],
)
def test_a_holiday_noun_is_part_of_its_holiday_or_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun that is no time stays outside: the holiday as a modifier
        ("The Christmas chaos hit the airline.", [("Christmas", "2004-12-25")]),
        ("December sales rose 3%.", [("December", "2004-12")]),
        # a time noun that opens a compound is no time noun: the holiday alone
        ("Christmas holiday-makers filled the resorts.", [("Christmas", "2004-12-25")]),
        ("Sales passed the Christmas break-even point.", [("Christmas", "2004-12-25")]),
        # a year after the holiday is its year, no noun
        ("Sales over Christmas 2003 fell.", [("Christmas 2003", "2003-12-25")]),
    ],
)
def test_a_word_that_is_no_time_noun_stays_outside(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Prices rose 0.4% in the last month of 2004.", "last month of 2004", "2004-12"),
        ("Prices rose 0.4% in the first month of 2005.", "first month of 2005", "2005-01"),
        ("Prices rose 2% in 2003 and 0.4% in the final month of the year.", "final month of the year", "2003-12"),
        # after a closing part of the year before, the present's January (as 'in January' there)
        (
            "Prices fell 0.7% in the last three months of 2004, the agency said, adding that the market had "
            "recovered. After falls at the end of 2004, prices rose by 0.4% in the first month of the year.",
            "first month of the year",
            "2005-01",
        ),
    ],
)
def test_one_month_by_its_place_in_the_year(text: str, quote: str, value: str) -> None:
    assert undated_dates(text)[quote][0] == value


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the deictic month stays one, with no year after 'of'
        ("House prices rose 1% last month.", "last month"),
        ("Sales rose in the last month of trading.", "last month"),
    ],
)
def test_a_month_of_no_year_stays_deictic(text: str, quote: str) -> None:
    assert quote in dict(quotes(text))


def test_a_place_in_something_else_is_no_month() -> None:
    """'the last month of the campaign': no month of the year, nor the deictic 'last month' (the month before the
    story); 'of the' alone does not make the year."""
    assert quotes("Sales rose 4% in the last month of the campaign.") == []
    assert quotes("Sales rose 4% in the first month of the new contract.") == []
