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
