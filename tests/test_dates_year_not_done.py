"""A year's results or change told as history ('helped the firm turn a loss in 2000 into a profit the following year')
or as a consequence ahead ('The combination means a revenue shortfall during 2005') is no year told as done: it fixes
no present in the year after it. Sentences written for the rule: must fix no present, must keep it."""

import pytest
from dates_helpers import undated_dates as dates


@pytest.mark.parametrize(
    "text",
    [
        "These cuts helped the firm turn a $6bn loss in 2000 into a $2bn profit the following year. Sales fell last year.",
        "Exports rose 5% in 2000 and doubled a year later, the ministry said. Sales fell last year.",
        "The combination means a revenue shortfall during 2006, the chairman said. Sales fell last year.",
        "The disaster will mean lower profits in 2006, the bank said. Sales fell last year.",
    ],
)
def test_a_year_told_as_history_or_consequence_fixes_no_present(text):
    assert dates(text)["last year"] == ("", "unanchored")


@pytest.mark.parametrize(
    "text",
    [
        # the year's results told as done, no later year narrated
        "The firm turned a $6bn loss in 2003 into a $2bn profit in 2006, the chairman said. Sales fell last year.",
        "The group made a profit of $2bn in 2006, the chairman said. Sales fell last year.",
        # the year after told ahead, after a forecast word: no history
        "Profits rose 20% in 2006 and the firm expects them to rise again the following year. Sales fell last year.",
        "Profits rose 20% in 2006 and will rise again the next year, it said. Sales fell last year.",
        "The firm made a profit of $2bn in 2006, and it plans to double it the year after. Sales fell last year.",
    ],
)
def test_a_year_told_as_done_keeps_the_present(text):
    assert dates(text)["last year"] == ("2006", "story_present")
