"""When a figure applies: more families of period misses (helper period8), each with sentences written for the test
that must and must not take a period.

Families: a clause about an earlier result opened after a forecast ('has forecast growth of 10% this year after
registering record sales there in 2004') reports that result's year, the story's period for later paragraphs.
"""

from __future__ import annotations

import pytest
from semantics_helpers import period_of


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # the lede's result after 'after'/'following' is reported, not forecast: the story's period
        (
            "Acme has forecast sales growth of at least 10% in Asia this year after registering record sales there "
            "in 2004.\n\nAcme-brand sales rose 2.3% to 80,600.",
            "2.3%",
            "2004",
        ),
        ("Acme forecast growth of 5% in 2006 following a 12% rise in 2004.\n\nExports grew 4%.", "4%", "2004"),
        # a clause that names no result may be a plan ahead: still the forecast's
        (
            "Acme expects profits to rise by 8% this year after launching new models in 2005.\n\nExports grew 4%.",
            "4%",
            None,
        ),
        # no opener: the date after a forecast word stays a forecast's
        ("Acme has forecast record sales in 2005.\n\nExports grew 4%.", "4%", None),
    ],
)
def test_a_result_after_a_forecast_is_reported(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period
