"""A year told as entered ahead ('estate agents were set to enter 2005 with a third more properties') puts the New
Year ahead, as 'ahead of New Year' does: the story is told in the last days of the year before. Sentences written
for the rule: must fix the present, must not."""

import pytest
from dates_helpers import undated_dates as dates

from newsfigures.extraction.dates import DATE_RE
from newsfigures.extraction.dates.present import story_time


@pytest.mark.parametrize(
    "text",
    [
        "Retailers were set to enter 2007 with high stocks, the survey said. Sales fell in November.",
        "Carmakers will go into 2007 with full order books. Sales fell in November.",
        "Banks are expected to head into 2007 with bad debts rising. Sales fell in November.",
    ],
)
def test_a_year_entered_ahead_fixes_the_present_before_it(text):
    assert dates(text)["November"] == ("2006-11", "story_present")


@pytest.mark.parametrize(
    "text",
    [
        # a past act: the year is entered, the present in it or after
        "The firm entered 2007 debt-free, its chief said. Sales fell in November.",
        # the verb is not just before the year: a market entered in a year
        "The firm is set to enter the Indian market in 2007. Sales fell in November.",
        # no forecast word: 'going into' told as history
        "Going into 2007, the firm had no debt. Sales fell in November.",
    ],
)
def test_a_year_not_entered_ahead_fixes_no_present(text):
    assert dates(text)["November"] == ("", "unanchored")


def test_a_year_entered_ahead_before_a_later_stated_year_is_history():
    # the story states 2008 as past: entering 2001 is history, no present in 2000
    text = "The bank opened a branch in Leeds in 2008. In its early days it was set to enter 2001 with no debt."
    assert story_time(text, list(DATE_RE.finditer(text))).present is None


@pytest.mark.parametrize(
    "text",
    [
        # the year before a noun is the noun's: no year entered
        "The minister will say how much money is going into 2007 projects. Sales fell in November.",
        "Unions will go into 2007 pay talks with high hopes. Sales fell in November.",
    ],
)
def test_a_year_before_a_noun_is_no_year_entered(text):
    assert dates(text)["November"] == ("", "unanchored")


@pytest.mark.parametrize(
    "text",
    [
        "Carmakers will go into 2007, the survey said, with full order books. Sales fell in November.",
        "Carmakers will go into 2007 in good shape. Sales fell in November.",
    ],
)
def test_a_year_entered_before_a_comma_or_a_preposition_fixes_the_present(text):
    assert dates(text)["November"] == ("2006-11", "story_present")
