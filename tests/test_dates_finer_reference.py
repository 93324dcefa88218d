"""'The previous quarter' ('month') counts from the story's last quarter (month) when the story's last date is a
year, which it cannot be counted from (sentences written for this rule, the values worked out from the text)."""

import pytest
from dates_helpers import undated_dates as dates


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        (
            "Jobless totals rose in the last three months of 2008, the most since records began in 1971. The rate "
            "rose to 5% from 4.8% in the previous quarter.",
            "previous quarter",
            "2008-Q3",
        ),
        (
            "Sales fell in October 2008 and over the whole of 2008. They had risen in the previous month.",
            "previous month",
            "2008-09",
        ),
    ],
)
def test_a_count_in_quarters_or_months_after_a_year_takes_the_story_s_last_quarter_or_month(text, quote, value):
    assert dates(text)[quote] == (value, "story_date")


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # no quarter in the story: nothing to count from
        ("Jobless totals rose in 2008. The rate rose to 5% from 4.8% in the previous quarter.", "previous quarter", ""),
        # a count in years counts from the year itself
        (
            "Jobless totals rose in the last three months of 2008 and in 2007. It was 4% the previous year.",
            "previous year",
            "2006",
        ),
    ],
)
def test_no_finer_date_or_a_count_in_years_keeps_its_reading(text, quote, value):
    assert dates(text)[quote][0] == value
