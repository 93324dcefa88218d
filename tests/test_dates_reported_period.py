"""'The same quarter a year earlier', 'the quarter before': counted from the period the story reports, not from a
comparison's base that the text names after it ('down from $1bn in the fourth quarter of 2005'); sentences written
for this rule, the expected value worked out from the text."""

import pytest
from dates_helpers import undated_dates as dates

_BASE_AFTER = "The miner earned $630m in the fourth quarter of 2006, down from $1bn in the fourth quarter of 2005. "


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # a base by position ('down from ... in the fourth quarter of 2005') is not the quarter reported
        (_BASE_AFTER + "Sales rose 5% on the same quarter a year earlier.", "same quarter a year earlier", "2005-Q4"),
        (_BASE_AFTER + "Sales rose 3% from the quarter before.", "quarter before", "2006-Q3"),
        (
            "Exports rose 4% in the second quarter of 2009, compared with a fall in the second quarter of 2008. "
            "Imports were flat on the same quarter last year.",
            "same quarter last year",
            "2008-Q2",
        ),
        # a range's own 'from' is no base: the range stays the period reported
        (
            "Orders for delivery from March 2010 to June 2010 were $3bn, higher than for the same period last year.",
            "same period last year",
            "2009-03/2009-06",
        ),
        # a span written as one after 'from' is a base, not a range's start
        (
            "Sales were £5m in the third quarter of 2004, up from 2003-04's £4m. Costs rose 2% on the same period "
            "a year earlier.",
            "same period a year earlier",
            "2003-Q3",
        ),
    ],
)
def test_a_period_anaphor_skips_a_base_named_after_the_period(text: str, quote: str, value: str) -> None:
    assert dates(text)[quote] == (value, "story_date")


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # no base: the story's last quarter
        (
            "The miner earned $630m in the fourth quarter of 2006. Sales rose 5% on the same quarter a year earlier.",
            "same quarter a year earlier",
            "2005-Q4",
        ),
        (
            "The miner earned $630m in the fourth quarter of 2006. The quarter before, it lost $5m.",
            "quarter before",
            "2006-Q3",
        ),
        # a date told after the reported one that is no base is the story's last date
        (
            "Output fell in the third quarter of 2007. In the fourth quarter of 2007 it rose 2% on the quarter before.",
            "quarter before",
            "2007-Q3",
        ),
    ],
)
def test_a_period_anaphor_without_a_base_takes_the_last_period(text: str, quote: str, value: str) -> None:
    assert dates(text)[quote] == (value, "story_date")


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # a base one unit before the reported period: 'the year before' walks on past it, not back to it
        (
            "Profits rose to £5m in 2004, up from £4m in 2003. The year before, they had been £3m.",
            "year before",
            "2002",
        ),
        (
            "Sales rose 4% in the second quarter of 2009, up from 2% in the first quarter of 2009. "
            "The quarter before, they fell.",
            "quarter before",
            "2008-Q4",
        ),
    ],
)
def test_a_step_that_lands_on_a_named_base_walks_on(text: str, quote: str, value: str) -> None:
    assert dates(text)[quote] == (value, "story_date")
