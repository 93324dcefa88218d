"""A forecast's figure and the paragraph's period: a forecast, plan or deal's figure takes a forecast's date only
from the sentence right before it, which it continues; one told further back in the paragraph is another event's
(the gold leaves such deal amounts empty: 'The company will pay between $1bn and $3bn' two sentences after 'over
the next 10 years'). Sentences written for these tests, not taken from the corpus.
"""

from __future__ import annotations

import pytest
from semantics_helpers import period_of


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # continued from the sentence before: the forecast's period
        ("Growth is forecast to slow to 3% in 2005. Exports will grow 6%.", "6%", "2005"),
        (
            "The agency expects food needs for 2005 to reach 387,500 tonnes. On top of that, 89,000 tonnes of oil "
            "will be needed.",
            "89,000 tonnes",
            "2005",
        ),
        # a sentence between: the forecast told further back is not this figure's
        (
            "The agency expects food needs for 2005 to reach 387,500 tonnes. Aid groups are worried. On top of "
            "that, 89,000 tonnes of oil will be needed.",
            "89,000 tonnes",
            None,
        ),
        (
            "Under the deal, Acme will be able to sell its products in China in 2006. The deal includes 300 "
            "branches. Acme will pay $2bn in cash.",
            "$2bn",
            None,
        ),
        (
            "The bank said losses could rise in 2006. The state is asking for aid. Half the support could come from "
            "a debt freeze.",
            "Half",
            None,
        ),
        # a report still takes the paragraph's latest period, however far back
        ("Sales rose 5% in 2004. The firm opened new stores. Profits were up 7%.", "7%", "2004"),
    ],
)
def test_a_forecast_continues_only_the_sentence_before(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period
