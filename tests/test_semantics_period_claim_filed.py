"""A participle aside that dates the filing or bringing of a claim, charge or document dates that act, not the
amount claimed, also when it names who filed it ('The demand for $280bn - filed by the Clinton administration in
1999 - was rejected'): the gold's ruling on claims over an undated stretch gives such an amount no period, not
the time of the demand (period._clause_opener, ``aside_agent_participles``). Other participles with an agent
keep the rule that an agent may tie the aside to the figure ('Sales, boosted by demand in December, rose 5%').

Sentences written for these tests, none from the gold articles.
"""

from __future__ import annotations

import pytest
from semantics_helpers import period_of

SUIT = "Court ruling\n\nA court has thrown out a government claim against the car industry.\n\n{body}\n"


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # the filing's date is the aside's: the amount claimed has none
        (
            SUIT.format(body="The claim for $90bn - filed by the Justice Department in 2001 - was rejected."),
            "$90bn",
            None,
        ),
        (SUIT.format(body="The $4bn suit, brought by a group of investors in March 2003, failed."), "$4bn", None),
        # without an agent the aside was the aside's already
        (SUIT.format(body="The claim for $90bn - filed in 2001 - was rejected."), "$90bn", None),
        # an agent after another participle may tie the aside to the figure: the date stays the figure's
        (SUIT.format(body="Car sales, boosted by demand in 2003, rose 5%."), "5%", "2003"),
        # 'raised' tells a rise as often as a claim: its agent keeps the rule
        (SUIT.format(body="Car sales, raised by strong demand in 2003, reached 5 million."), "5 million", "2003"),
        (SUIT.format(body="Rail fares, raised by the operators in January 2003, rose 4%."), "4%", "2003-01"),
        # a date outside the aside is still the figure's
        (
            SUIT.format(body="The claim for $90bn - filed by the Justice Department - was rejected in 2004."),
            "$90bn",
            "2004",
        ),
    ],
)
def test_a_claim_s_filing_date_is_not_the_amount_s(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period
