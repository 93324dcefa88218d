"""A year's change told as done deeper in a story counts as over when the story looks ahead to the next year ('the
economy expanded 7.1% in 2010 ... it expected 6% expansion in 2011'), unless the story states a later year: then
the change may be background. A year that only qualifies a noun ('ahead of a 2012 deadline', 'the 2012 Olympics')
names an event's year, not a year the story reports: it does not count as stated. Sentences written for this rule,
the expected value worked out from the text."""

import pytest
from dates_helpers import undated_dates as dates

LEDE = "Lenders win new freedom\n\nThe central bank is to relax its rules. Banks will be able to sell units. One lender is looking for a partner. "
OUTCOME = "Figures showed the economy expanded 7.1% in 2010, and the bank said it expected 6% expansion in 2011. "


@pytest.mark.parametrize(
    "event",
    [
        "The moves put the country ahead of a 2012 deadline to open up the sector.",
        "Builders are busy with the 2012 Olympics.",
    ],
)
def test_an_event_year_before_a_change_and_a_forecast_leaves_the_change_done(event):
    text = LEDE + event + " " + OUTCOME + "Exports rose 3% last year."
    assert dates(text)["last year"] == ("2010", "story_present")


@pytest.mark.parametrize(
    "stated",
    [
        "The sector opened up in 2012.",
        "Builders were busy in 2012.",
    ],
)
def test_a_later_year_stated_leaves_the_change_background(stated):
    text = LEDE + stated + " " + OUTCOME + "Exports rose 3% last year."
    assert dates(text)["last year"] == ("", "unanchored")
