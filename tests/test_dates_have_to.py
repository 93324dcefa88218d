"""'might have to', 'may have to' put a sentence ahead (an obligation to come), unlike 'would have been', a
counterfactual about the past: a year of results in such a sentence is not told as done (sentences written for
this rule, the expected value worked out from the text)."""

import pytest
from dates_helpers import undated_dates as dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an obligation ahead: the 2008 results are not told as published, the present stays open
        ("The chain said it might have to restate its net profit for 2008. Sales fell last year.", ""),
        ("The chain said it may have to restate its net profit for 2008. Sales fell last year.", ""),
        # a counterfactual about a done year: its results are out, the present is 2009
        (
            "The chain said its net profit for 2008 would have been higher without the strike. Sales fell last year.",
            "2008",
        ),
    ],
)
def test_have_to_after_a_modal_is_a_forecast(text, value):
    assert dates(text)["last year"][0] == value
