"""Results compared with, before their year ('a dramatic change from the loss of 364m euros in 2003', 'compared with a
net loss of 984m euros in 2003'), are the base of a comparison, not a year's results told as done: no present in the
year after it. Sentences written for the rule: must fix no present, must keep it."""

import pytest
from dates_helpers import undated_dates as dates


@pytest.mark.parametrize(
    "text",
    [
        "Net profit came in at 1.4bn euros, a dramatic change from the loss of 364m euros in 2005. Sales fell last year.",
        "The bank made 400m euros, compared with a net loss of 984m euros in 2005. Sales fell last year.",
        "Profits were 2bn kronor against a pre-tax loss of 10.8bn kronor for 2005. Sales fell last year.",
    ],
)
def test_results_compared_with_fix_no_present(text):
    assert dates(text)["last year"] == ("", "unanchored")


@pytest.mark.parametrize(
    "text",
    [
        # the year's own results
        "Strong sales helped the firm boost its profits by more than 40% in 2006. Sales fell last year.",
        "The firm made a net profit of 1.4bn euros in 2006, up from 364m euros. Sales fell last year.",
    ],
)
def test_a_years_own_results_keep_the_present(text):
    assert dates(text)["last year"] == ("2006", "story_present")
