"""A part of a year before its end told as past ('accounted for 46% of profit in the first half of 2004') beside
results forecast 'this year' ('on course for a 10% rise in net income this year'): the year's results are not out, its
first part's are, so the present is in that year. 'on course for', 'on track to' are forecast words. Sentences written
for the rule: must fix the present, must not."""

import pytest
from dates_helpers import undated_dates as dates


@pytest.mark.parametrize(
    "text",
    [
        "Profit rose 8% in the first half of 2006, the bank said. It is on course for a 10% rise in net income this year.",
        "Jobs will go in the US - which accounted for 46% of profit in the first nine months of 2006 - and in Asia. The "
        "bank expects net income to rise this year.",
        "Sales jumped in the third quarter of 2006. The group is on track to double its profits this year.",
    ],
)
def test_a_part_of_a_year_done_beside_results_forecast_this_year_fixes_the_present(text):
    assert dates(text)["this year"] == ("2006", "story_present")


@pytest.mark.parametrize(
    "text",
    [
        # no results forecast: 'this year' may be the year after the part's
        "Profit rose 8% in the first half of 2006, the bank said. Sales will rise this year.",
        # results told, not forecast
        "Profit rose 8% in the first half of 2006, the bank said. Net income rose 5% this year.",
        # the part is forecast, not told as past
        "Profit is expected to rise in the first half of 2006. It is on course for a 10% rise in net income this year.",
        # the part is a base compared with
        "Sales were up 5% on the first half of 2006. It is on course for a 10% rise in net income this year.",
        "Sales rose 5% compared with the first half of 2006. It is on course for a 10% rise in net income this year.",
    ],
)
def test_a_part_of_a_year_not_told_done_or_no_results_forecast_fixes_no_present(text):
    assert dates(text)["this year"] == ("", "unanchored")


def test_a_year_on_course_for_results_is_no_year_told_as_done():
    text = "The firm was on course for record profits in 2006 as a whole. Its shares fell last year."
    assert dates(text)["last year"] == ("", "unanchored")
