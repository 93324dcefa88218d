"""A stative word ('accounts', 'holds', 'is') puts a figure in the present only in the figure's own clause: one in a
clause before a contrast ('..., while 13% of cases concerned ...') states its own clause's present, and the figure
after it takes the period its paragraph or story reports, as any figure reported in the past does
(period.states_present). Before this rule, 'people's bank accounts, while 13% of cases concerned' read 'accounts'
as the verb of '13%' and left it undated.

Sentences written for these tests, none from the gold articles.
"""

from __future__ import annotations

import pytest
from semantics_helpers import period_of

FRAUD = (
    "Card fraud\n\nLosses to card fraud rose 9% in 2004, figures from the banks showed.\n\n"
    "Some 40% of the losses came from raids on savings accounts, while {fig} of cases concerned stolen cards.\n\n"
)
MARKET = "Phone market\n\nPhone sales rose 12% in 2004, the trade body said. {body}\n"


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # the stative word is in the clause before the contrast: the figure takes the story's year
        (FRAUD.format(fig="13%"), "13%", "2004"),
        (FRAUD.format(fig="13%"), "40%", "2004"),
        # a stative verb of the figure's own clause still states the present
        (MARKET.format(body="Nokia holds 30% of the market, while Motorola holds 15%."), "15%", None),
        (MARKET.format(body="Nokia holds 30% of the market, while Motorola has 15%."), "30%", None),
        # a clause mark that opens no contrast leaves the stative verb the figure's
        (MARKET.format(body="Nokia now holds, by most counts, 30% of the market."), "30%", None),
    ],
)
def test_a_stative_word_before_a_contrast_is_not_the_figure_s(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period
