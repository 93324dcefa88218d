"""A firm's year named by its last month only (family 'a firm's year dated by a year-less end month'): sentences
written for the rule, none from the gold articles. In a story of a firm's results that says its year runs 'to March'
without a year and dates no quarter by its months, the firm's year is the one holding the latest month the story
states as past; the year-less year, 'full year', 'the previous year' just after it and the quarters and halves named
without a year are counted in it. Stories of calendar years, of a twelve-month rate that is no firm's year, or with no
stated month keep their reading."""

import pytest
from dates_helpers import date_values

from newsfigures.extraction.dates.fiscal import firm_year_by_month
from newsfigures.extraction.mentions import DateMention

STORY = (
    "Shares in the airline fell 9% after it warned of lower full year profits. It said profits for the year to March "
    "would be 10% lower than the previous year. Demand was weak in December 2004, it said. The airline reported a "
    "fall in first quarter profits in August 2004, and in November said first half profits were down."
)


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("full year", "2004-04/2005-03"),
        ("year to March", "2004-04/2005-03"),
        ("previous year", "2003-04/2004-03"),
        ("first quarter", "2004-Q2"),
        ("first half", "2004-04/2004-09"),
    ],
)
def test_a_firm_s_year_less_year_is_the_one_holding_its_latest_stated_month(quote: str, value: str) -> None:
    assert date_values(STORY).get(quote) == value


def test_a_month_told_ahead_places_no_firm_s_year() -> None:
    # 'profits for the year to March fell ... Demand was weak in December 2004 ... will open a plant in June 2006':
    # the month told ahead is no month of the story's past, so the firm's year is the one holding December 2004
    text = "year to March ... December 2004 ... June 2006"
    dates = [
        DateMention(0, 13, "year to March", "", "interval", "unanchored"),
        DateMention(18, 31, "December 2004", "2004-12", "month", "explicit"),
        DateMention(36, 45, "June 2006", "2006-06", "month", "explicit"),
    ]
    kept = firm_year_by_month(text + " profits", dates, 4, {}, [(0, 13)], lambda start, end: start == 36)
    assert kept[0].value == "2004-04/2005-03"
    kept = firm_year_by_month(text + " profits", dates, 4, {}, [(0, 13)], lambda start, end: False)
    assert kept[0].value == "2006-04/2007-03"  # what the month told ahead would make it


@pytest.mark.parametrize(
    "text",
    [
        # a twelve-month rate in a story of no firm's results
        "House prices rose 12% in the year to November. Prices fell in October 2004, and the first half was slow.",
        # a calendar year: no fiscal year begins after January
        "Profits for the year to December rose 5%. Sales slowed in October 2004 and the first half was strong.",
    ],
)
def test_other_years_keep_their_reading(text: str) -> None:
    values = date_values(text)
    assert not [v for v in values.values() if v.endswith("-03") and "/" in v], values
    assert values.get("first half", "") in ("", "2004-H1"), values
