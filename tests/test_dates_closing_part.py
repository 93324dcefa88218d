"""A year-less month told after a stated part that closes an earlier year than the story's present (sentences
written for this rule; the expected value worked out from the text).

'After registering falls at the back end of 2004, Halifax said house prices rose by 0.8% in January', in a story
whose present the text fixes early in 2005: the story has gone past the part of 2004 it named, so a month before
that part is the present year's January, not January 2004. A whole year stated before the month, a month within
or after the part, and a month that would lie ahead of the present keep the stated year.
"""

import pytest
from dates_helpers import undated_dates as dates

#: A lede that fixes the present early in 2012: the last year's fourth-quarter results reported as done.
_LEDE = "Acme posted a loss of $50m for the last three months of 2011, against a profit a year earlier. "


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # a closing quarter, half or end of the year, then a month before it
        (_LEDE + "Under a settlement announced in January, Acme took a charge of $20m.", "January", "2012-01"),
        (
            _LEDE + "Sales slowed in the second half of 2011, but the firm said orders rose in January.",
            "January",
            "2012-01",
        ),
        (
            _LEDE + "After registering falls at the end of 2011, Acme said its sales rose by 0.8% in January.",
            "January",
            "2012-01",
        ),
        (_LEDE + "Demand weakened in late 2011. The firm said demand picked up in January.", "January", "2012-01"),
        # a month closes its year too: the January after December 2011
        (_LEDE + "Sales fell in December 2011 but rose in January.", "January", "2012-01"),
    ],
)
def test_a_month_before_a_closing_part_of_an_earlier_year_is_the_present_year_s(
    text: str, quote: str, value: str
) -> None:
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # within or after the part: the stated year's month
        (_LEDE + "Sales slowed in the second half of 2011, and orders fell in November.", "November", "2011-11"),
        # a whole year stated: its own month
        (_LEDE + "Sales rose 4% in 2011, and the firm opened a plant in March.", "March", "2011-03"),
        # a month before the closing month that the present's year has not reached: the last one, of the stated year
        (_LEDE + "Sales rose in December 2011, after falling in November.", "November", "2011-11"),
        # a part that does not close its year: its year's month
        (_LEDE + "Sales slowed in the third quarter of 2011, after a strong January.", "January", "2011-01"),
    ],
)
def test_a_month_within_the_part_or_after_a_whole_year_keeps_the_stated_year(text: str, quote: str, value: str) -> None:
    assert dates(text)[quote] == (value, "story_year")


def test_a_month_ahead_of_the_present_keeps_the_stated_year() -> None:
    # the present is early 2012 (January's results are out): a June after the closing part is no month of 2012 yet
    text = _LEDE + "Orders picked up at the end of 2011, the firm said, after they had slumped in June."
    assert dates(text)["June"] == ("2011-06", "story_year")


def test_a_month_after_a_closing_part_two_years_back_is_not_the_present_year_s() -> None:
    # the present is early 2012 (2011's results are out): the January after the end of 2010 is 2011's, so no month
    # of the present's year; the rule leaves it to the stated year (the January of 2011 is read by no rule)
    text = _LEDE + "After sales slowed at the end of 2010, the firm cut jobs in January."
    assert dates(text)["January"] != ("2012-01", "story_present")
