"""A level an actor keeps, holds, leaves or pegs ('the bank decided to keep interest rates at an all-time low of
3.25%', 'The government keeps it pegged close to a rate of 8.28 to the US dollar') is a standing setting: as the gold
reads a rate 'kept' now, it inherits no period from its paragraph (period.tense.held_level, through states_present).
Before this rule such a level took the year of the paragraph's earlier sentence. A date of its own clause stays its
figure's ('kept interest rates at 2% in December'), a hedge's 'at' is no level's ('left at least 25,000 people
dead'), an intransitive 'remained at' or 'held steady at' is a series' reading that its paragraph dates, and a figure
past a word that opens another phrase is no level the verb keeps ('held talks at its headquarters and cut 500 jobs').

Sentences written for these tests, none from the gold articles.
"""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of

LEDE = "The figures were published on Monday.\n\n"
EXPORTS = "Exports rose 35% in 2004. "
KEPT = (
    "Rates\n\n" + LEDE + EXPORTS + "The decision came as the bank decided to keep interest rates at a low of 3.25%.\n"
)
PEGGED = "Yuan\n\n" + LEDE + EXPORTS + "The government keeps it pegged close to a rate of 8.28 to the US dollar.\n"
HELD = "Rates\n\n" + LEDE + EXPORTS + "Since then the central bank has held its main rate at 2%, analysts said.\n"
# must not
OWN_DATE = "Rates\n\n" + LEDE + EXPORTS + "The bank kept interest rates at 2% in December.\n"
HEDGE = "Quake\n\n" + LEDE + EXPORTS + "The tragedy left at least 25,000 people dead.\n"
SERIES = (
    "Trade\n\n" + LEDE + "The trade gap narrowed to £3.1bn in November 2004. "
    "The surplus on services remained steady at £1.5bn for the fifth month.\n"
)
SHARE = "Market\n\n" + LEDE + EXPORTS + "The firm held 20% of the market.\n"
# must not: a figure past a word that opens another phrase, an intransitive 'held steady at'
TALKS = "Jobs\n\n" + LEDE + EXPORTS + "The company held talks at its headquarters and cut 500 jobs.\n"
MEETING = "Jobs\n\n" + LEDE + EXPORTS + "The firm held its meeting at a hotel where 500 shareholders came.\n"
STEADY = "Shares\n\n" + LEDE + EXPORTS + "Shares held steady at 250 pence.\n"

#: (text, quote, period)
CASES = [
    (KEPT, "3.25%", None),
    (PEGGED, "8.28", None),
    (HELD, "2%", None),
    (OWN_DATE, "2%", "2004-12"),
    (HEDGE, "25,000", "2004"),
    (SERIES, "£1.5bn", "2004-11"),
    (SHARE, "20%", "2004"),
    (TALKS, "500", "2004"),
    (MEETING, "500", "2004"),
    (STEADY, "250 pence", "2004"),
]


@pytest.mark.parametrize(("text", "quote", "period"), CASES)
def test_a_held_level_inherits_no_period(text: str, quote: str, period: str | None) -> None:
    got = semantics_of(text, quote, None).period
    assert (got.value if got else None) == period


@pytest.mark.parametrize(
    ("sentence", "quote", "held"),
    [
        ("the bank decided to keep interest rates at an all-time low of 3.25%.", "3.25%", True),
        ("The government keeps it pegged close to a rate of 8.28 to the dollar.", "8.28", True),
        ("The bank left rates on hold at 4.75%.", "4.75%", True),
        ("The tragedy left at least 25,000 people dead.", "25,000", False),
        ("The firm held 20% of the market.", "20%", False),
        ("The surplus remained steady at £1.5bn.", "£1.5bn", False),
        ("It kept rates unchanged, and sales rose at 5%.", "5%", False),  # a clause mark between
        ("The company held talks at its headquarters and cut 500 jobs.", "500", False),  # 'and' opens a phrase
        ("It kept its stake at Fiat and bought 20% of Ford.", "20%", False),
        ("The firm left the meeting at noon with a deal worth $5bn.", "$5bn", False),
        ("Shares held steady at 250 pence.", "250 pence", False),  # intransitive: a series' reading
        ("The bank decided to keep interest rates steady at 4.75%.", "4.75%", True),  # an object before 'steady'
    ],
)
def test_held_level_reads_the_verb_that_keeps_the_figure(sentence: str, quote: str, held: bool) -> None:
    from newsfigures.semantics.period.tense import held_level

    at = sentence.index(quote)
    assert held_level(sentence, (at, at + len(quote)), (0, len(sentence))) is held
