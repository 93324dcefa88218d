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
