"""'For the full year', 'during the year', 'over the year': the year of the period the story reports, not of the
last date it mentioned when that date is a comparison's base, a deadline, a record's start ('since early 2009') or,
for a year told as past, a forecast (sentences written for this rule; the expected value worked out from the text).
"""

import datetime as dt

import pytest
from dates_helpers import undated_dates as dates

from newsfigures.extraction.dates import extract_dates


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # a record's start is no period the story reports
        (
            "Output grew 0.7% in the three months to December 2011, the best quarterly showing since early 2009. "
            "It leaves GDP up 2.3% for the full year.",
            "full year",
            "2011",
        ),
        # a forecast year is not the year a past act took place in
        (
            "Sales rose 8% in 2011, and the firm predicted that it will beat the market in 2012. "
            "During the year it bought a rival in Spain.",
            "year",
            "2011",
        ),
        # a comparison's base ('the previous year') is not the year reported
        (
            "The carmaker sold 2.4 million cars in 2011, an increase of 4% on the previous year. "
            "Its Japanese unit contributed $1bn in net income over the year.",
            "year",
            "2011",
        ),
    ],
)
def test_a_year_anaphor_takes_the_reported_year(text: str, quote: str, value: str) -> None:
    assert dates(text)[quote] == (value, "story_date")


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # an anaphor told ahead takes the forecast year
        ("The chain expects sales to rise in 2012. During the year it will open ten stores.", "year", "2012"),
        # the story's last date, reported
        ("Profit rose 5% in 2011. For the year, sales were flat.", "year", "2011"),
        ("Net profit was $3bn in the fourth quarter of 2011. For the full year, profit rose 9%.", "full year", "2011"),
    ],
)
def test_a_year_anaphor_after_a_reported_or_forecast_year_keeps_it(text: str, quote: str, value: str) -> None:
    assert dates(text)[quote] == (value, "story_date")


def test_a_year_anaphor_told_as_past_skips_a_forecast_year_with_a_publication_date_too() -> None:
    # the clause of 'in 2012' puts it ahead whether or not the story has a dateline: the rival was bought in 2011
    text = (
        "Sales rose 8% in 2011, and the firm predicted that it will beat the market in 2012. "
        "During the year it bought a rival in Spain."
    )
    found = {d.quote: (d.value, d.resolution) for d in extract_dates(text, dt.date(2012, 3, 1))}
    assert found["year"] == ("2011", "story_date")
