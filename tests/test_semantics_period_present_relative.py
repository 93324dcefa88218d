"""A figure in a relative clause that states the present ('The company - which controls half of the local market -
aims to sell 1m cars by 2010', 'The firm, which employs 5,000 people, reported a profit in 2004') takes no date from
outside that clause: the clause states what is, and the date is the main clause's time (period.period_of_date,
_outside_present_relative). Before this rule such a figure took the main clause's date. A date inside the clause
stays its figure's ('which is worth $5bn this year'), a clause in the perfect is no state ('which has grown 5% in
2004'), and a clause that restates the figure before it ('overrun by 10%, which is about 1bn euros') shares its time.

Sentences written for these tests, none from the gold articles.
"""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of

CARS = "Carmaker\n\nThe company - which controls half of the local market - aims to sell 1m cars by 2010.\n"
STAFF = "Results\n\nThe firm, which employs 5,000 people, reported a profit of $5m in 2004.\n"
STAKE = "Carmakers\n\nHe will become chairman of the group, which owns 30% of the Korean carmaker, in 2006.\n"
WORTH = "Market\n\nThe market, which is worth $5bn this year, grew strongly in 2004.\n"
PERFECT = "Bank\n\nThe bank, which has grown 5% in 2004, said profits rose.\n"
OVERRUN = "Budget\n\nThe project will overrun by 10% in 2006, which is about 1bn euros, the minister said.\n"

#: (text, quote, period)
CASES = [
    # the clause's state: no date of the main clause
    (CARS, "half", None),
    (STAFF, "5,000", None),
    (STAKE, "30%", None),
    # the main clause keeps its date
    (CARS, "1m", "2010"),
    (STAFF, "$5m", "2004"),
    # a date inside the clause is its figure's
    (WORTH, "$5bn", "2005"),
    # a perfect is no state
    (PERFECT, "5%", "2004"),
    # a clause restating the figure before it shares that figure's time
    (OVERRUN, "1bn euros", "2006"),
]


@pytest.mark.parametrize(("text", "quote", "period"), CASES)
def test_a_present_relative_clause_takes_no_date_outside_it(text: str, quote: str, period: str | None) -> None:
    got = semantics_of(text, quote, None).period
    assert (got.value if got else None) == period


@pytest.mark.parametrize(
    ("stretch", "may"),
    [
        ("The firm, which employs", True),
        ("The firm, WHO employs", True),  # any case
        ("shares That rose", True),
        ("sales rose by", False),  # no pronoun: the clause test is skipped
    ],
)
def test_a_cheap_test_rules_out_a_relative_pronoun(stretch: str, may: bool) -> None:
    from newsfigures.semantics.period.tense import _RELATIVE_BEFORE, _may_hold_relative

    assert _may_hold_relative(stretch) is may
    if not may:  # never False where the pattern finds a pronoun
        assert not any(_RELATIVE_BEFORE.search(stretch, 0, i) for i in range(len(stretch) + 1))


# A relative clause the stative words right before the figure do not show (period.tense.present_relative): a verb of
# a standing exchange or output ('a euro that buys $1.30'), a clause opened by a preposition with a subject of its own
# ('Nissan - in which Renault owns a 44% stake -'), or a verb further back than the stative window ('which is to
# receive a payment from Chelsea of £24.5m'). Before this rule these took the main clause's date or the paragraph's.
LEDE = "The company reported its results on Monday.\n\n"
PROFIT = "Pre-tax profit for 2004 was £15m. "
EURO = "Exporters\n\nIn 2004, exporters said they had adjusted to a euro that buys $1.30.\n"
NISSAN = "Carmakers\n\nNissan - in which Renault owns a 44% stake - made a profit of $5bn in 2004.\n"
PAYMENT = (
    "Sponsor\n\n"
    + LEDE
    + PROFIT
    + "The firm, which is to receive a payment from Chelsea of £24.5m, said it was pleased.\n"
)
EURO_LATER = "Exporters\n\n" + LEDE + PROFIT + "It said firms had adjusted to a euro that buys $1.30.\n"
# nor the fieldwork period of a survey its paragraph reports (the pipeline's survey guard)
EURO_SURVEY = (
    "Exporters\n\nThe survey of 500 firms was carried out in the last three months of 2004. Firms said they had "
    "adjusted to a euro that buys $1.30.\n"
)
# must not: a verb in the past or a perfect in the clause, a demonstrative opening the sentence
EARNED = "Deal\n\nIn 2004 the group bought a rival that earned $5bn.\n"
GROWN = "Deal\n\nIn 2004 the group bought a unit that has grown 5%.\n"
BOUGHT = "Bank\n\n" + LEDE + PROFIT + "The bank, which bought a 40% stake in the firm, said it was pleased.\n"
THAT_IS = (
    "Orders\n\nOrders rose to $4.9bn in the three months to November 2004. That is 9.1% higher than a year earlier.\n"
)

WIDER_CASES = [
    (EURO, "$1.30", None),
    (NISSAN, "44%", None),
    (NISSAN, "$5bn", "2004"),  # the main clause keeps its date
    (PAYMENT, "£24.5m", None),
    (EURO_LATER, "$1.30", None),
    (EURO_SURVEY, "$1.30", None),
    (EARNED, "$5bn", "2004"),
    (GROWN, "5%", "2004"),
    (BOUGHT, "40%", "2004"),
    (THAT_IS, "9.1%", "2004-09/2004-11"),
]


@pytest.mark.parametrize(("text", "quote", "period"), WIDER_CASES)
def test_a_present_relative_clause_of_any_opening_takes_no_outside_period(
    text: str, quote: str, period: str | None
) -> None:
    got = semantics_of(text, quote, None).period
    assert (got.value if got else None) == period


@pytest.mark.parametrize(
    ("sentence", "quote", "opens"),
    [
        ("exporters adjusted to a euro that buys $1.30.", "$1.30", "that buys"),
        ("Nissan - in which Renault owns a 44% stake - grew.", "44%", "in which"),
        ("a unit that analysts expect to earn $2bn.", "$2bn", None),  # a forecast: no state
        ("a rival that earned $5bn.", "$5bn", None),  # a past
        ("a unit that has grown 5%.", "5%", None),  # a perfect
        ("sales rose 10%, which is about $1bn.", "$1bn", None),  # restates the figure before it
        ("That is 9.1% higher.", "9.1%", None),  # a demonstrative
        ("a firm, which owns 5%, and a bank that sold 4%.", "4%", None),  # the last pronoun's clause is in the past
    ],
)
def test_present_relative_finds_the_clause_that_holds_the_figure(sentence: str, quote: str, opens: str | None) -> None:
    from newsfigures.semantics.period import present_relative

    at = sentence.index(quote)
    got = present_relative(sentence, (at, at + len(quote)), (0, len(sentence)))
    assert got == (None if opens is None else sentence.index(opens))
