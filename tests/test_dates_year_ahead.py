"""'The coming year' (family 'the twelve months from the present'): sentences written for the rule, none from the
gold articles. The phrase names the twelve months from the present, so its calendar year is the one that holds
most of them: the present's own until June, the next one from July. Other steps ('next year') and other units
('the coming months', 'the coming week') keep their reading."""

import datetime as dt

import pytest
from dates_helpers import date_values


@pytest.mark.parametrize(
    ("published", "year"),
    [
        (dt.date(2005, 2, 10), "2005"),
        (dt.date(2005, 6, 30), "2005"),
        (dt.date(2005, 7, 1), "2006"),
        (dt.date(2004, 11, 20), "2005"),
    ],
)
def test_the_coming_year_is_the_calendar_year_of_most_of_its_months(published: dt.date, year: str) -> None:
    values = date_values("The firm plans to save a further $50m over the coming year.", published)
    assert values.get("coming year") == year, values


def test_a_story_told_early_in_its_year_saves_in_that_year() -> None:
    # no dateline: the story reports the last year's results, so its present is early in the next year
    text = (
        "Profits rose 12% to $300m in 2004, the firm said. It plans to deliver a further $100m of savings "
        "over the coming year."
    )
    assert date_values(text, None).get("coming year") == "2005"


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Prices should rise next year, the bank said.", "next year", "2006"),
        ("Growth will slow in the coming months, the bank said.", "coming months", ""),
        ("The board meets in the coming week.", "coming week", "2005-W08"),
        ("The firm said last year was hard.", "last year", "2004"),
    ],
)
def test_other_steps_and_units_keep_their_reading(text: str, quote: str, value: str) -> None:
    values = date_values(text, dt.date(2005, 2, 14))
    assert values.get(quote, "") == value, values
