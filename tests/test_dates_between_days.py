"""'between' makes two days written without a year one interval ('between 12 January and 10 February'), not a list
of two days (sentences written for this rule, the values worked out from the text and a publication date)."""

import datetime as dt

import pytest

from newsfigures.extraction.dates import extract_dates

MARCH_2005 = dt.date(2005, 3, 1)


def found(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    """(quote, value) of every date of ``text``."""
    return [(d.quote, d.value) for d in extract_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shares were bought between 12 January and 10 February for $230m.",
            [("between 12 January and 10 February", "2005-01-12/2005-02-10")],
        ),
        (
            "The shares were bought between January 12 and February 10 for $230m.",
            [("between January 12 and February 10", "2005-01-12/2005-02-10")],
        ),
    ],
)
def test_between_two_yearless_days_is_an_interval(text, expected):
    assert found(text, MARCH_2005) == expected


def test_between_two_yearless_days_without_a_publication_date_is_one_unanchored_interval():
    text = "The shares were bought between 12 January and 10 February for $230m."
    assert found(text, None) == [("between 12 January and 10 February", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # without 'between', a list of two days
        (
            "The shares were bought on 12 January and 10 February.",
            [("12 January", "2005-01-12"), ("10 February", "2005-02-10")],
        ),
        # with their years, the interval of stated days ('db')
        (
            "The shares were bought between 12 January 2004 and 10 February 2005.",
            [("between 12 January 2004 and 10 February 2005", "2004-01-12/2005-02-10")],
        ),
    ],
)
def test_days_without_between_or_with_years_keep_their_reading(text, expected):
    assert found(text, MARCH_2005) == expected
