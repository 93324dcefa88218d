"""A year-less date of an undated story is the next one after the present only when its own clause puts events
ahead ('will cut its output in the fourth quarter'), not when another clause of its sentence does ('was raising
its fourth-quarter dividend, and that it would continue with buybacks'): sentences written for this rule, the
expected value worked out from the text (the present is early in 2009, after the results of 2008's last quarter)."""

import pytest
from dates_helpers import undated_dates as dates

RESULTS = " Profits for the final three months of 2008 rose."


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the clause of the date reports: the nearest fourth quarter, 2008's
        (
            "The miner said it was raising its fourth-quarter dividend by 5%, and that it would continue with "
            "buybacks." + RESULTS,
            "2008-Q4",
        ),
        # its own clause forecasts: the next one
        ("The miner will cut its output in the fourth quarter, and it bought back shares." + RESULTS, "2009-Q4"),
    ],
)
def test_only_the_dates_own_clause_puts_it_ahead(text, value):
    assert dates(text)["fourth quarter" if "in the fourth" in text else "fourth-quarter"] == (value, "story_present")


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # a verb of a schedule in the present simple puts its date ahead, as 'will' does: the next one
        ("His second term as chairman ends on 1 October, making this his last budget." + RESULTS, "1 October", "2009-10-01"),
        ("The bank's loan agreement with the fund expires in November." + RESULTS, "November", "2009-11"),
        ("The Paris Club meets on 12 December to discuss a moratorium." + RESULTS, "12 December", "2009-12-12"),
        # in the past tense it is the nearest one, not ahead
        ("His second term as chairman ended on 1 October, after a long row." + RESULTS, "1 October", "2008-10-01"),
        ("The bank's loan agreement with the fund expired in November." + RESULTS, "November", "2008-11"),
    ],
)  # fmt: skip
def test_a_scheduled_event_in_the_present_simple_is_ahead(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")
