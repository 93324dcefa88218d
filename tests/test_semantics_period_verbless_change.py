"""A change stated with no verb ('with sales down 3.1% at 1.06 million', 'on sales up 21% at 8.6bn euros') reports
its paragraph's time, as a verb in the past does: a sentence with one and no past verb still tells a time and takes
the period stated earlier in its paragraph (period.verbless_change, period.tells_time). Before this rule such a
sentence ('The performance comes on sales up 21%') read as a present state and took none. After a copula or a word
of the present ('Shares are up 3%', 'prices remain down 10%', 'make up 40% of sales') the change is a state now,
and a phrasal verb with a count ('set up 12 plants') is no change.

Sentences written for these tests, none from the gold articles.
"""

from __future__ import annotations

import pytest
from semantics_helpers import period_of

from newsfigures.semantics.period import verbless_change

CARS = "Carmaker results\n\nA carmaker has reported higher profits.\n\nIts profits rose 9% in 2004, it said. {body}\n"


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a change with no verb: the paragraph's year
        (CARS.format(body="Its luxury brand leads, with sales up 4.2% at 1.1 million."), "4.2%", "2004"),
        (CARS.format(body="The result comes on revenues down 2% at 40bn euros."), "2%", "2004"),
        # a state now: no period
        (CARS.format(body="Its shares are up 3% this morning and it employs 50,000."), "50,000", None),
        # a share made up now, as 'account for 40%': no period
        (CARS.format(body="Its cars make up 40% of European sales."), "40%", None),
    ],
)
def test_a_change_with_no_verb_takes_the_paragraph_s_period(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("The result comes on sales up 21% at 8.6bn euros.", True),
        ("Profits, up by almost 12% at £5m, beat forecasts.", True),
        ("BA shares, up 4p at 274p, led the index.", True),
        ("Shares are up 3% in London.", False),
        ("Its shares are now up 3%.", False),
        ("It's up 3% on the day.", False),
        ("Prices remain down 10%.", False),
        ("The firm has set up 12 plants.", False),
        ("Diesel models make up 30 percent of output.", False),
        ("Its vans now take up 12% of the market.", False),
    ],
)
def test_verbless_change(sentence: str, change: bool) -> None:
    assert verbless_change(sentence, 0, len(sentence)) is change
