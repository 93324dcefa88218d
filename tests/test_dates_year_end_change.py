"""A year's end told after a past-tense change in its clause ('picked up speed at the end of 2004', 'prices fell in late
2004') tells the year as done, as 'grew 5% during 2004' does: in the lede, the present is in the year after it.
Sentences written for the rule: must fix the present, must not."""

import pytest
from dates_helpers import undated_dates as dates


@pytest.mark.parametrize(
    "text",
    [
        "The French economy picked up speed at the end of 2006, official figures show. Exports fell last year.",
        "House prices fell sharply in late 2006, the lender said. Exports fell last year.",
        "Car sales slumped at the close of 2006, dealers said. Exports fell last year.",
    ],
)
def test_a_year_end_told_as_a_past_change_fixes_the_present(text):
    assert dates(text)["last year"] == ("2006", "story_present")


@pytest.mark.parametrize(
    "text",
    [
        # ahead, not done
        "The economy is expected to pick up speed at the end of 2006, the bank said. Exports fell last year.",
        # no change told of the year's end: a history's date
        "The firm was founded at the end of 1998, its chief said. Exports fell last year.",
        # a bound: the change runs on from the year's end
        "Prices have fallen since the end of 2006, the lender said. Exports fell last year.",
        # the turn of a year is as much the next one's start
        "Prices fell at the turn of 2006, the lender said. Exports fell last year.",
        # a year told during itself ('so far')
        "Sales in 2006 have risen 5% so far, the lender said. Exports fell last year.",
    ],
)
def test_a_year_end_not_told_as_a_past_change_fixes_no_present(text):
    assert dates(text)["last year"] == ("", "unanchored")
